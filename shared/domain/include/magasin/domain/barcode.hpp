// A product barcode: EAN-13, EAN-8 or UPC-A digits with a valid GS1 check digit.
// Usage: auto code = Barcode::parse("4006381333931"); code.kind();  // BarcodeKind::kEan13
#pragma once

#include <compare>
#include <string>
#include <string_view>

namespace magasin::domain {

enum class BarcodeKind { kEan13, kEan8, kUpcA };

class Barcode {
public:
    // Trims, then requires 13 (EAN-13), 8 (EAN-8) or 12 (UPC-A) digits. Throws DomainError kInvalidValue: rule
    // "product.barcode.format" (length or characters) or "product.barcode.check_digit" (last digit is wrong).
    static Barcode parse(std::string_view digits, std::string_view field = "barcode");
    // The GS1 check digit (0..9) of a payload of digits without its check digit: weights 3, 1, 3... from the right.
    // Throws kInvalidValue "product.barcode.format" when the payload is empty or holds anything but digits.
    static int checkDigit(std::string_view payload);

    [[nodiscard]] BarcodeKind kind() const { return m_kind; }
    [[nodiscard]] const std::string& digits() const { return m_digits; }
    friend auto operator<=>(const Barcode&, const Barcode&) = default;

private:
    Barcode(BarcodeKind kind, std::string digits) : m_kind(kind), m_digits(std::move(digits)) {}
    BarcodeKind m_kind;
    std::string m_digits;
};

}  // namespace magasin::domain
