// ESC/POS bytes of a receipt for a raw TCP 9100 thermal printer: text in code page CP858 (é, à, ç and €), totals
// in double height, the sale id as a QR code (GS ( k) and as text, then a partial cut.
// Usage: QByteArray bytes = EscPosRenderer().render(receipt); RawTcpPrinter("10.0.0.9").print(bytes);
#pragma once

#include <QByteArray>
#include <QString>

#include "magasin/client/receipt.hpp"

namespace magasin::client {

class EscPosRenderer {
public:
    explicit EscPosRenderer(int columns = 42) : m_columns(columns) {}
    [[nodiscard]] QByteArray render(const Receipt& receipt) const;
    // UTF-8 to CP858; characters it lacks become '?'.
    static QByteArray toCp858(const QString& text);

private:
    int m_columns;
};

}  // namespace magasin::client
