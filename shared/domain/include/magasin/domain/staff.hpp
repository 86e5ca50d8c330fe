// A member of a store's staff and the PIN they type at a terminal; the PIN is hashed outside the domain.
// Usage: auto staff = Staff::of(id, "1042", "Julie Roy", Role::kCashier, storeId, verifier); staff.disable();
#pragma once

#include <string>
#include <string_view>

#include "magasin/domain/role.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

// The shape of a PIN: 4 to 6 ASCII digits, nothing else (no trimming: what is typed is the PIN).
class Pin {
public:
    static constexpr std::size_t kMinLength = 4;
    static constexpr std::size_t kMaxLength = 6;
    // Throws DomainError kInvalidValue (rule "pin.format"); the message never repeats the PIN.
    static Pin parse(std::string_view text, std::string_view field = "pin");
    // For the adapter that hashes or verifies it; never log it.
    [[nodiscard]] const std::string& digits() const { return m_digits; }

private:
    explicit Pin(std::string digits) : m_digits(std::move(digits)) {}
    std::string m_digits;
};

class Staff {
public:
    static constexpr std::size_t kCodeMinLength = 4;
    static constexpr std::size_t kCodeMaxLength = 8;
    static constexpr std::size_t kNameMinLength = 2;
    static constexpr std::size_t kNameMaxLength = 100;

    // A new member is active. Code and name are trimmed. Throws DomainError kInvalidValue:
    // "staff.employee_code.format" (4..8 digits), "staff.name.length", "staff.pin_verifier.empty".
    static Staff of(StaffId id, std::string_view employeeCode, std::string_view name, Role role, StoreId store,
                    std::string pinVerifier);

    [[nodiscard]] const StaffId& id() const { return m_id; }
    [[nodiscard]] const std::string& employeeCode() const { return m_employeeCode; }
    [[nodiscard]] const std::string& name() const { return m_name; }
    [[nodiscard]] Role role() const { return m_role; }
    [[nodiscard]] const StoreId& store() const { return m_store; }
    // Opaque (e.g. an Argon2 PHC string): the domain only knows it is there.
    [[nodiscard]] const std::string& pinVerifier() const { return m_pinVerifier; }
    [[nodiscard]] bool isActive() const { return m_active; }

    // Throw DomainError kIllegalState ("staff.disable.not_active", "staff.enable.already_active") when the member is
    // already in the requested state, so that a second click or a replayed request is noticed rather than ignored.
    void disable();
    void enable();

private:
    Staff(StaffId id, std::string code, std::string name, Role role, StoreId store, std::string verifier)
        : m_id(id),
          m_employeeCode(std::move(code)),
          m_name(std::move(name)),
          m_role(role),
          m_store(store),
          m_pinVerifier(std::move(verifier)) {}

    StaffId m_id;
    std::string m_employeeCode;
    std::string m_name;
    Role m_role;
    StoreId m_store;
    std::string m_pinVerifier;
    bool m_active = true;
};

}  // namespace magasin::domain
