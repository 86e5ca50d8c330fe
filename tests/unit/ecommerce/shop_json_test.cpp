// The JSON ecommerce stores and answers: what is written reads back equal (lines, pending price changes, totals,
// addresses), and the wire names of a checkout and an order are the ones the OpenAPI document promises.
#include "magasin/ecommerce/shop_json.hpp"

#include <QTest>

using namespace magasin;
using nlohmann::json;

namespace {

const domain::ProductId kClavier = domain::ProductId::parse("550e8400-e29b-41d4-a716-446655440001");
const domain::ProductId kCafe = domain::ProductId::parse("550e8400-e29b-41d4-a716-446655440003");

domain::Cart cart() {
    domain::Cart c(domain::CustomerId::parse("66666666-6666-6666-6666-666666666661"));
    c.add(kClavier, "Clavier mécanique", domain::Price::fromCents(8999), true, 2);
    c.add(kCafe, "Café Premium Bio", domain::Price::fromCents(1599), false, 1);
    return c;
}

domain::Address address() {
    return domain::Address::of("1234 rue Sainte-Catherine Ouest", "Montréal", domain::PostalCode::parse("h3g1p1"));
}

}  // namespace

class ShopJsonTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void linesReadBackEqual() {
        const auto lines = cart().lines();
        QCOMPARE(ecommerce::linesFromJson(json::parse(ecommerce::linesToJson(lines).dump())), lines);
        QCOMPARE(ecommerce::linesToJson(lines)[0].value("line_total_cents", 0), 2 * 8999);
    }

    void pendingChangesReadBackEqual() {
        auto c = cart();
        c.reprice({{kClavier, domain::Price::fromCents(9499)}, {kCafe, domain::Price::fromCents(1599)}});
        const auto pending = c.pendingPriceChanges();
        QCOMPARE(pending.size(), std::size_t(1));
        QCOMPARE(ecommerce::pendingFromJson(json::parse(ecommerce::pendingToJson(pending).dump())), pending);
    }

    void totalsReadBackEqual() {
        const auto totals = domain::computeTotals(domain::TaxProfile::quebec(), domain::Money::fromCents(9749),
                                                  domain::Money::fromCents(9749));
        QCOMPARE(ecommerce::totalsFromJson(json::parse(ecommerce::totalsToJson(totals).dump())), totals);
        QCOMPARE(ecommerce::totalsToJson(totals).value("total_cents", 0), 11208);
    }

    void addressesReadBackEqual() {
        const auto a = address();
        QCOMPARE(ecommerce::addressFromJson(ecommerce::addressToJson(a)), a);
        QCOMPARE(ecommerce::addressToJson(a).value("postal_code", ""), std::string("H3G 1P1"));
        QCOMPARE(ecommerce::addressToJson(a).value("province", ""), std::string("Québec"));
    }

    void checkoutAndOrderWireNames() {
        auto checkout = domain::Checkout::start(domain::CheckoutId::parse("0192f3a0-0000-7000-8000-00000000c0c0"),
                                                cart(), address(), domain::DeliveryMethod::kExpress,
                                                domain::Timestamp(std::chrono::milliseconds(1'764'000'000'000)));
        const json c = ecommerce::checkoutToJson({checkout, std::nullopt, checkout.startedAt()});
        for (const char* key : {"id", "customer_id", "state", "lines", "delivery_address", "delivery_method",
                                "merchandise_subtotal_cents", "shipping_cents", "totals", "reservations", "sale_id",
                                "order_id", "failure", "started_at", "updated_at"}) {
            QVERIFY2(c.contains(key), key);
        }
        QCOMPARE(c.value("state", ""), std::string("started"));
        QCOMPARE(c.value("shipping_cents", -1), 0);  // 195.97 of goods ship free, even express
        QVERIFY(c["sale_id"].is_null() && c["failure"].is_null());
        checkout.markPricesChecked(
            {{kClavier, domain::Price::fromCents(8999)}, {kCafe, domain::Price::fromCents(1599)}});
        checkout.markStockReserved({domain::ReservationId::parse("0192f3a0-0000-7000-8000-0000000000e1"),
                                    domain::ReservationId::parse("0192f3a0-0000-7000-8000-0000000000e2")});
        checkout.markSaleRecorded(domain::SaleId(checkout.id().uuid()));
        checkout.markReservationCommitted();
        const auto order =
            domain::Order::fromCheckout(domain::OrderId(checkout.id().uuid()), checkout, checkout.startedAt());
        const json o = ecommerce::orderToJson(order);
        QCOMPARE(o.value("status", ""), std::string("confirmed"));
        QCOMPARE(o.value("sale_id", ""), checkout.id().toString());
        QCOMPARE(o.value("merchandise_subtotal_cents", 0), 2 * 8999 + 1599);
        QVERIFY(o["cancel_reason"].is_null());
    }
};

QTEST_GUILESS_MAIN(ShopJsonTest)
#include "shop_json_test.moc"
