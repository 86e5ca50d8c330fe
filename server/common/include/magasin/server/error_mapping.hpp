// The ONE mapping from domain errors to HTTP: every server answers a broken rule through these two functions.
// Usage: catch (const domain::DomainError& e) { auto problem = problemFor(e); problem.status; }
#pragma once

#include "magasin/domain/domain_error.hpp"
#include "magasin/sync/problem.hpp"

namespace magasin::server {

int httpStatusFor(domain::ErrorCode code) noexcept;
sync::Problem problemFor(const domain::DomainError& error);

}  // namespace magasin::server
