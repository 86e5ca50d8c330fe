#include "magasin/webshop/web_shop.hpp"

#include <httplib.h>

#include <algorithm>
#include <charconv>
#include <memory>

#include "magasin/domain/checkout.hpp"
#include "magasin/domain/contact.hpp"
#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/password_policy.hpp"
#include "magasin/server/client_address.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/json_log.hpp"
#include "magasin/server/web_forms.hpp"
#include "magasin/webshop/csrf.hpp"
#include "magasin/webshop/page_renderer.hpp"
#include "magasin/webshop/price_format.hpp"
#include "magasin/webshop/translations.hpp"
#include "magasin/webshop/web_files.hpp"

namespace magasin::webshop {

using domain::DomainError;
using domain::ErrorCode;
using domain::Language;
using nlohmann::json;
using server::Exchange;
using server::HttpError;
using server::Method;

namespace {

constexpr long long kSessionCookieSeconds = 14LL * 24 * 3600;  // the Shop's session lifetime
constexpr long long kLanguageCookieSeconds = 365LL * 24 * 3600;
constexpr std::size_t kMaxFieldBytes = 500;

// A state-changing form arrived without a valid CSRF token.
struct Forbidden {};

// Every page knows who is looking, in which language, and the token its forms carry.
struct Visit {
    Language lang = Language::kFrench;
    bool secure = false;
    std::string browserId;
    std::string csrf;
    std::string sessionToken;
    std::optional<domain::CustomerId> customer;
    std::string firstName;
    std::int64_t cartCount = 0;
};

// Field errors of a form, by field name, already in the customer's language.
using FieldErrors = std::map<std::string, std::string>;

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::string field(const server::FormFields& form, std::string_view name) {
    const auto it = form.find(name);
    if (it == form.end()) {
        return {};
    }
    // Bounded before any rule runs: a megabyte "street" is refused by its rule, never stored or echoed whole.
    return it->second.size() > kMaxFieldBytes ? it->second.substr(0, kMaxFieldBytes) : it->second;
}

// "12" -> 12; nullopt for anything that is not a whole number of at most 4 digits.
std::optional<std::int64_t> quantityOf(const std::string& text) {
    const std::string t = trimmed(text);
    if (t.empty() || t.size() > 4) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (ec != std::errc() || end != t.data() + t.size()) {
        return std::nullopt;
    }
    return value;
}

// Only our own pages: an absolute URL, "//host" or a backslash would make the login an open redirect.
std::string safeNext(const std::string& next, const std::string& fallback = "/shop") {
    if (next.rfind("/shop", 0) != 0 || next.find("//") != std::string::npos || next.find('\\') != std::string::npos ||
        next.find_first_of("\r\n") != std::string::npos) {
        return fallback;
    }
    return next;
}

std::string firstCharacter(const std::string& name) {
    if (name.empty()) {
        return "?";
    }
    std::size_t length = 1;
    const auto lead = static_cast<unsigned char>(name[0]);
    if (lead >= 0xF0) {
        length = 4;
    } else if (lead >= 0xE0) {
        length = 3;
    } else if (lead >= 0xC0) {
        length = 2;
    }
    std::string first = name.substr(0, std::min(length, name.size()));
    if (first.size() == 1) {
        first[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(first[0])));
    }
    return first;
}

// A stable colour per product (1..6), so that its tile looks the same on every page and neighbours differ.
std::string toneOf(const std::string& name) {
    std::size_t hash = 0;
    for (const char c : name) {
        hash = hash * 31 + static_cast<unsigned char>(c);
    }
    return std::to_string(hash % 6 + 1);
}

// An id in a URL or a form that is not a UUID names nothing: 404, as an unknown one.
template <class Id>
Id idOr404(const std::string& text) {
    try {
        return Id::parse(text);
    } catch (const DomainError&) {
        throw HttpError::notFound("nothing has the id " + text.substr(0, 60));
    }
}

class WebShop : public std::enable_shared_from_this<WebShop> {
public:
    WebShop(server::HttpApp& app, ecommerce::Shop& shop, WebShopOptions options)
        : m_log(app.log()), m_shop(shop), m_csrf(options.csrfKey), m_options(std::move(options)) {}

    void install(server::HttpApp& app);

private:
    using PageHandler = void (WebShop::*)(Exchange&, Visit&);

    server::HttpApp::Handler page(PageHandler handler, bool stateChanging);
    Visit begin(Exchange& ex);
    json common(const Visit& v, const Exchange& ex, const std::string& title) const;
    void render(Exchange& ex, const Visit& v, int status, const std::string& page, json data, const std::string& title);
    void renderMessage(Exchange& ex, const Visit& v, int status, const std::string& titleKey,
                       const std::string& textKey, const std::string& detail = {});
    std::string price(domain::Money amount, const Visit& v) const { return formatPrice(amount, v.lang); }
    std::string t(const std::string& key, const Visit& v) const { return Translations::text(key, v.lang); }
    bool requireCustomer(Exchange& ex, const Visit& v, const std::string& back);
    void setSessionCookie(Exchange& ex, const Visit& v, const std::string& token, bool remove = false);

    // Pages
    void products(Exchange& ex, Visit& v);
    void product(Exchange& ex, Visit& v);
    void renderProduct(Exchange& ex, Visit& v, const ecommerce::ProductView& product, const std::string& error,
                       int status);
    void addToCart(Exchange& ex, Visit& v);
    void cart(Exchange& ex, Visit& v);
    void renderCart(Exchange& ex, Visit& v, const domain::Cart& cart, const std::string& errorProduct,
                    const std::string& error, int status);
    void updateLine(Exchange& ex, Visit& v);
    void removeLine(Exchange& ex, Visit& v);
    void acceptPrices(Exchange& ex, Visit& v);
    void checkoutForm(Exchange& ex, Visit& v);
    void renderPrices(Exchange& ex, Visit& v, const std::vector<ecommerce::PriceChangeView>& changes, int status);
    void renderCheckout(Exchange& ex, Visit& v, const domain::Cart& cart, const server::FormFields& values,
                        const FieldErrors& errors, const std::string& banner, int status);
    void placeOrder(Exchange& ex, Visit& v);
    void orders(Exchange& ex, Visit& v);
    void order(Exchange& ex, Visit& v);
    void loginForm(Exchange& ex, Visit& v);
    void login(Exchange& ex, Visit& v);
    void registerForm(Exchange& ex, Visit& v);
    void registerCustomer(Exchange& ex, Visit& v);
    void logout(Exchange& ex, Visit& v);
    void asset(Exchange& ex, Visit& v);

    json orderJson(const domain::Order& order, const Visit& v) const;
    json totalsRows(const domain::Totals& totals, domain::Money merchandise, domain::Money shipping,
                    const Visit& v) const;
    json errorsJson(const FieldErrors& errors) const;

    server::JsonLog& m_log;
    ecommerce::Shop& m_shop;
    CsrfGuard m_csrf;
    WebShopOptions m_options;
};

void WebShop::install(server::HttpApp& app) {
    app.acceptFormsUnder("/shop");
    app.route(Method::kGet, "/shop", page(&WebShop::products, false));
    // The address people type or paste with a trailing slash.
    app.route(Method::kGet, "/shop/", [](Exchange& ex) { ex.redirect("/shop"); });
    app.route(Method::kGet, "/shop/products/{id}", page(&WebShop::product, false));
    app.route(Method::kGet, "/shop/cart", page(&WebShop::cart, false));
    app.route(Method::kPost, "/shop/cart/items", page(&WebShop::addToCart, true));
    app.route(Method::kPost, "/shop/cart/items/{id}", page(&WebShop::updateLine, true));
    app.route(Method::kPost, "/shop/cart/items/{id}/remove", page(&WebShop::removeLine, true));
    app.route(Method::kPost, "/shop/cart/prices", page(&WebShop::acceptPrices, true));
    app.route(Method::kGet, "/shop/checkout", page(&WebShop::checkoutForm, false));
    app.route(Method::kPost, "/shop/checkout", page(&WebShop::placeOrder, true));
    app.route(Method::kGet, "/shop/orders", page(&WebShop::orders, false));
    app.route(Method::kGet, "/shop/orders/{id}", page(&WebShop::order, false));
    app.route(Method::kGet, "/shop/login", page(&WebShop::loginForm, false));
    app.route(Method::kPost, "/shop/login", page(&WebShop::login, true));
    app.route(Method::kGet, "/shop/register", page(&WebShop::registerForm, false));
    app.route(Method::kPost, "/shop/register", page(&WebShop::registerCustomer, true));
    app.route(Method::kPost, "/shop/logout", page(&WebShop::logout, true));
    app.route(Method::kGet, "/shop/assets/{name}", page(&WebShop::asset, false));
}

server::HttpApp::Handler WebShop::page(PageHandler handler, bool stateChanging) {
    return [self = shared_from_this(), handler, stateChanging](Exchange& ex) {
        setSecurityHeaders(ex);
        Visit visit;
        try {
            visit = self->begin(ex);
            if (stateChanging) {
                const auto form = ex.formBody();
                const auto token = form.find("csrf");
                if (token == form.end() || !self->m_csrf.verify(visit.browserId, token->second)) {
                    throw Forbidden{};
                }
            }
            (self.get()->*handler)(ex, visit);
        } catch (const Forbidden&) {
            self->renderMessage(ex, visit, 403, "forbidden_title", "forbidden_text");
        } catch (const HttpError& e) {
            const int status = e.problem().status;
            if (status == 503) {
                self->renderMessage(ex, visit, 503, "unavailable_title", "unavailable_text");
            } else if (status == 404) {
                self->renderMessage(ex, visit, 404, "not_found_title", "not_found_text");
            } else {
                self->renderMessage(ex, visit, status, "error_title", "err_generic", e.problem().detail);
            }
        } catch (const DomainError& e) {
            if (e.code() == ErrorCode::kNotFound) {
                self->renderMessage(ex, visit, 404, "not_found_title", "not_found_text");
            } else {
                self->renderMessage(ex, visit, e.code() == ErrorCode::kInvalidValue ? 422 : 409, "error_title",
                                    Translations::errorKey(e.rule()));
            }
        } catch (const std::exception& e) {
            self->m_log.error("web shop page failed",
                              {{"request_id", ex.requestId()}, {"path", ex.request().path}, {"error", e.what()}});
            self->renderMessage(ex, visit, 500, "error_title", "err_generic");
        }
    };
}

Visit WebShop::begin(Exchange& ex) {
    Visit v;
    const auto proto = ex.header("X-Forwarded-Proto");
    v.secure = proto && (*proto == "https" || *proto == "HTTPS");
    if (const auto lang = ex.query("lang"); lang && (*lang == "fr" || *lang == "en")) {
        v.lang = parseLanguage(*lang);
        ex.setCookie({.name = kLanguageCookie,
                      .value = *lang,
                      .path = "/shop",
                      .maxAgeSeconds = kLanguageCookieSeconds,
                      .httpOnly = true,
                      .secure = v.secure,
                      .sameSite = server::SameSite::kLax});
    } else if (const auto cookie = ex.cookie(kLanguageCookie)) {
        v.lang = parseLanguage(*cookie);
    }
    const auto browser = ex.cookie(kCsrfCookie);
    // A well-formed id is 43 base64url characters; anything else is replaced rather than trusted.
    if (browser && browser->size() == 43 && std::all_of(browser->begin(), browser->end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
        })) {
        v.browserId = *browser;
    } else if (ex.request().method == "GET") {
        // Only pages hand out a browser id: a POST without one (a forged form from another site, whose request
        // carries no Lax cookie) is refused without replacing the id the customer's open pages are signed for.
        v.browserId = CsrfGuard::newBrowserId();
        ex.setCookie({.name = kCsrfCookie,
                      .value = v.browserId,
                      .path = "/shop",
                      .maxAgeSeconds = std::nullopt,  // gone with the browser session, as the forms it signs
                      .httpOnly = true,
                      .secure = v.secure,
                      .sameSite = server::SameSite::kLax});
    }
    v.csrf = v.browserId.empty() ? std::string() : m_csrf.tokenFor(v.browserId);
    if (const auto token = ex.cookie(kSessionCookie); token && !token->empty()) {
        try {
            v.customer = m_shop.authenticate(*token);
            v.sessionToken = *token;
        } catch (const HttpError&) {
            setSessionCookie(ex, v, "", true);  // expired or revoked: forget it
        }
    }
    if (v.customer) {
        v.firstName = m_shop.customer(*v.customer).firstName().text();
        const auto cart = m_shop.cart(*v.customer);
        for (const auto& line : cart.lines()) {
            v.cartCount += line.quantity;
        }
    }
    return v;
}

void WebShop::setSessionCookie(Exchange& ex, const Visit& v, const std::string& token, bool remove) {
    ex.setCookie({.name = kSessionCookie,
                  .value = token,
                  .path = "/shop",
                  .maxAgeSeconds = remove ? 0 : kSessionCookieSeconds,
                  .httpOnly = true,
                  .secure = v.secure,
                  .sameSite = server::SameSite::kLax});
}

json WebShop::common(const Visit& v, const Exchange& ex, const std::string& title) const {
    // The language switch links to this very page with the other ?lang (and the rest of the query kept).
    const std::string other = v.lang == Language::kFrench ? "en" : "fr";
    // httplib merges a POSTed form into the params: after a POST the switch leads home, so that no posted field (a
    // password) ever lands in a link.
    const bool get = ex.request().method == "GET";
    std::string query;
    for (const auto& [name, value] : ex.request().params) {
        if (name != "lang" && get) {
            query += server::urlEncode(name) + "=" + server::urlEncode(value) + "&";
        }
    }
    const std::string& path = ex.request().path;
    json data{{"t", Translations::strings(v.lang)},
              {"lang", std::string(languageCode(v.lang))},
              {"lang_href", (get ? path : std::string("/shop")) + "?" + query + "lang=" + other},
              {"csrf", v.csrf},
              {"title", title},
              {"cart_count", std::to_string(v.cartCount)},
              {"has_cart_items", v.cartCount > 0},
              {"nav_products_current", path == "/shop" || path.rfind("/shop/products", 0) == 0},
              {"nav_cart_current", path.rfind("/shop/cart", 0) == 0},
              {"nav_orders_current", path.rfind("/shop/orders", 0) == 0}};
    if (v.customer) {
        data["customer"] = json{{"first_name", v.firstName}};
    } else {
        data["customer"] = false;
    }
    return data;
}

void WebShop::render(Exchange& ex, const Visit& v, int status, const std::string& page, json data,
                     const std::string& title) {
    json all = common(v, ex, title);
    all.update(data);
    ex.html(status, renderPage(page, all));
}

void WebShop::renderMessage(Exchange& ex, const Visit& v, int status, const std::string& titleKey,
                            const std::string& textKey, const std::string& detail) {
    try {
        render(ex, v, status, "message",
               {{"message_title", t(titleKey, v)}, {"message_text", t(textKey, v)}, {"detail", detail}},
               t(titleKey, v));
    } catch (const std::exception&) {
        ex.html(status, "<!doctype html><title>Magasin</title><p>" + std::to_string(status) + "</p>");
    }
}

bool WebShop::requireCustomer(Exchange& ex, const Visit& v, const std::string& back) {
    if (v.customer) {
        return true;
    }
    ex.redirect("/shop/login?next=" + server::urlEncode(back));
    return false;
}

json WebShop::errorsJson(const FieldErrors& errors) const {
    json out = json::object();
    for (const auto& [name, message] : errors) {
        out[name] = message;
    }
    return out;
}

// ---- Catalogue ----

void WebShop::products(Exchange& ex, Visit& v) {
    ecommerce::ProductQuery query;
    query.text = trimmed(ex.query("q").value_or("")).substr(0, 200);
    query.category = trimmed(ex.query("category").value_or("")).substr(0, 100);
    query.pageSize = m_options.pageSize;
    if (const auto page = quantityOf(ex.query("page").value_or("1")); page && *page >= 1 && *page <= 1000) {
        query.page = static_cast<int>(*page);
    }
    const auto result = m_shop.searchProducts(query, ex.requestId());
    json items = json::array();
    for (const auto& p : result.items) {
        items.push_back({{"id", p.id.toString()},
                         {"name", p.name},
                         {"category", p.category},
                         {"initial", firstCharacter(p.name)},
                         {"tone", toneOf(p.name)},
                         {"price", price(p.price.amount(), v)},
                         {"href", "/shop/products/" + p.id.toString()}});
    }
    const std::string base = "/shop?q=" + server::urlEncode(query.text) +
                             (query.category.empty() ? "" : "&category=" + server::urlEncode(query.category)) +
                             "&page=";
    const bool hasNext = static_cast<std::int64_t>(query.page) * query.pageSize < result.total;
    render(ex, v, 200, "products",
           {{"q", query.text},
            {"has_query", !query.text.empty() || !query.category.empty()},
            {"items", items},
            {"has_items", !items.empty()},
            {"total", std::to_string(result.total)},
            {"total_label", t(result.total == 1 ? "products_one" : "products_many", v)},
            {"page_number", std::to_string(query.page)},
            {"paged", query.page > 1 || hasNext},
            {"prev_href", query.page > 1 ? json(base + std::to_string(query.page - 1)) : json(false)},
            {"next_href", hasNext ? json(base + std::to_string(query.page + 1)) : json(false)}},
           query.text.empty() ? t("all_products", v) : query.text);
}

void WebShop::product(Exchange& ex, Visit& v) {
    const auto id = idOr404<domain::ProductId>(ex.pathParam("id"));
    renderProduct(ex, v, m_shop.product(id, ex.requestId()), "", 200);
}

void WebShop::renderProduct(Exchange& ex, Visit& v, const ecommerce::ProductView& p, const std::string& error,
                            int status) {
    render(ex, v, status, "product",
           {{"product",
             {{"id", p.id.toString()},
              {"name", p.name},
              {"category", p.category},
              {"description", p.description.empty() ? json(false) : json(p.description)},
              {"sku", p.sku.empty() ? json(false) : json(p.sku)},  // kainjow takes "" as true
              {"initial", firstCharacter(p.name)},
              {"tone", toneOf(p.name)},
              {"price", price(p.price.amount(), v)},
              {"taxable", p.taxable},
              {"active", p.active}}},
            {"quantity_error", error.empty() ? json(false) : json(error)}},
           p.name);
}

// ---- Cart ----

void WebShop::addToCart(Exchange& ex, Visit& v) {
    const auto form = ex.formBody();
    const std::string productText = field(form, "product_id");
    const auto id = idOr404<domain::ProductId>(productText);
    if (!requireCustomer(ex, v, "/shop/products/" + id.toString())) {
        return;
    }
    const auto quantity = quantityOf(form.count("quantity") ? field(form, "quantity") : "1");
    if (!quantity) {
        renderProduct(ex, v, m_shop.product(id, ex.requestId()), t("err_quantity_number", v), 422);
        return;
    }
    try {
        m_shop.addToCart(*v.customer, id, *quantity, ex.requestId());
    } catch (const DomainError& e) {
        if (e.code() == ErrorCode::kNotFound) {
            throw;
        }
        renderProduct(ex, v, m_shop.product(id, ex.requestId()), t(Translations::errorKey(e.rule()), v),
                      e.code() == ErrorCode::kInvalidValue ? 422 : 409);
        return;
    }
    ex.redirect("/shop/cart");
}

void WebShop::cart(Exchange& ex, Visit& v) {
    if (!requireCustomer(ex, v, "/shop/cart")) {
        return;
    }
    renderCart(ex, v, m_shop.cart(*v.customer), "", "", 200);
}

void WebShop::renderCart(Exchange& ex, Visit& v, const domain::Cart& cart, const std::string& errorProduct,
                         const std::string& error, int status) {
    json lines = json::array();
    for (const auto& line : cart.lines()) {
        const std::string id = line.product.toString();
        lines.push_back({{"product_id", id},
                         {"name", line.name},
                         {"href", "/shop/products/" + id},
                         {"initial", firstCharacter(line.name)},
                         {"unit_price", price(line.unitPrice.amount(), v)},
                         {"quantity", std::to_string(line.quantity)},
                         {"line_total", price(line.total(), v)},
                         {"error", id == errorProduct ? json(error) : json(false)}});
    }
    json changes = json::array();
    for (const auto& change : m_shop.pendingPriceChanges(cart)) {
        changes.push_back({{"name", change.name},
                           {"old_price", price(change.oldPrice.amount(), v)},
                           {"new_price", price(change.newPrice.amount(), v)}});
    }
    render(ex, v, status, "cart",
           {{"lines", lines},
            {"has_lines", !lines.empty()},
            {"subtotal", price(cart.subtotal(), v)},
            {"free_shipping", cart.subtotal() >= domain::kFreeShippingFrom},
            {"changes", changes},
            {"has_changes", !changes.empty()},
            {"cart_error", errorProduct.empty() && !error.empty() ? json(error) : json(false)}},
           t("cart_title", v));
}

void WebShop::updateLine(Exchange& ex, Visit& v) {
    if (!requireCustomer(ex, v, "/shop/cart")) {
        return;
    }
    const auto id = idOr404<domain::ProductId>(ex.pathParam("id"));
    const auto quantity = quantityOf(field(ex.formBody(), "quantity"));
    if (!quantity) {
        renderCart(ex, v, m_shop.cart(*v.customer), id.toString(), t("err_quantity_number", v), 422);
        return;
    }
    try {
        m_shop.setCartQuantity(*v.customer, id, *quantity);
    } catch (const DomainError& e) {
        renderCart(ex, v, m_shop.cart(*v.customer), id.toString(), t(Translations::errorKey(e.rule()), v),
                   e.code() == ErrorCode::kInvalidValue ? 422 : 404);
        return;
    }
    ex.redirect("/shop/cart");
}

void WebShop::removeLine(Exchange& ex, Visit& v) {
    if (!requireCustomer(ex, v, "/shop/cart")) {
        return;
    }
    const auto id = idOr404<domain::ProductId>(ex.pathParam("id"));
    m_shop.setCartQuantity(*v.customer, id, 0);  // removing a line that is not there is fine
    ex.redirect("/shop/cart");
}

void WebShop::acceptPrices(Exchange& ex, Visit& v) {
    if (!requireCustomer(ex, v, "/shop/cart")) {
        return;
    }
    m_shop.acceptCartPrices(*v.customer);
    ex.redirect(safeNext(field(ex.formBody(), "next"), "/shop/checkout"));
}

// ---- Checkout ----

void WebShop::checkoutForm(Exchange& ex, Visit& v) {
    if (!requireCustomer(ex, v, "/shop/checkout")) {
        return;
    }
    domain::Cart cart = m_shop.cart(*v.customer);
    if (cart.isEmpty()) {
        ex.redirect("/shop/cart");
        return;
    }
    try {
        cart = m_shop.reviewCartPrices(*v.customer, ex.requestId());
    } catch (const DomainError& e) {
        if (e.code() != ErrorCode::kNotFound) {
            throw;
        }
        renderCart(ex, v, cart, "", t(Translations::errorKey(e.rule()), v), 409);
        return;
    }
    if (cart.needsPriceAcceptance()) {
        renderPrices(ex, v, m_shop.pendingPriceChanges(cart), 200);
        return;
    }
    const auto customer = m_shop.customer(*v.customer);
    const auto& address = customer.address();
    server::FormFields values{{"street", address.street()},
                              {"city", address.city()},
                              {"postal_code", address.postalCode().text()},
                              {"province", address.province()},
                              {"delivery_method", "standard"}};
    renderCheckout(ex, v, cart, values, {}, "", 200);
}

void WebShop::renderPrices(Exchange& ex, Visit& v, const std::vector<ecommerce::PriceChangeView>& changes, int status) {
    json rows = json::array();
    for (const auto& change : changes) {
        rows.push_back({{"name", change.name},
                        {"old_price", price(change.oldPrice.amount(), v)},
                        {"new_price", price(change.newPrice.amount(), v)},
                        {"went_up", change.newPrice > change.oldPrice}});
    }
    render(ex, v, status, "prices", {{"changes", rows}}, t("prices_changed_title", v));
}

json WebShop::totalsRows(const domain::Totals& totals, domain::Money merchandise, domain::Money shipping,
                         const Visit& v) const {
    json taxes = json::array();
    for (const auto& tax : totals.taxes) {
        const std::string key = "tax_" + tax.code;
        taxes.push_back({{"label", Translations::has(key) ? t(key, v) : tax.code}, {"amount", price(tax.amount, v)}});
    }
    return {{"merchandise", price(merchandise, v)},
            {"shipping", shipping.isZero() ? t("free", v) : price(shipping, v)},
            {"taxes", taxes},
            {"total", price(totals.total, v)}};
}

void WebShop::renderCheckout(Exchange& ex, Visit& v, const domain::Cart& cart, const server::FormFields& values,
                             const FieldErrors& errors, const std::string& banner, int status) {
    // What each delivery method would cost, computed by the same domain code the saga uses: the customer sees
    // shipping and taxes before paying. The customer's own address stands in (it is always valid).
    const auto customer = m_shop.customer(*v.customer);
    json methods = json::array();
    const std::string chosen = values.count("delivery_method") ? values.at("delivery_method") : "standard";
    for (const auto method : {domain::DeliveryMethod::kStandard, domain::DeliveryMethod::kExpress}) {
        const std::string name(domain::deliveryMethodName(method));
        const auto preview = domain::Checkout::start(domain::CheckoutId::parse("00000000-0000-7000-8000-000000000000"),
                                                     cart, customer.address(), method, domain::Timestamp{});
        json row = totalsRows(preview.totals(), preview.merchandiseSubtotal(), preview.shipping(), v);
        row["method"] = name;
        row["label"] = t(name, v);
        row["short_label"] = t(name + "_short", v);
        row["checked"] = name == chosen;
        row["shipping_price"] = preview.shipping().isZero() ? t("free", v) : price(preview.shipping(), v);
        methods.push_back(row);
    }
    json lines = json::array();
    for (const auto& line : cart.lines()) {
        lines.push_back(
            {{"name", line.name}, {"quantity", std::to_string(line.quantity)}, {"line_total", price(line.total(), v)}});
    }
    const auto value = [&](const char* name) { return values.count(name) ? values.at(name) : std::string(); };
    std::string key = value("checkout_key");
    if (key.empty()) {
        key = CsrfGuard::newBrowserId();  // 256 random bits: one checkout per form, however often it is posted
    }
    render(ex, v, status, "checkout",
           {{"lines", lines},
            {"methods", methods},
            {"values",
             {{"street", value("street")},
              {"city", value("city")},
              {"postal_code", value("postal_code")},
              {"province", value("province")}}},
            {"errors", errorsJson(errors)},
            {"has_errors", !errors.empty()},
            {"banner", banner.empty() ? json(false) : json(banner)},
            {"checkout_key", key}},
           t("checkout_title", v));
}

void WebShop::placeOrder(Exchange& ex, Visit& v) {
    if (!requireCustomer(ex, v, "/shop/checkout")) {
        return;
    }
    const auto form = ex.formBody();
    server::FormFields values;
    for (const char* name : {"street", "city", "postal_code", "province", "delivery_method", "checkout_key"}) {
        values[name] = field(form, name);
    }
    FieldErrors errors;
    // Each field on its own, so that every mistake shows at once next to its field.
    const auto check = [&](const char* name, auto&& rule) {
        try {
            rule();
        } catch (const DomainError& e) {
            errors.emplace(name, t(Translations::errorKey(e.rule()), v));
        }
    };
    const auto validCode = domain::PostalCode::parse("H2X1Y4");
    check("postal_code", [&] { (void)domain::PostalCode::parse(values["postal_code"]); });
    check("street", [&] { (void)domain::Address::of(values["street"], "Montréal", validCode); });
    check("city", [&] { (void)domain::Address::of("1 rue Principale", values["city"], validCode); });
    if (!trimmed(values["province"]).empty()) {
        check("province",
              [&] { (void)domain::Address::of("1 rue Principale", "Montréal", validCode, values["province"]); });
    }
    check("delivery_method", [&] { (void)domain::parseDeliveryMethod(values["delivery_method"]); });
    domain::Cart cart = m_shop.cart(*v.customer);
    if (cart.isEmpty()) {
        ex.redirect("/shop/cart");
        return;
    }
    if (!errors.empty()) {
        renderCheckout(ex, v, cart, values, errors, t("form_has_errors", v), 422);
        return;
    }
    ecommerce::CheckoutRequest request;
    request.deliveryAddress = {values["street"], values["city"], values["postal_code"], values["province"], ""};
    request.deliveryMethod = values["delivery_method"];
    if (!values["checkout_key"].empty()) {
        request.idempotencyKey = "web:" + values["checkout_key"].substr(0, 100);
    }
    std::optional<ecommerce::CheckoutView> answer;
    try {
        answer = m_shop.checkout(*v.customer, request, ex.requestId());
    } catch (const ecommerce::PricesChanged& e) {
        renderPrices(ex, v, e.changes(), 409);
        return;
    } catch (const DomainError& e) {
        if (e.rule() == "checkout.cart.empty") {
            ex.redirect("/shop/cart");
            return;
        }
        renderCheckout(ex, v, cart, values, {}, t(Translations::errorKey(e.rule()), v),
                       e.code() == ErrorCode::kInvalidValue ? 422 : 409);
        return;
    } catch (const HttpError& e) {
        if (e.problem().status != 503) {
            throw;
        }
        // The checkout is resumable: the same form (same key) posted again drives it on, never a second one.
        renderCheckout(ex, v, cart, values, {}, t("unavailable_text", v), 503);
        return;
    }
    const auto& result = *answer;
    const auto& checkout = result.checkout;
    if (checkout.state() == domain::CheckoutState::kCompleted && checkout.order()) {
        ex.redirect("/shop/orders/" + checkout.order()->toString() + "?placed=1");
        return;
    }
    if (checkout.state() == domain::CheckoutState::kFailed) {
        // A failed checkout answers the same for the same key: the next attempt gets a new one.
        values["checkout_key"].clear();
        const std::string reason = result.failureReason.value_or("");
        const bool stock = reason.find("stock") != std::string::npos;
        renderCheckout(ex, v, m_shop.cart(*v.customer), values, {},
                       t("checkout_failed", v) + " " + (stock ? t("err_stock", v) : reason), 409);
        return;
    }
    renderCheckout(ex, v, cart, values, {}, t("checkout_pending", v), 202);
}

// ---- Orders ----

json WebShop::orderJson(const domain::Order& order, const Visit& v) const {
    json lines = json::array();
    std::int64_t items = 0;
    for (const auto& line : order.lines()) {
        items += line.quantity;
        lines.push_back({{"name", line.name},
                         {"quantity", std::to_string(line.quantity)},
                         {"unit_price", price(line.unitPrice.amount(), v)},
                         {"line_total", price(line.total(), v)}});
    }
    const auto& a = order.deliveryAddress();
    const std::string status(domain::orderStatusName(order.status()));
    const std::string method(domain::deliveryMethodName(order.deliveryMethod()));
    json out = totalsRows(order.totals(), domain::sumOfLines(order.lines()), order.shipping(), v);
    out.update({{"id", order.id().toString()},
                {"href", "/shop/orders/" + order.id().toString()},
                {"date", domain::toIso8601(order.createdAt()).substr(0, 10)},
                {"status", t("status_" + status, v)},
                {"status_code", status},
                {"lines", lines},
                {"item_count", std::to_string(items)},
                {"method", t(method + "_short", v)},
                {"address",
                 {{"street", a.street()},
                  {"city", a.city()},
                  {"province", a.province()},
                  {"postal_code", a.postalCode().text()},
                  {"country", a.country()}}}});
    return out;
}

void WebShop::orders(Exchange& ex, Visit& v) {
    if (!requireCustomer(ex, v, "/shop/orders")) {
        return;
    }
    const auto page = m_shop.orders(*v.customer, 50, 0);
    json items = json::array();
    for (const auto& order : page.items) {
        items.push_back(orderJson(order, v));
    }
    render(ex, v, 200, "orders", {{"orders", items}, {"has_orders", !items.empty()}}, t("orders_title", v));
}

void WebShop::order(Exchange& ex, Visit& v) {
    if (!requireCustomer(ex, v, ex.request().path)) {
        return;
    }
    const auto id = idOr404<domain::OrderId>(ex.pathParam("id"));
    const auto order = m_shop.order(*v.customer, id);  // another customer's order: not found
    render(ex, v, 200, "order", {{"order", orderJson(order, v)}, {"placed", ex.query("placed") == "1"}},
           t("order_title", v) + " " + order.id().toString());
}

// ---- Account ----

void WebShop::loginForm(Exchange& ex, Visit& v) {
    render(ex, v, 200, "login",
           {{"next", safeNext(ex.query("next").value_or("/shop"))}, {"email", ""}, {"error", false}},
           t("login_title", v));
}

void WebShop::login(Exchange& ex, Visit& v) {
    const auto form = ex.formBody();
    const std::string email = trimmed(field(form, "email"));
    const std::string next = safeNext(field(form, "next"));
    ecommerce::Session session;
    try {
        session = m_shop.login({email, form.count("password") ? form.at("password").substr(0, 1024) : "",
                                server::clientAddress(ex, m_options.trustedProxies)});
    } catch (const HttpError& e) {
        const int status = e.problem().status;
        if (status != 401 && status != 429) {
            throw;
        }
        for (const auto& [name, value] : e.headers()) {
            if (name == "Retry-After") {
                ex.setHeader(name, value);
            }
        }
        render(ex, v, status, "login",
               {{"next", next},
                {"email", email},
                {"error", t(status == 429 ? "err_too_many_attempts" : "err_invalid_credentials", v)}},
               t("login_title", v));
        return;
    }
    setSessionCookie(ex, v, session.token);
    ex.redirect(next);
}

void WebShop::registerForm(Exchange& ex, Visit& v) {
    render(ex, v, 200, "register", {{"values", json::object()}, {"errors", json::object()}, {"has_errors", false}},
           t("register_title", v));
}

void WebShop::registerCustomer(Exchange& ex, Visit& v) {
    const auto form = ex.formBody();
    ecommerce::RegistrationForm registration;
    registration.firstName = field(form, "first_name");
    registration.lastName = field(form, "last_name");
    registration.email = field(form, "email");
    registration.password = form.count("password") ? form.at("password").substr(0, 1024) : "";
    registration.address = {field(form, "street"), field(form, "city"), field(form, "postal_code"), "", ""};
    registration.phone = field(form, "phone");

    FieldErrors errors;
    const auto check = [&](const char* name, auto&& rule) {
        try {
            rule();
        } catch (const DomainError& e) {
            errors.emplace(name, t(Translations::errorKey(e.rule()), v));
        }
    };
    // Every field on its own (the Shop stops at the first broken rule): the customer fixes them all in one go.
    check("first_name", [&] { (void)domain::PersonName::parse(registration.firstName, "first_name"); });
    check("last_name", [&] { (void)domain::PersonName::parse(registration.lastName, "last_name"); });
    check("email", [&] { (void)domain::Email::parse(registration.email); });
    check("password", [&] {
        try {
            domain::checkPassword(registration.password, domain::Email::parse(registration.email));
        } catch (const DomainError& e) {
            if (e.field() == "password") {
                throw;
            }
            domain::checkPassword(registration.password, domain::Email::parse("nobody@example.com"));
        }
    });
    const auto validCode = domain::PostalCode::parse("H2X1Y4");
    check("street", [&] { (void)domain::Address::of(registration.address.street, "Montréal", validCode); });
    check("city", [&] { (void)domain::Address::of("1 rue Principale", registration.address.city, validCode); });
    check("postal_code", [&] { (void)domain::PostalCode::parse(registration.address.postalCode); });
    check("phone", [&] { (void)domain::Phone::parseOptional(registration.phone); });
    if (errors.empty()) {
        try {
            m_shop.registerCustomer(registration);
        } catch (const DomainError& e) {
            std::string name = e.field();
            if (name.rfind("address.", 0) == 0) {
                name = name.substr(8);
            }
            errors.emplace(name.empty() ? "email" : name, t(Translations::errorKey(e.rule()), v));
        }
    }
    if (!errors.empty()) {
        json values{{"first_name", registration.firstName}, {"last_name", registration.lastName},
                    {"email", registration.email},          {"street", registration.address.street},
                    {"city", registration.address.city},    {"postal_code", registration.address.postalCode},
                    {"phone", registration.phone}};
        render(ex, v, 422, "register", {{"values", values}, {"errors", errorsJson(errors)}, {"has_errors", true}},
               t("register_title", v));
        return;
    }
    const auto session =
        m_shop.login({registration.email, registration.password, server::clientAddress(ex, m_options.trustedProxies)});
    setSessionCookie(ex, v, session.token);
    ex.redirect("/shop");
}

void WebShop::logout(Exchange& ex, Visit& v) {
    if (!v.sessionToken.empty()) {
        m_shop.logout(v.sessionToken);
    }
    setSessionCookie(ex, v, "", true);
    ex.redirect("/shop");
}

void WebShop::asset(Exchange& ex, Visit&) {
    const std::string& name = ex.pathParam("name");
    const auto content = webFile("assets/" + name);
    if (!content) {
        throw HttpError::notFound("no asset " + name);
    }
    const bool css = name.size() > 4 && name.compare(name.size() - 4, 4, ".css") == 0;
    ex.text(200, std::string(*content), css ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
    ex.response().headers.erase("Cache-Control");  // the pages' no-store does not apply to the stylesheet
    ex.setHeader("Cache-Control", "public, max-age=300");
}

}  // namespace

void setSecurityHeaders(Exchange& ex) {
    ex.setHeader("Content-Security-Policy",
                 "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
                 "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    ex.setHeader("X-Content-Type-Options", "nosniff");
    ex.setHeader("X-Frame-Options", "DENY");
    ex.setHeader("Referrer-Policy", "same-origin");
    // Pages show a customer's cart and orders: never kept by a shared cache or the back button of another person.
    ex.setHeader("Cache-Control", "no-store");
}

void installWebShop(server::HttpApp& app, ecommerce::Shop& shop, WebShopOptions options) {
    std::make_shared<WebShop>(app, shop, std::move(options))->install(app);
}

}  // namespace magasin::webshop
