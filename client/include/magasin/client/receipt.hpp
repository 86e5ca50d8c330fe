// A receipt as printed: store, date, cashier, lines, GST/QST, total, payments, change and the sale id. A value,
// stored with its print job, so that a reprint shows exactly the first print. Usage: Receipt::fromSale(sale, ...).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/domain/sale.hpp"

namespace magasin::client {

struct ReceiptLine {
    std::string name;
    std::int64_t quantity = 1;
    std::int64_t unitPriceCents = 0;
    std::int64_t discountCents = 0;
    std::int64_t totalCents = 0;
    bool taxable = true;
    friend bool operator==(const ReceiptLine&, const ReceiptLine&) = default;
};

struct ReceiptTax {
    std::string code;  // "GST", "QST"
    std::int64_t rateHundredThousandths = 0;
    std::int64_t amountCents = 0;
    friend bool operator==(const ReceiptTax&, const ReceiptTax&) = default;
};

struct ReceiptPayment {
    std::string method;  // "cash", "card"
    std::int64_t amountCents = 0;
    std::string reference;
    friend bool operator==(const ReceiptPayment&, const ReceiptPayment&) = default;
};

struct Receipt {
    std::string saleId;
    std::string storeName;
    std::string storeAddress;
    std::string at;  // ISO-8601 UTC
    std::string cashierName;
    std::vector<ReceiptLine> lines;
    std::int64_t subtotalCents = 0;
    std::vector<ReceiptTax> taxes;
    std::int64_t totalCents = 0;
    std::vector<ReceiptPayment> payments;
    std::int64_t changeCents = 0;

    static Receipt fromSale(const domain::Sale& sale, const std::string& storeName, const std::string& storeAddress,
                            const std::string& cashierName);
    [[nodiscard]] nlohmann::json toJson() const;
    static Receipt fromJson(const nlohmann::json& j);
    friend bool operator==(const Receipt&, const Receipt&) = default;
};

// "12,34 $" in French (the store's language on receipts), "-1,00 $" for negatives.
std::string formatCad(std::int64_t cents);

}  // namespace magasin::client
