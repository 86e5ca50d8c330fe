#include "magasin/domain/customer.hpp"

namespace magasin::domain {

Customer::Customer(CustomerId id, PersonName firstName, PersonName lastName, Email email, Address address,
                   std::optional<Phone> phone, Timestamp createdAt)
    : m_id(id),
      m_firstName(std::move(firstName)),
      m_lastName(std::move(lastName)),
      m_email(std::move(email)),
      m_address(std::move(address)),
      m_phone(std::move(phone)),
      m_createdAt(createdAt) {}

}  // namespace magasin::domain
