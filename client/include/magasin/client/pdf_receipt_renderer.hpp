// A receipt as a PDF (80 mm roll width) through QPdfWriter, with the sale id as a QR code: for e-mail or a regular
// printer. Usage: PdfReceiptRenderer().render(receipt, "/tmp/r.pdf");
#pragma once

#include <QString>

#include "magasin/client/receipt.hpp"

namespace magasin::client {

class PdfReceiptRenderer {
public:
    // Throws ClientError kJournal when the file cannot be written.
    void render(const Receipt& receipt, const QString& path) const;
};

}  // namespace magasin::client
