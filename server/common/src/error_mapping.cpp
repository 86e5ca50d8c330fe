#include "magasin/server/error_mapping.hpp"

#include <string>

namespace magasin::server {

using domain::ErrorCode;

int httpStatusFor(ErrorCode code) noexcept {
    switch (code) {
        case ErrorCode::kInvalidValue: return 422;
        case ErrorCode::kNotFound: return 404;
        case ErrorCode::kAlreadyExists: return 409;
        case ErrorCode::kIllegalState: return 409;
        case ErrorCode::kInsufficientStock: return 409;
        case ErrorCode::kPaymentMismatch: return 422;
        case ErrorCode::kPermissionDenied: return 403;
    }
    return 500;
}

namespace {

std::string titleFor(ErrorCode code) {
    switch (code) {
        case ErrorCode::kInvalidValue: return "Invalid value";
        case ErrorCode::kNotFound: return "Not found";
        case ErrorCode::kAlreadyExists: return "Already exists";
        case ErrorCode::kIllegalState: return "Not allowed in the current state";
        case ErrorCode::kInsufficientStock: return "Insufficient stock";
        case ErrorCode::kPaymentMismatch: return "Payments do not settle the amount due";
        case ErrorCode::kPermissionDenied: return "Permission denied";
    }
    return "Error";
}

}  // namespace

sync::Problem problemFor(const domain::DomainError& error) {
    auto problem = sync::Problem::make(httpStatusFor(error.code()), domain::errorCodeName(error.code()),
                                       titleFor(error.code()), error.what());
    problem.errors.push_back({error.field(), error.rule(), error.what()});
    return problem;
}

}  // namespace magasin::server
