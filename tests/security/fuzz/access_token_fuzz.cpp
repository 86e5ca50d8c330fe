// What an attacker controls before anything else: the bearer token. The verifier refuses every malformed or forged
// token with 401 (HttpError), never another exception; the claims reader refuses bad claims with DomainError.
#include "fuzz_input.hpp"
#include "magasin/server/access_token.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/json_body.hpp"
#include "magasin/server/token_keys.hpp"
#include "magasin/server/token_verifier.hpp"

using namespace magasin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const server::TokenVerifier verifier(server::generateKeyPair().publicKey, domain::systemClock());
    const std::string_view text = fuzz::textOf(data, size);
    fuzz::expectRejection([&] {
        try {
            (void)verifier.verify(text);
            fuzz::require(false, "a token signed by no one was accepted");
        } catch (const server::HttpError& e) {
            fuzz::require(e.problem().status == 401, "a refused token answers 401");
        }
    });
    fuzz::expectRejection([&] {
        try {
            (void)server::decodePublicKey(text);
        } catch (const std::invalid_argument&) {
            // documented: a key file that is not base64 of 32 bytes
        }
    });
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_discarded() && server::jsonNestingDepth(text) <= server::kMaxJsonDepth) {
        fuzz::expectRejection([&] {
            const server::Claims claims = server::claimsFromJson(j);
            fuzz::require(server::claimsFromJson(server::claimsToJson(claims)) == claims, "claims round trip");
        });
    }
    return 0;
}
