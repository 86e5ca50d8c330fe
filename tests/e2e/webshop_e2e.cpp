// The web shop in a real headless Chromium (Debian's chromium + chromedriver, WebDriver from C++): a new customer
// registers, logs out and in, searches, adds two products, changes a quantity, checks out with express delivery,
// sees the confirmation and the order in the history; a page on another site posts a forged form and is refused;
// the English switch. Screenshots of the product list and the confirmation go to <build>/screenshots/.
// The ecommerce app and its PostgreSQL are real; catalogue, inventaire and commandes are the pg tests' in-memory fakes.
#include <QtTest>

#include <regex>
#include <thread>

#include "ecommerce_test_server.hpp"
#include "webdriver.hpp"

namespace {

const std::string kNbspText = " ";       // WebDriver's element text turns U+00A0 into a space (its spec does)
const std::string kNbspHtml = "&nbsp;";  // in the page source, as Chromium serializes it

// A shop window worth a screenshot: the demo catalogue's kind of products, in three categories.
void stockTheShelves(FakeDownstreams& fake) {
    struct Item {
        const char* id;
        const char* name;
        const char* category;
        std::int64_t cents;
        bool taxable;
        const char* description;
    };
    const Item items[] = {
        {FakeDownstreams::kP1, "Clavier mécanique", "Informatique", 8999, true,
         "Clavier mécanique rétroéclairé, disposition canadienne française, touches silencieuses."},
        {FakeDownstreams::kP2, "Souris optique", "Informatique", 2550, true,
         "Souris optique sans fil, 1600 ppp, pile incluse."},
        {FakeDownstreams::kP3, "Café Premium Bio", "Épicerie", 1599, false,
         "Café en grains biologique et équitable, torréfié à Montréal, 454 g."},
        {"550e8400-e29b-41d4-a716-446655440011", "Écran 27 pouces QHD", "Informatique", 32999, true,
         "Écran IPS 2560 x 1440, 75 Hz, pied réglable."},
        {"550e8400-e29b-41d4-a716-446655440012", "Casque d'écoute sans fil", "Audio", 12950, true,
         "Réduction de bruit active, 30 heures d'autonomie."},
        {"550e8400-e29b-41d4-a716-446655440013", "Haut-parleur Bluetooth", "Audio", 5999, true,
         "Compact et résistant à l'eau, 12 heures d'écoute."},
        {"550e8400-e29b-41d4-a716-446655440014", "Sirop d'érable biologique 540 ml", "Épicerie", 1299, false,
         "Sirop d'érable pur du Québec, catégorie A, goût ambré riche."},
        {"550e8400-e29b-41d4-a716-446655440015", "Thé vert Sencha", "Épicerie", 899, false,
         "Thé vert japonais en feuilles, 100 g."},
        {"550e8400-e29b-41d4-a716-446655440016", "Station d'accueil USB-C", "Informatique", 14999, true,
         "Deux écrans, Ethernet, lecteur de cartes et recharge 100 W."},
    };
    for (const auto& item : items) {
        // Same ids and prices as the fake's own products, which this replaces with their full descriptions.
        fake.addProduct(item.id, item.name, item.cents, item.taxable, true, item.category, item.description);
        fake.setStock(item.id, 50);
    }
}

// The attacker's page, on another site (localhost vs 127.0.0.1): a form that posts to the shop, no token.
class EvilSite {
public:
    explicit EvilSite(int shopPort) {
        const std::string page =
            "<!doctype html><html><body><h1>Gagnez un iPad !</h1>"
            "<form id=\"forged\" method=\"post\" action=\"http://127.0.0.1:" +
            std::to_string(shopPort) +
            "/shop/cart/items\">"
            "<input type=\"hidden\" name=\"product_id\" value=\"550e8400-e29b-41d4-a716-446655440011\">"
            "<input type=\"hidden\" name=\"quantity\" value=\"7\">"
            "<input type=\"hidden\" name=\"csrf\" value=\"guessed\">"
            "<button id=\"go\" type=\"submit\">Participer</button></form></body></html>";
        m_server.Get("/", [page](const httplib::Request&, httplib::Response& res) {
            res.set_content(page, "text/html; charset=utf-8");
        });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        for (int i = 0; i < 200 && !m_server.is_running(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
    ~EvilSite() {
        m_server.stop();
        m_thread.join();
    }
    [[nodiscard]] std::string url() const { return "http://localhost:" + std::to_string(m_port) + "/"; }

private:
    httplib::Server m_server;
    int m_port = 0;
    std::thread m_thread;
};

}  // namespace

class WebShopE2e : public QObject {
    Q_OBJECT

    std::unique_ptr<EcommerceTestServer> m_server;
    ChromeDriver m_browser;
    std::string m_base;
    const std::string m_shots = MAGASIN_SCREENSHOT_DIR;

    std::string at(const std::string& path) const { return m_base + path; }

    // Types into a field after clearing it.
    void fill(const std::string& css, const std::string& text) { m_browser.find(css).clear().type(text); }

private Q_SLOTS:
    void initTestCase() {
        m_server = std::make_unique<EcommerceTestServer>();
        QVERIFY2(m_server->ok(), m_server->error().c_str());
        stockTheShelves(m_server->fake());
        m_base = "http://127.0.0.1:" + std::to_string(m_server->port());
        QVERIFY2(m_browser.start(), m_browser.error().c_str());
    }
    void cleanupTestCase() {
        m_browser.stop();
        m_server.reset();
    }

    void aCustomerBuysTwoProductsFromRegistrationToHistory() {
        try {
            aCustomerBuysTwoProductsFromRegistrationToHistorySteps();
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
    }

private:
    void aCustomerBuysTwoProductsFromRegistrationToHistorySteps() {
        // The product list, in French by default.
        m_browser.go(at("/shop"));
        QVERIFY(m_browser.waitForText("Tous les produits"));
        QVERIFY(m_browser.source().find("89,99" + kNbspHtml + "$") != std::string::npos);
        m_browser.screenshot(m_shots + "/shop-products.png");

        // Register: a first try with mistakes shows them next to the fields, the second goes through.
        m_browser.find("#register-link").click();
        QVERIFY(m_browser.waitForUrl("/shop/register"));
        fill("#first_name", "élise");
        fill("#last_name", "bouchard");
        fill("#email", "elise.bouchard@example");
        fill("#password", "Laurentides-2026");
        fill("#street", "4000 rue Saint-Denis");
        fill("#city", "Montréal");
        fill("#postal_code", "H2W 2M2");
        m_browser.find("#register-submit").click();
        QVERIFY(m_browser.waitForText("id=\"email-error\""));
        QCOMPARE(m_browser.find("#email-error").text(),
                 std::string("Ce courriel n'est pas valide (exemple : nom@exemple.ca)."));
        m_browser.screenshot(m_shots + "/shop-register-errors.png");
        fill("#email", "elise.bouchard@example.com");
        fill("#password", "Laurentides-2026");  // a password is never sent back to the page
        m_browser.find("#register-submit").click();
        QVERIFY(m_browser.waitForText("Bonjour, Élise"));

        // Log out, then in again.
        m_browser.find("#logout").click();
        QVERIFY(m_browser.waitForText("id=\"login-link\""));
        m_browser.find("#login-link").click();
        fill("#email", "elise.bouchard@example.com");
        fill("#password", "Laurentides-2026");
        m_browser.find("#login-submit").click();
        QVERIFY(m_browser.waitForText("Bonjour, Élise"));

        // Search, open the product, add it.
        fill("#q", "Clavier");
        m_browser.find(".search button").click();
        QVERIFY(m_browser.waitForText("Résultats pour"));
        m_browser.find(".product-link").click();
        QVERIFY(m_browser.waitForText("id=\"product-name\""));
        QCOMPARE(m_browser.find("#product-name").text(), std::string("Clavier mécanique"));
        m_browser.screenshot(m_shots + "/shop-product.png");
        m_browser.find("#add-to-cart").click();
        QVERIFY(m_browser.waitForUrl("/shop/cart"));

        // A second product, two of them.
        fill("#q", "Souris");
        m_browser.find(".search button").click();
        QVERIFY(m_browser.waitForText("Résultats pour"));
        m_browser.find(".product-link").click();
        QVERIFY(m_browser.waitForText("id=\"product-name\""));
        fill("#quantity", "2");
        m_browser.find("#add-to-cart").click();
        QVERIFY(m_browser.waitForUrl("/shop/cart"));
        QVERIFY(m_browser.waitForText("140,99" + kNbspHtml + "$"));  // 89.99 + 2 x 25.50
        QCOMPARE(m_browser.find("#cart-count").text(), std::string("3"));

        // Change a quantity: the script saves it as soon as the field changes (Tab leaves it).
        const std::string mouse = std::string("tr[data-product=\"") + FakeDownstreams::kP2 + "\"] input.qty";
        m_browser.find(mouse).clear().type("3\t");
        QVERIFY(m_browser.waitForText("166,49" + kNbspHtml + "$"));  // 89.99 + 3 x 25.50
        QCOMPARE(m_browser.find("#cart-count").text(), std::string("4"));
        m_browser.screenshot(m_shots + "/shop-cart.png");

        // Checkout: express, shipping free above 100 $, taxes shown, then pay.
        m_browser.find("#go-to-checkout").click();
        QVERIFY(m_browser.waitForUrl("/shop/checkout"));
        QCOMPARE(m_browser.find("#street").attribute("value"), std::string("4000 rue Saint-Denis"));
        m_browser.find("#method-express").click();
        QVERIFY(m_browser.find("#totals-standard").attribute("hidden") == "true");  // the script shows one total
        const std::string total =
            "191,42" + kNbspText + "$";  // 166.49 + GST 8.32 + QST 16.61 (each half-up), shipping free
        QVERIFY(m_browser.find("#totals-express").text().find("191,42") != std::string::npos);
        m_browser.screenshot(m_shots + "/shop-checkout.png");
        m_browser.find("#place-order").click();
        QVERIFY(m_browser.waitForUrl("placed=1"));
        QVERIFY(m_browser.waitForText("Merci ! Votre commande est confirmée."));
        const std::string orderNumber = m_browser.find("#order-number").text();
        QVERIFY(
            std::regex_match(orderNumber, std::regex("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}")));
        QCOMPARE(m_browser.find("#order-total").text(), total);
        m_browser.screenshot(m_shots + "/shop-confirmation.png");

        // The order in the history.
        m_browser.find("#orders-link").click();
        QVERIFY(m_browser.waitForUrl("/shop/orders"));
        QVERIFY(m_browser.waitForText(orderNumber));
        QVERIFY(m_browser.find("#order-list").text().find("191,42") != std::string::npos);
        QVERIFY(!m_browser.exists("#cart-count"));  // the cart was emptied
        QCOMPARE(m_server->fake().sales().size(), std::size_t(1));
    }

private Q_SLOTS:
    void aForgedPostFromAnotherSiteIsRefused() {
        try {
            aForgedPostFromAnotherSiteIsRefusedSteps();
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
    }

private:
    void aForgedPostFromAnotherSiteIsRefusedSteps() {
        EvilSite evil(m_server->port());
        m_browser.go(evil.url());
        QVERIFY(m_browser.waitForText("Gagnez un iPad"));
        m_browser.find("#go").click();
        QVERIFY(m_browser.waitForText("Requête refusée"));
        m_browser.screenshot(m_shots + "/shop-forged-post.png");
        // Nothing was added: the customer's cart is still empty.
        m_browser.go(at("/shop/cart"));
        QVERIFY(m_browser.waitForText("Votre panier est vide."));
    }

private Q_SLOTS:
    void theEnglishSwitchTranslatesThePagesAndPrices() {
        try {
            theEnglishSwitchTranslatesThePagesAndPricesSteps();
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
    }

private:
    void theEnglishSwitchTranslatesThePagesAndPricesSteps() {
        m_browser.go(at("/shop"));
        m_browser.find("#lang-switch").click();
        QVERIFY(m_browser.waitForText("All products"));
        QVERIFY(m_browser.source().find("$89.99") != std::string::npos);
        m_browser.find("#cart-link").click();
        QVERIFY(m_browser.waitForText("Your cart is empty."));
        m_browser.go(at("/shop/orders"));
        QVERIFY(m_browser.waitForText("My orders"));
        QVERIFY(m_browser.source().find("$191.42") != std::string::npos);
        m_browser.go(at("/shop"));
        m_browser.screenshot(m_shots + "/shop-products-en.png");
        m_browser.find("#lang-switch").click();
        QVERIFY(m_browser.waitForText("Tous les produits"));
    }
};

QTEST_GUILESS_MAIN(WebShopE2e)
#include "webshop_e2e.moc"
