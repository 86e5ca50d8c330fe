// A customer of the web store: who they are, how to reach them and where they live.
// Usage: Customer c(id, PersonName::parse("jean"), PersonName::parse("tremblay"), Email::parse(e), address, {}, now);
#pragma once

#include <optional>

#include "magasin/domain/contact.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

namespace magasin::domain {

// Every part is a value object that is valid by construction, so a Customer cannot hold a bad name or email. Email
// uniqueness is a repository rule (kAlreadyExists), and the password never lives here: the authentication adapter
// keeps its verifier after checkPassword accepted it.
class Customer {
public:
    Customer(CustomerId id, PersonName firstName, PersonName lastName, Email email, Address address,
             std::optional<Phone> phone, Timestamp createdAt);

    [[nodiscard]] const CustomerId& id() const { return m_id; }
    [[nodiscard]] const PersonName& firstName() const { return m_firstName; }
    [[nodiscard]] const PersonName& lastName() const { return m_lastName; }
    [[nodiscard]] const Email& email() const { return m_email; }
    [[nodiscard]] const Address& address() const { return m_address; }
    [[nodiscard]] const std::optional<Phone>& phone() const { return m_phone; }
    [[nodiscard]] Timestamp createdAt() const { return m_createdAt; }

    void changeAddress(Address address) { m_address = std::move(address); }
    // std::nullopt removes the phone.
    void changePhone(std::optional<Phone> phone) { m_phone = std::move(phone); }

private:
    CustomerId m_id;
    PersonName m_firstName;
    PersonName m_lastName;
    Email m_email;
    Address m_address;
    std::optional<Phone> m_phone;
    Timestamp m_createdAt;
};

}  // namespace magasin::domain
