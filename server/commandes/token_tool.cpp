// magasin-token: the deployment tool for access tokens. `magasin-token keypair` prints a new Ed25519 key pair;
// `magasin-token service NAME [DAYS]` mints a service token with MAGASIN_TOKEN_SECRET_KEY (default 365 days).
#include <cstdlib>
#include <iostream>
#include <string>

#include "magasin/server/token_keys.hpp"
#include "magasin/server/token_signer.hpp"

namespace {

int usage() {
    std::cerr << "usage: magasin-token keypair\n"
                 "       MAGASIN_TOKEN_SECRET_KEY=<base64> magasin-token service NAME [DAYS]\n"
                 "  keypair  prints MAGASIN_TOKEN_SECRET_KEY=... (commandes only, secret) and\n"
                 "           MAGASIN_TOKEN_PUBLIC_KEY=... (every server)\n"
                 "  service  prints a service token for server NAME (MAGASIN_SERVICE_TOKEN), valid DAYS days\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace magasin::server;
    const std::string command = argc > 1 ? argv[1] : "";
    if (command == "keypair" && argc == 2) {
        const KeyPair keys = generateKeyPair();
        std::cout << "MAGASIN_TOKEN_SECRET_KEY=" << encodeKey(keys.secretKey) << "\n"
                  << "MAGASIN_TOKEN_PUBLIC_KEY=" << encodeKey(keys.publicKey) << "\n";
        return 0;
    }
    if (command != "service" || argc < 3 || argc > 4) {
        return usage();
    }
    const char* secret = std::getenv("MAGASIN_TOKEN_SECRET_KEY");
    if (secret == nullptr || *secret == '\0') {
        std::cerr << "magasin-token: MAGASIN_TOKEN_SECRET_KEY is not set\n";
        return 2;
    }
    long days = 365;
    if (argc == 4) {
        char* end = nullptr;
        days = std::strtol(argv[3], &end, 10);
        if (end == argv[3] || *end != '\0' || days < 1 || days > 3650) {
            std::cerr << "magasin-token: DAYS must be a whole number from 1 to 3650\n";
            return 2;
        }
    }
    try {
        const TokenSigner signer(decodeSecretKey(secret), magasin::domain::systemClock());
        Claims claims;
        claims.subject = argv[2];
        claims.kind = TokenKind::kService;
        std::cout << signer.sign(claims, std::chrono::hours(24 * days)) << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "magasin-token: " << e.what() << "\n";
        return 2;
    }
}
