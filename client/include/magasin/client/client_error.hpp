// The one error type of the desktop core: a code the UI maps to a translated message, and an English detail.
// Usage: try { sessions.login(code, pin); } catch (const ClientError& e) { if (e.code() == ClientError::kWrongPin) }
#pragma once

#include <stdexcept>
#include <string>

namespace magasin::client {

class ClientError : public std::runtime_error {
public:
    enum Code {
        kJournal,           // the local SQLite journal cannot be opened, migrated or written
        kWrongCredentials,  // employee code or PIN wrong (online or offline)
        kStaffDisabled,     // the staff member is disabled
        kOtherStore,        // the staff member or device belongs to another store
        kThrottled,         // too many wrong PINs: wait (detail says how long)
        kNotEnrolled,       // no device credential yet: a manager must enrol the terminal
        kOverrideRefused,   // a manager override was refused (not a manager of this store, wrong PIN)
        kUnreachable,       // the server could not be reached (transport error or timeout)
        kServer,            // the server answered with a problem (detail has its message)
        kNotFound,          // a local record (sale, product) does not exist
        kInvalid,           // an input was refused by a domain rule (detail has the rule's message)
    };
    ClientError(Code code, const std::string& detail) : std::runtime_error(detail), m_code(code) {}
    [[nodiscard]] Code code() const { return m_code; }

private:
    Code m_code;
};

}  // namespace magasin::client
