#include "magasin/domain/barcode.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/text.hpp"

#include <algorithm>

namespace magasin::domain {
namespace {

bool allDigits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

[[noreturn]] void badFormat(std::string_view field) {
    throw DomainError(ErrorCode::kInvalidValue, "product.barcode.format", std::string(field),
                      "A barcode must be 8 (EAN-8), 12 (UPC-A) or 13 (EAN-13) digits");
}

}  // namespace

int Barcode::checkDigit(std::string_view payload) {
    if (payload.empty() || !allDigits(payload)) {
        badFormat("barcode");
    }
    int sum = 0;
    int weight = 3;  // the digit next to the check digit weighs 3
    for (auto it = payload.rbegin(); it != payload.rend(); ++it) {
        sum += (*it - '0') * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

Barcode Barcode::parse(std::string_view digits, std::string_view field) {
    const std::string_view code = trim(digits);
    if (!allDigits(code)) {
        badFormat(field);
    }
    BarcodeKind kind{};
    switch (code.size()) {
        case 13: kind = BarcodeKind::kEan13; break;
        case 12: kind = BarcodeKind::kUpcA; break;
        case 8: kind = BarcodeKind::kEan8; break;
        default: badFormat(field);
    }
    if (checkDigit(code.substr(0, code.size() - 1)) != code.back() - '0') {
        throw DomainError(ErrorCode::kInvalidValue, "product.barcode.check_digit", std::string(field),
                          "Barcode " + std::string(code) + " has a wrong check digit: check it was typed right");
    }
    return Barcode(kind, std::string(code));
}

}  // namespace magasin::domain
