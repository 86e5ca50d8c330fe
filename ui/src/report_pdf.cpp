#include "magasin/ui/report_pdf.hpp"

#include <QChartView>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include "magasin/ui/money_text.hpp"

namespace magasin::ui {

namespace {

// Writes top to bottom, starting a new page when the next block does not fit.
class PdfCursor {
public:
    PdfCursor(QPdfWriter& writer, QPainter& painter) : m_writer(writer), m_painter(painter) {}

    [[nodiscard]] double width() const { return m_painter.viewport().width(); }
    [[nodiscard]] double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    void need(double height) {
        if (m_y > 0 && m_y + height > m_painter.viewport().height()) {
            m_writer.newPage();
            m_y = 0;
        }
    }
    double text(const QString& text, const QFont& font, const QColor& color = Qt::black, double x = 0, double w = -1,
                Qt::Alignment align = Qt::AlignLeft) {
        m_painter.setFont(font);
        m_painter.setPen(color);
        // Long texts (French headers, top products) wrap on more lines rather than run into the next column.
        const int flags = static_cast<int>(align | Qt::AlignTop) | Qt::TextWordWrap;
        const QRectF box(x, m_y + 2, w < 0 ? width() - x : w, 1000);
        const double h = m_painter.boundingRect(box, flags, text).height();
        m_painter.drawText(box, flags, text);
        return h + 4;
    }

private:
    QPdfWriter& m_writer;
    QPainter& m_painter;
    double m_y = 0;
};

QFont font(double points, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void figures(PdfCursor& cursor, const ReportFigures& f) {
    const std::vector<KeyFigure> items = keyFigures(f);
    const int perRow = 4;
    const double cell = cursor.width() / perRow;
    for (std::size_t i = 0; i < items.size(); i += perRow) {
        cursor.need(50);
        double h = 0;
        for (std::size_t j = i; j < std::min(items.size(), i + perRow); ++j) {
            const double x = cell * static_cast<double>(j - i);
            cursor.text(items[j].caption, font(8), QColor(0x55, 0x55, 0x55), x, cell);
            cursor.advance(16);
            h = 16 + cursor.text(items[j].text, font(13, true), Qt::black, x, cell);
            cursor.advance(-16);
        }
        cursor.advance(h + 8);
    }
}

void table(PdfCursor& cursor, const QString& title, std::vector<JsonColumn> columns, const nlohmann::json& rows,
           const QString& empty) {
    JsonTableModel model(std::move(columns));
    model.setRows(rows);
    const int n = model.columnCount();
    // Numbers need little room; the names take the rest. The stores' table ends with the top products, a long text
    // that shares the names' room.
    const double numberWidth = n > 1 ? std::min(120.0, cursor.width() * 0.5 / (n - 1)) : 0;
    std::vector<double> widths(static_cast<std::size_t>(n), numberWidth);
    widths[0] = cursor.width() - numberWidth * (n - 1);
    if (n == 5) {
        widths[0] = cursor.width() * 0.22;
        widths[4] = cursor.width() - widths[0] - 3 * numberWidth;
    }
    const auto row = [&](const std::function<QString(int)>& cell, const std::function<Qt::Alignment(int)>& align,
                         const QFont& f) {
        double x = 0;
        double h = 0;
        for (int c = 0; c < n; ++c) {
            const double w = widths[static_cast<std::size_t>(c)];
            h = std::max(h, cursor.text(cell(c), f, Qt::black, x + 4, w - 8, align(c)));
            x += w;
        }
        cursor.advance(h);
    };
    cursor.need(60);
    cursor.advance(cursor.text(title, font(12, true)) + 2);
    // Each column aligned as the page's table aligns it (numbers to the right).
    const auto alignOf = [&](int c) {
        return model.headerData(c, Qt::Horizontal, Qt::TextAlignmentRole).value<Qt::Alignment>() &
               Qt::AlignHorizontal_Mask;
    };
    row([&](int c) { return model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(); }, alignOf, font(9, true));
    if (model.rowCount() == 0) {
        cursor.advance(cursor.text(empty, font(9), QColor(0x55, 0x55, 0x55)));
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        cursor.need(20);
        row([&](int c) { return model.data(model.index(r, c), Qt::DisplayRole).toString(); }, alignOf, font(9));
    }
    cursor.advance(14);
}

}  // namespace

bool writeReportPdf(const QString& path, const ReportContent& content, const std::vector<QChartView*>& charts,
                    QString* error) {
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout::Millimeter));
    writer.setResolution(96);  // a page of about 680 x 1000 points: charts render at about their size on screen
    writer.setTitle(QCoreApplication::translate("ReportsPage", "Sales report") + QStringLiteral(" \u2014 ") +
                    content.storeName());
    writer.setCreator(QStringLiteral("Magasin"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error != nullptr) {
            *error = QCoreApplication::translate("ReportsPage", "The file %1 cannot be written: choose another folder.")
                         .arg(QFileInfo(path).absoluteFilePath());
        }
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    PdfCursor cursor(writer, painter);
    cursor.advance(cursor.text(
        QCoreApplication::translate("ReportsPage", "Sales report") + QStringLiteral(" \u2014 ") + content.storeName(),
        font(18, true)));
    cursor.advance(
        cursor.text(QCoreApplication::translate("ReportsPage", "Period: %1").arg(content.days.text()), font(10)));
    cursor.advance(
        cursor.text(QCoreApplication::translate("ReportsPage", "Printed %1")
                        .arg(QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("yyyy-MM-dd HH:mm"))),
                    font(8), QColor(0x55, 0x55, 0x55)) +
        10);
    figures(cursor, content.figures());

    // The charts as the page draws them, two per row (vector: the PDF zooms without blur).
    const double gap = 12;
    const double w = (cursor.width() - gap) / 2;
    const double h = w * 0.7;
    for (std::size_t i = 0; i < charts.size(); i += 2) {
        cursor.need(h + gap);
        for (std::size_t j = i; j < std::min(charts.size(), i + 2); ++j) {
            QChartView* view = charts[j];
            if (view->width() < 200 || view->height() < 150) {
                view->resize(480, 340);  // never shown yet: give its chart a size to lay out in
            }
            const QRectF target((j - i) * (w + gap), cursor.y(), w, h);
            view->render(&painter, target, QRect(), Qt::KeepAspectRatio);
        }
        cursor.advance(h + gap);
    }

    table(cursor, QCoreApplication::translate("ReportsPage", "Stores"), reportStoreColumns(), content.stores(),
          QCoreApplication::translate("ReportsPage", "No store in this report."));
    table(cursor, QCoreApplication::translate("ReportsPage", "Products sold"), reportProductColumns(),
          content.productsWithShares(), QCoreApplication::translate("ReportsPage", "No sale in this period."));
    table(cursor, QCoreApplication::translate("ReportsPage", "Ruptures"), reportStockColumns(Tone::kBad),
          content.list("ruptures"), QCoreApplication::translate("ReportsPage", "No product out of stock."));
    table(cursor, QCoreApplication::translate("ReportsPage", "Overstock"), reportStockColumns(Tone::kWarning),
          content.list("overstock"), QCoreApplication::translate("ReportsPage", "No product overstocked."));
    if (!painter.end()) {
        if (error != nullptr) {
            *error = QCoreApplication::translate("ReportsPage", "The file %1 could not be completed.")
                         .arg(QFileInfo(path).absoluteFilePath());
        }
        return false;
    }
    return true;
}

}  // namespace magasin::ui
