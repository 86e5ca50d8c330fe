// Receipts waiting to print, in the journal: a printer out of paper never touches the sale, which is already
// committed; jobs stay until printed, and any sale's receipt can be printed again.
// Usage: PrintQueue q(journal); q.enqueue(receipt); q.printPending(printer); q.reprint(saleId);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "magasin/client/receipt.hpp"

namespace magasin::client {

class Journal;
class ReceiptPrinter;

struct PrintJob {
    std::int64_t id = 0;
    std::string saleId;
    bool reprint = false;
    std::string state;  // "pending", "printed"
    int attempts = 0;
    std::string lastError;
};

class PrintQueue {
public:
    explicit PrintQueue(Journal& journal) : m_journal(journal) {}
    std::int64_t enqueue(const Receipt& receipt);
    // A new job with the receipt first stored for that sale. Throws ClientError kNotFound when there is none.
    std::int64_t reprint(const std::string& saleId);
    // Sends every pending job in order; stops at the first failure (kept pending, error noted). Returns how many.
    int printPending(ReceiptPrinter& printer);
    [[nodiscard]] std::vector<PrintJob> pending();
    [[nodiscard]] std::optional<Receipt> receiptOf(const std::string& saleId);

private:
    Journal& m_journal;
};

}  // namespace magasin::client
