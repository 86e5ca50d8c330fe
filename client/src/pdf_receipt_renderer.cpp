#include "magasin/client/pdf_receipt_renderer.hpp"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include "magasin/client/client_error.hpp"

namespace magasin::client {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// Code 39 patterns (n = narrow, w = wide; bar, space, bar...) for the characters of a UUID and the start/stop '*'.
// Code 39 needs no check digit and every scanner reads it; the UUID's hex digits and dashes are all in its set.
const QHash<QChar, const char*>& code39() {
    static const QHash<QChar, const char*> table = {
        {QLatin1Char('0'), "nnnwwnwnn"}, {QLatin1Char('1'), "wnnwnnnnw"}, {QLatin1Char('2'), "nnwwnnnnw"},
        {QLatin1Char('3'), "wnwwnnnnn"}, {QLatin1Char('4'), "nnnwwnnnw"}, {QLatin1Char('5'), "wnnwwnnnn"},
        {QLatin1Char('6'), "nnwwwnnnn"}, {QLatin1Char('7'), "nnnwnnwnw"}, {QLatin1Char('8'), "wnnwnnwnn"},
        {QLatin1Char('9'), "nnwwnnwnn"}, {QLatin1Char('A'), "wnnnnwnnw"}, {QLatin1Char('B'), "nnwnnwnnw"},
        {QLatin1Char('C'), "wnwnnwnnn"}, {QLatin1Char('D'), "nnnnwwnnw"}, {QLatin1Char('E'), "wnnnwwnnn"},
        {QLatin1Char('F'), "nnwnwwnnn"}, {QLatin1Char('-'), "nwnnnnwnw"}, {QLatin1Char('*'), "nwnnwnwnn"},
    };
    return table;
}

}  // namespace

void PdfReceiptRenderer::render(const Receipt& r, const QString& path) const {
    constexpr int kDpi = 300;
    constexpr double kWidthMm = 80.0;
    const double height = 120.0 + 10.0 * static_cast<double>(r.lines.size() + r.taxes.size() + r.payments.size());
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QSizeF(kWidthMm, height), QPageSize::Millimeter, QStringLiteral("Receipt")));
    writer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
    writer.setTitle(QStringLiteral("Reçu ") + q(r.saleId));
    QPainter p;
    if (!p.begin(&writer)) {
        throw ClientError(ClientError::kJournal, "cannot write the PDF receipt " + path.toStdString());
    }
    const double width = writer.width();
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(8);
    p.setFont(font);
    double y = 0;
    auto money = [](std::int64_t cents) { return q(formatCad(cents)); };
    auto row = [&](const QString& left, const QString& right = {}, bool bold = false) {
        QFont f = font;
        f.setBold(bold);
        p.setFont(f);
        const double lineHeight = QFontMetricsF(f, &writer).height();
        p.drawText(QRectF(0, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, left);
        if (!right.isEmpty()) {
            p.drawText(QRectF(0, y, width, lineHeight), Qt::AlignRight | Qt::AlignVCenter, right);
        }
        y += lineHeight;
    };
    auto centred = [&](const QString& text, bool bold = false) {
        QFont f = font;
        f.setBold(bold);
        p.setFont(f);
        const double lineHeight = QFontMetricsF(f, &writer).height();
        p.drawText(QRectF(0, y, width, lineHeight), Qt::AlignHCenter | Qt::AlignVCenter, text);
        y += lineHeight;
    };
    centred(q(r.storeName), true);
    for (const QString& part : q(r.storeAddress).split(QStringLiteral(", "))) {
        centred(part);
    }
    y += 20;
    row(QStringLiteral("Date : ") + q(r.at).left(19).replace(QLatin1Char('T'), QLatin1Char(' ')) +
        QStringLiteral(" UTC"));
    row(QStringLiteral("Caissier : ") + q(r.cashierName));
    y += 20;
    for (const auto& l : r.lines) {
        row(q(l.name));
        row(QStringLiteral("   %1 x %2").arg(l.quantity).arg(money(l.unitPriceCents)), money(l.totalCents));
        if (l.discountCents != 0) {
            row(QStringLiteral("   Rabais"), money(-l.discountCents));
        }
    }
    y += 20;
    row(QStringLiteral("Sous-total"), money(r.subtotalCents));
    for (const auto& t : r.taxes) {
        row(q(t.code == "GST" ? "TPS" : t.code == "QST" ? "TVQ" : t.code), money(t.amountCents));
    }
    row(QStringLiteral("TOTAL"), money(r.totalCents), true);
    for (const auto& pay : r.payments) {
        row(pay.method == "cash" ? QStringLiteral("Comptant") : QStringLiteral("Carte ") + q(pay.reference),
            money(pay.amountCents));
    }
    if (r.changeCents != 0) {
        row(QStringLiteral("Monnaie rendue"), money(r.changeCents));
    }
    y += 30;
    // The sale id as a Code 39 barcode across the width: narrow = 1 module, wide = 3, a narrow gap between symbols.
    const QString data = QStringLiteral("*") + q(r.saleId).toUpper() + QStringLiteral("*");
    int modules = 0;
    for (const QChar c : data) {
        for (const char* e = code39().value(c, "nnnnnnnnn"); *e != '\0'; ++e) {
            modules += *e == 'w' ? 3 : 1;
        }
        modules += 1;
    }
    const double module = width / modules;
    const double barHeight = 120;
    double x = 0;
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (const QChar c : data) {
        bool bar = true;
        for (const char* e = code39().value(c, "nnnnnnnnn"); *e != '\0'; ++e) {
            const double w = (*e == 'w' ? 3 : 1) * module;
            if (bar) {
                p.drawRect(QRectF(x, y, w, barHeight));
            }
            x += w;
            bar = !bar;
        }
        x += module;
    }
    y += barHeight + 10;
    p.setPen(Qt::black);
    centred(q(r.saleId));
    centred(QStringLiteral("Merci de votre visite !"));
    p.end();
}

}  // namespace magasin::client
