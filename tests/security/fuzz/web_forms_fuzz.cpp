// What browser-facing routes read before any rule: form bodies, cookies, percent-escapes. Never an exception, and
// encoding then decoding gives the text back.
#include <string>

#include "fuzz_input.hpp"
#include "magasin/server/web_forms.hpp"

using namespace magasin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::textOf(data, size);
    return fuzz::expectRejection([&] {
        const server::FormFields form = server::parseForm(text);
        const server::FormFields cookies = server::parseCookies(text);
        fuzz::require(form.size() <= text.size() + 1 && cookies.size() <= text.size() + 1, "fields come from bytes");
        fuzz::require(server::formDecode(server::urlEncode(text)) == text, "formDecode(urlEncode(x)) == x");
        const std::string encoded = server::urlEncode(text);
        fuzz::require(encoded.find_first_of("&=+ ;\"<>") == std::string::npos, "urlEncode leaves no separator");
    });
}
