#include "magasin/domain/staff.hpp"

#include "magasin/domain/bounded_text.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/text.hpp"

#include <algorithm>

namespace magasin::domain {
namespace {

bool digitsOnly(std::string_view text, std::size_t minLength, std::size_t maxLength) {
    return text.size() >= minLength && text.size() <= maxLength &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Pin Pin::parse(std::string_view text, std::string_view field) {
    if (!digitsOnly(text, kMinLength, kMaxLength)) {
        throw DomainError(ErrorCode::kInvalidValue, "pin.format", std::string(field), "A PIN must be 4 to 6 digits");
    }
    return Pin(std::string(text));
}

Staff Staff::of(StaffId id, std::string_view employeeCode, std::string_view name, Role role, StoreId store,
                std::string pinVerifier) {
    const std::string_view code = trim(employeeCode);
    if (!digitsOnly(code, kCodeMinLength, kCodeMaxLength)) {
        throw DomainError(ErrorCode::kInvalidValue, "staff.employee_code.format", "employee_code",
                          "An employee code must be 4 to 8 digits");
    }
    std::string staffName = boundedText(name, kNameMinLength, kNameMaxLength, "staff.name.length", "name", "A name");
    if (pinVerifier.empty()) {
        throw DomainError(ErrorCode::kInvalidValue, "staff.pin_verifier.empty", "pin", "A staff member needs a PIN");
    }
    return Staff(id, std::string(code), std::move(staffName), role, store, std::move(pinVerifier));
}

void Staff::disable() {
    if (!m_active) {
        throw DomainError(ErrorCode::kIllegalState, "staff.disable.not_active", "",
                          "This staff member is already disabled");
    }
    m_active = false;
}

void Staff::enable() {
    if (m_active) {
        throw DomainError(ErrorCode::kIllegalState, "staff.enable.already_active", "",
                          "This staff member is already active");
    }
    m_active = true;
}

}  // namespace magasin::domain
