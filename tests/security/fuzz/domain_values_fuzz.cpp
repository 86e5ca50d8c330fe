// The domain's value-object parsers on arbitrary text (every text field of every route reaches one of them): each
// accepts or refuses with DomainError, and what it accepts parses again to the same value.
#include <string>

#include "fuzz_input.hpp"
#include "magasin/domain/barcode.hpp"
#include "magasin/domain/category.hpp"
#include "magasin/domain/checkout.hpp"
#include "magasin/domain/contact.hpp"
#include "magasin/domain/money.hpp"
#include "magasin/domain/password_policy.hpp"
#include "magasin/domain/product_name.hpp"
#include "magasin/domain/reason.hpp"
#include "magasin/domain/role.hpp"
#include "magasin/domain/sku.hpp"
#include "magasin/domain/staff.hpp"
#include "magasin/domain/stock_location.hpp"
#include "magasin/domain/text.hpp"
#include "magasin/domain/time.hpp"
#include "magasin/domain/uuid.hpp"

using namespace magasin;
using namespace magasin::domain;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::textOf(data, size);
    fuzz::expectRejection([&] {
        const Money m = Money::parse(text);
        fuzz::require(Money::parse(m.toString()) == m, "Money round trip");
    });
    fuzz::expectRejection([&] {
        const Uuid u = Uuid::parse(text);
        fuzz::require(Uuid::parse(u.toString()) == u, "Uuid round trip");
    });
    fuzz::expectRejection([&] {
        const Email e = Email::parse(text);
        fuzz::require(Email::parse(e.text()) == e, "Email round trip");
        checkPassword(text, e);
    });
    fuzz::expectRejection([&] {
        const PostalCode p = PostalCode::parse(text);
        fuzz::require(PostalCode::parse(p.text()) == p, "PostalCode round trip");
    });
    fuzz::expectRejection([&] { (void)Phone::parseOptional(text); });
    fuzz::expectRejection([&] {
        const PersonName n = PersonName::parse(text);
        fuzz::require(PersonName::parse(n.text()) == n, "PersonName round trip");
    });
    fuzz::expectRejection([&] {
        const ProductName n = ProductName::parse(text);
        fuzz::require(ProductName::parse(n.text()).text() == n.text(), "ProductName round trip");
    });
    fuzz::expectRejection([&] {
        const CategoryName c = CategoryName::parse(text);
        fuzz::require(CategoryName::parse(c.text()).text() == c.text(), "CategoryName round trip");
    });
    fuzz::expectRejection([&] {
        const Sku s = Sku::parse(text);
        fuzz::require(Sku::parse(s.code()).code() == s.code(), "Sku round trip");
    });
    fuzz::expectRejection([&] {
        const Barcode b = Barcode::parse(text);
        fuzz::require(Barcode::parse(b.digits()).digits() == b.digits(), "Barcode round trip");
    });
    fuzz::expectRejection([&] { (void)Pin::parse(text); });
    fuzz::expectRejection([&] { (void)Reason::parse(text); });
    fuzz::expectRejection([&] { (void)parseRole(text); });
    fuzz::expectRejection([&] { (void)parseLocationKind(text); });
    fuzz::expectRejection([&] { (void)parseDeliveryMethod(text); });
    fuzz::expectRejection([&] {
        const Timestamp t = parseIso8601(text);
        fuzz::require(parseIso8601(toIso8601(t)) == t, "ISO-8601 round trip");
    });
    fuzz::expectRejection([&] { checkPassword(text, Email::parse("jean.tremblay@example.com")); });
    (void)utf8Length(text);
    (void)containsLetter(text);
    fuzz::require(trim(text).size() <= text.size(), "trim never grows");
    return 0;
}
