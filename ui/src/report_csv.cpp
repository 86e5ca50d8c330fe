#include "magasin/ui/report_csv.hpp"

#include <QCoreApplication>

namespace magasin::ui {

namespace {

class CsvText {
public:
    void line(const QStringList& fields) {
        QStringList quoted;
        for (const auto& f : fields) {
            quoted << csvField(f);
        }
        m_text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    void blank() { m_text += QStringLiteral("\r\n"); }
    [[nodiscard]] const QString& text() const { return m_text; }

private:
    QString m_text;
};

QString integer(const nlohmann::json& row, const std::string& key) {
    const auto it = row.find(key);
    return it != row.end() && it->is_number_integer() ? QString::number(it->get<std::int64_t>()) : QString();
}

QString money(const nlohmann::json& row, const std::string& key) {
    const auto it = row.find(key);
    return it != row.end() && it->is_number_integer() ? csvMoney(it->get<std::int64_t>()) : QString();
}

}  // namespace

QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString escaped = text;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QStringLiteral("\"%1\"").arg(escaped);
}

QString csvMoney(std::int64_t cents) {
    const bool negative = cents < 0;
    const std::int64_t magnitude = negative ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(static_cast<int>(magnitude % 100), 2, 10, QLatin1Char('0'));
}

QByteArray reportCsv(const ReportContent& content) {
    CsvText csv;
    csv.line({QCoreApplication::translate("ReportsPage", "Sales report"), content.storeName()});
    csv.line({QCoreApplication::translate("ReportsPage", "Period"), content.days.first.toString(Qt::ISODate),
              content.days.last.toString(Qt::ISODate)});
    csv.blank();

    csv.line({QCoreApplication::translate("ReportsPage", "Key figures")});
    csv.line(
        {QCoreApplication::translate("ReportsPage", "Figure"), QCoreApplication::translate("ReportsPage", "Value")});
    for (const auto& figure : keyFigures(content.figures())) {
        csv.line({figure.caption, figure.csv});
    }
    csv.blank();

    csv.line({QCoreApplication::translate("ReportsPage", "Stores")});
    csv.line({QCoreApplication::translate("ReportsPage", "Store"),
              QCoreApplication::translate("ReportsPage", "Revenue"),
              QCoreApplication::translate("ReportsPage", "Ruptures"),
              QCoreApplication::translate("ReportsPage", "Overstock"),
              QCoreApplication::translate("ReportsPage", "Top products (units)")});
    for (const auto& store : content.stores()) {
        csv.line({JsonTableModel::field(store, "store_name"), money(store, "revenue_cents"), integer(store, "ruptures"),
                  integer(store, "overstock"), JsonTableModel::field(store, "trend")});
    }
    csv.blank();

    csv.line({QCoreApplication::translate("ReportsPage", "Products sold")});
    csv.line({QCoreApplication::translate("ReportsPage", "Product"),
              QCoreApplication::translate("ReportsPage", "Units sold"),
              QCoreApplication::translate("ReportsPage", "Revenue"),
              QCoreApplication::translate("ReportsPage", "Share of revenue (%)")});
    for (const auto& p : content.productsWithShares()) {
        const auto permille = p.value("share_permille", std::int64_t{0});
        csv.line({JsonTableModel::field(p, "name"), integer(p, "quantity"), money(p, "revenue_cents"),
                  QStringLiteral("%1.%2").arg(permille / 10).arg(permille % 10)});
    }
    for (const auto& [title, key] : {std::pair{QT_TRANSLATE_NOOP("ReportsPage", "Ruptures"), "ruptures"},
                                     std::pair{QT_TRANSLATE_NOOP("ReportsPage", "Overstock"), "overstock"}}) {
        csv.blank();
        csv.line({QCoreApplication::translate("ReportsPage", title)});
        csv.line({QCoreApplication::translate("ReportsPage", "Product"),
                  QCoreApplication::translate("ReportsPage", "Level")});
        for (const auto& entry : content.list(key)) {
            csv.line({JsonTableModel::field(entry, "name"), integer(entry, "level")});
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.text().toUtf8();
}

}  // namespace magasin::ui
