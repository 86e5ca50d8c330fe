#include "magasin/domain/domain_error.hpp"

#include <utility>

namespace magasin::domain {

std::string_view errorCodeName(ErrorCode code) noexcept {
    switch (code) {
        case ErrorCode::kInvalidValue: return "invalid_value";
        case ErrorCode::kNotFound: return "not_found";
        case ErrorCode::kAlreadyExists: return "already_exists";
        case ErrorCode::kIllegalState: return "illegal_state";
        case ErrorCode::kInsufficientStock: return "insufficient_stock";
        case ErrorCode::kPaymentMismatch: return "payment_mismatch";
        case ErrorCode::kPermissionDenied: return "permission_denied";
    }
    return "unknown";
}

DomainError::DomainError(ErrorCode code, std::string rule, std::string field, const std::string& message)
    : std::runtime_error(message), m_code(code), m_rule(std::move(rule)), m_field(std::move(field)) {}

}  // namespace magasin::domain
