// The shop's templates and strings: every string exists in both languages, every key a template or a rule asks for
// exists, every page renders into the layout, and what a person typed is escaped, never markup.
#include <QtTest>

#include <regex>
#include <set>

#include "magasin/webshop/page_renderer.hpp"
#include "magasin/webshop/translations.hpp"
#include "magasin/webshop/web_files.hpp"

using magasin::domain::Language;
using magasin::webshop::renderPage;
using magasin::webshop::renderTemplate;
using magasin::webshop::Translations;
using magasin::webshop::webFile;
using magasin::webshop::webFileNames;
using nlohmann::json;

namespace {

json commonData(Language lang) {
    return {{"t", Translations::strings(lang)},
            {"lang", lang == Language::kFrench ? "fr" : "en"},
            {"lang_href", "/shop?lang=en"},
            {"csrf", "TOKEN123"},
            {"title", "Titre"},
            {"customer", {{"first_name", "Jean"}}},
            {"cart_count", "3"},
            {"has_cart_items", true}};
}

}  // namespace

class PageRendererTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStringExistsInBothLanguages() {
        const auto& french = Translations::strings(Language::kFrench);
        const auto& english = Translations::strings(Language::kEnglish);
        QVERIFY(Translations::keys().size() > 100);
        for (const auto& key : Translations::keys()) {
            QVERIFY2(!french.at(key).get<std::string>().empty(), key.c_str());
            QVERIFY2(!english.at(key).get<std::string>().empty(), key.c_str());
            QVERIFY2(std::regex_match(key, std::regex("[a-z][a-zA-Z_]*")), key.c_str());
        }
        QCOMPARE(Translations::text("nav_cart", Language::kFrench), std::string("Panier"));
        QCOMPARE(Translations::text("nav_cart", Language::kEnglish), std::string("Cart"));
    }

    void everyKeyATemplateUsesExists() {
        const std::regex used(R"(\{\{[#^/]?t\.([a-zA-Z_]+)\}\})");
        int templates = 0;
        int references = 0;
        for (const auto& name : webFileNames()) {
            if (name.rfind("templates/", 0) != 0) {
                continue;
            }
            ++templates;
            const std::string text(*webFile(name));
            for (auto it = std::sregex_iterator(text.begin(), text.end(), used); it != std::sregex_iterator(); ++it) {
                ++references;
                const std::string key = (*it)[1].str();
                QVERIFY2(Translations::has(key), (name + " uses an unknown string " + key).c_str());
            }
        }
        QVERIFY(templates >= 11);
        QVERIFY(references > 80);
    }

    void everyRuleAFormCanBreakHasAMessage_data() {
        QTest::addColumn<QString>("rule");
        for (const char* rule : {"person_name.required",
                                 "person_name.length",
                                 "person_name.characters",
                                 "email.required",
                                 "email.length",
                                 "email.format",
                                 "customer.email.taken",
                                 "password.length",
                                 "password.common",
                                 "password.same_as_email",
                                 "address.street.length",
                                 "address.city.length",
                                 "address.province.length",
                                 "postal_code.format",
                                 "phone.format",
                                 "cart.quantity.min",
                                 "cart.quantity.max",
                                 "cart.product.inactive",
                                 "cart.product.unavailable",
                                 "checkout.cart.empty",
                                 "checkout.in_progress",
                                 "checkout.delivery_method.unknown"}) {
            QTest::newRow(rule) << QString::fromLatin1(rule);
        }
    }
    void everyRuleAFormCanBreakHasAMessage() {
        QFETCH(QString, rule);
        QVERIFY(Translations::errorKey(rule.toStdString()) != "err_generic");
    }

    void anUnknownRuleFallsBackToTheGenericMessage() {
        QCOMPARE(Translations::errorKey("no.such.rule"), std::string("err_generic"));
    }

    void everyPageRendersInsideTheLayout_data() {
        QTest::addColumn<QString>("page");
        for (const char* page :
             {"products", "product", "cart", "prices", "checkout", "order", "orders", "login", "register", "message"}) {
            QTest::newRow(page) << QString::fromLatin1(page);
        }
    }
    void everyPageRendersInsideTheLayout() {
        QFETCH(QString, page);
        for (const auto lang : {Language::kFrench, Language::kEnglish}) {
            const std::string html = renderPage(page.toStdString(), commonData(lang));
            QVERIFY(html.rfind("<!doctype html>", 0) == 0);
            QVERIFY(html.find(lang == Language::kFrench ? "lang=\"fr-CA\"" : "lang=\"en-CA\"") != std::string::npos);
            QVERIFY(html.find("</html>") != std::string::npos);
            // No inline script or style: the CSP forbids them, the page must not rely on them.
            QVERIFY(html.find("<script>") == std::string::npos);
            QVERIFY(html.find("style=") == std::string::npos);
            QVERIFY(html.find(" on") == std::string::npos || html.find("onclick") == std::string::npos);
        }
    }

    void everyPostedFormCarriesTheCsrfToken() {
        const std::regex form(R"(<form[^>]*method="post"[^>]*>([\s\S]*?)</form>)");
        int forms = 0;
        for (const auto& name : webFileNames()) {
            if (name.rfind("templates/", 0) != 0) {
                continue;
            }
            const std::string text(*webFile(name));
            for (auto it = std::sregex_iterator(text.begin(), text.end(), form); it != std::sregex_iterator(); ++it) {
                ++forms;
                QVERIFY2((*it)[1].str().find(R"(name="csrf" value="{{csrf}}")") != std::string::npos, name.c_str());
            }
        }
        QVERIFY(forms >= 9);  // logout, add to cart, accept prices (2), quantity, remove, checkout, login, register
    }

    void whatAPersonTypedIsEscaped() {
        json data = commonData(Language::kFrench);
        data["product"] = {{"name", "<script>alert('x')</script>"},
                           {"description", "\"><img src=x onerror=alert(1)>"},
                           {"id", "1"},
                           {"active", true}};
        const std::string html = renderPage("product", data);
        QVERIFY(html.find("<script>alert") == std::string::npos);
        QVERIFY(html.find("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;") != std::string::npos);
        QVERIFY(html.find("<img src=x") == std::string::npos);
    }

    void aBrokenTemplateIsReported() {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, renderTemplate("{{#open}} never closed", json::object()));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, renderPage("no_such_page", json::object()));
    }

    void sectionsTakeListsBooleansAndObjects() {
        const std::string out = renderTemplate(
            "{{#items}}[{{name}}]{{/items}}{{#flag}}yes{{/flag}}{{^none}}none{{/none}}{{#o}}{{k}}{{/o}}",
            {{"items", {{{"name", "a"}}, {{"name", "b"}}}}, {"flag", true}, {"none", nullptr}, {"o", {{"k", 7}}}});
        QCOMPARE(out, std::string("[a][b]yesnone7"));
    }
};

QTEST_GUILESS_MAIN(PageRendererTest)
#include "page_renderer_test.moc"
