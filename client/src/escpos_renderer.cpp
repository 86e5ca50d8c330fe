#include "magasin/client/escpos_renderer.hpp"

#include <QHash>

namespace magasin::client {
namespace {

const char kEsc = 0x1B;
const char kGs = 0x1D;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QString taxLabel(const ReceiptTax& tax) {
    // 5000 hundred-thousandths = 5 %; 9975 = 9,975 %.
    QString rate = QString::number(static_cast<double>(tax.rateHundredThousandths) / 1000.0, 'f', 3);
    while (rate.endsWith(QLatin1Char('0'))) {
        rate.chop(1);
    }
    if (rate.endsWith(QLatin1Char('.'))) {
        rate.chop(1);
    }
    rate.replace(QLatin1Char('.'), QLatin1Char(','));
    const QString name = tax.code == "GST"   ? QStringLiteral("TPS")
                         : tax.code == "QST" ? QStringLiteral("TVQ")
                                             : q(tax.code);
    return name + QStringLiteral(" ") + rate + QStringLiteral(" %");
}

QString isoToLocalText(const std::string& iso) {
    // Receipts show UTC as recorded, "2026-11-25 14:20:13 UTC": unambiguous and identical on every reprint.
    QString t = q(iso).left(19);
    t.replace(QLatin1Char('T'), QLatin1Char(' '));
    return t + QStringLiteral(" UTC");
}

}  // namespace

QByteArray EscPosRenderer::toCp858(const QString& text) {
    static const QHash<char16_t, char> kTable = {
        {u'Ç', char(0x80)}, {u'ü', char(0x81)}, {u'é', char(0x82)}, {u'â', char(0x83)},      {u'ä', char(0x84)},
        {u'à', char(0x85)}, {u'å', char(0x86)}, {u'ç', char(0x87)}, {u'ê', char(0x88)},      {u'ë', char(0x89)},
        {u'è', char(0x8A)}, {u'ï', char(0x8B)}, {u'î', char(0x8C)}, {u'ì', char(0x8D)},      {u'Ä', char(0x8E)},
        {u'Å', char(0x8F)}, {u'É', char(0x90)}, {u'æ', char(0x91)}, {u'Æ', char(0x92)},      {u'ô', char(0x93)},
        {u'ö', char(0x94)}, {u'ò', char(0x95)}, {u'û', char(0x96)}, {u'ù', char(0x97)},      {u'ÿ', char(0x98)},
        {u'Ö', char(0x99)}, {u'Ü', char(0x9A)}, {u'ø', char(0x9B)}, {u'£', char(0x9C)},      {u'Ø', char(0x9D)},
        {u'á', char(0xA0)}, {u'í', char(0xA1)}, {u'ó', char(0xA2)}, {u'ú', char(0xA3)},      {u'ñ', char(0xA4)},
        {u'Ñ', char(0xA5)}, {u'«', char(0xAE)}, {u'»', char(0xAF)}, {u'Á', char(0xB5)},      {u'Â', char(0xB6)},
        {u'À', char(0xB7)}, {u'Ê', char(0xD2)}, {u'Ë', char(0xD3)}, {u'È', char(0xD4)},      {u'€', char(0xD5)},
        {u'Í', char(0xD6)}, {u'Î', char(0xD7)}, {u'Ï', char(0xD8)}, {u'Ó', char(0xE0)},      {u'Ô', char(0xE2)},
        {u'Ú', char(0xE9)}, {u'Û', char(0xEA)}, {u'Ù', char(0xEB)}, {u'\u00A0', char(0xFF)}, {u'°', char(0xF8)},
    };
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7F) {
            out.append(static_cast<char>(u));
        } else if (u == u'\n') {
            out.append('\n');
        } else if (u == u'œ') {
            out.append("oe");
        } else if (u == u'Œ') {
            out.append("OE");
        } else {
            out.append(kTable.value(u, '?'));
        }
    }
    return out;
}

QByteArray EscPosRenderer::render(const Receipt& r) const {
    QByteArray out;
    auto text = [&](const QString& s) { out.append(toCp858(s)); };
    auto line = [&](const QString& s) { text(s.left(m_columns) + QStringLiteral("\n")); };
    // Left text and right-aligned amount on one line; a long left part is cut, never the amount.
    auto pair = [&](const QString& left, const QString& right) {
        const int room = m_columns - static_cast<int>(right.size()) - 1;
        line(left.left(room).leftJustified(room, QLatin1Char(' ')) + QStringLiteral(" ") + right);
    };
    auto money = [](std::int64_t cents) { return q(formatCad(cents)); };
    const QString rule(m_columns, QLatin1Char('-'));

    out.append(kEsc).append('@');                     // initialise
    out.append(kEsc).append('t').append(char(19));    // code page 858 (CP850 + euro)
    out.append(kEsc).append('a').append(char(1));     // centre
    out.append(kEsc).append('!').append(char(0x30));  // double height and width
    line(q(r.storeName).left(m_columns / 2));
    out.append(kEsc).append('!').append(char(0));
    for (const QString& part : q(r.storeAddress).split(QStringLiteral(", "))) {
        line(part);
    }
    out.append(kEsc).append('a').append(char(0));  // left
    line(rule);
    line(QStringLiteral("Date : ") + isoToLocalText(r.at));
    line(QStringLiteral("Caissier : ") + q(r.cashierName));
    line(rule);
    for (const auto& l : r.lines) {
        line(q(l.name));
        const QString detail = QStringLiteral("  %1 x %2%3")
                                   .arg(l.quantity)
                                   .arg(money(l.unitPriceCents), l.taxable ? QString() : QStringLiteral(" (NT)"));
        pair(detail, money(l.totalCents));
        if (l.discountCents != 0) {
            pair(QStringLiteral("  Rabais"), money(-l.discountCents));
        }
    }
    line(rule);
    pair(QStringLiteral("Sous-total"), money(r.subtotalCents));
    for (const auto& t : r.taxes) {
        pair(taxLabel(t), money(t.amountCents));
    }
    out.append(kEsc).append('!').append(char(0x10));  // double height for the total
    pair(QStringLiteral("TOTAL"), money(r.totalCents));
    out.append(kEsc).append('!').append(char(0));
    for (const auto& p : r.payments) {
        const QString label =
            p.method == "cash" ? QStringLiteral("Comptant") : QStringLiteral("Carte ") + q(p.reference);
        pair(label, money(p.amountCents));
    }
    if (r.changeCents != 0) {
        pair(QStringLiteral("Monnaie rendue"), money(r.changeCents));
    }
    line(rule);
    out.append(kEsc).append('a').append(char(1));
    // The sale id as a QR code, made by the printer (GS ( k, model 2, module 6, correction M).
    const QByteArray id = QByteArray::fromStdString(r.saleId);
    out.append(kGs)
        .append("(k")
        .append(char(4))
        .append(char(0))
        .append(char(49))
        .append(char(65))
        .append(char(50))
        .append(char(0));
    out.append(kGs).append("(k").append(char(3)).append(char(0)).append(char(49)).append(char(67)).append(char(6));
    out.append(kGs).append("(k").append(char(3)).append(char(0)).append(char(49)).append(char(69)).append(char(49));
    const int stored = static_cast<int>(id.size()) + 3;
    out.append(kGs)
        .append("(k")
        .append(char(stored & 0xFF))
        .append(char(stored >> 8))
        .append(char(49))
        .append(char(80))
        .append(char(48));
    out.append(id);
    out.append(kGs).append("(k").append(char(3)).append(char(0)).append(char(49)).append(char(81)).append(char(48));
    out.append('\n');
    line(q(r.saleId));
    line(QStringLiteral("Merci de votre visite !"));
    out.append(kGs).append('V').append(char(66)).append(char(3));  // feed 3 lines and cut (partial)
    return out;
}

}  // namespace magasin::client
