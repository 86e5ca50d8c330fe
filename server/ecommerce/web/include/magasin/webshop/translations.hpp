// Every string the web shop shows, in French and English, by key (letters and underscores, so that templates can
// say {{t.cart_title}}). Usage: auto t = Translations::strings(Language::kEnglish); Translations::text("cart", lang);
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "magasin/domain/language.hpp"

namespace magasin::webshop {

class Translations {
public:
    // {key: text} of every string in that language.
    static const nlohmann::json& strings(domain::Language language);
    // One string; the key itself when it is unknown (a test checks that no template or rule needs one that is).
    static std::string text(std::string_view key, domain::Language language);
    static bool has(std::string_view key);
    static std::vector<std::string> keys();
    // The message key of a broken domain rule: "email.format" -> "err_email_format"; "err_generic" when unknown.
    static std::string errorKey(std::string_view rule);
};

// "fr" / "en" (and the language of a cookie or ?lang value: "en*" is English, anything else French).
domain::Language parseLanguage(std::string_view text);
std::string_view languageCode(domain::Language language);

}  // namespace magasin::webshop
