// Argon2id PIN verifiers (PHC strings, libargon2), the same format commandes publishes for offline login.
// Usage: bool ok = PinVerifier::verify(staff.pinVerifier, "1111"); auto v = PinVerifier::hash("1111");  // tests
#pragma once

#include <string>
#include <string_view>

namespace magasin::client {

class PinVerifier {
public:
    // False for a wrong PIN and for anything that is not an "$argon2id$" string.
    static bool verify(const std::string& encoded, std::string_view pin);
    // A new verifier with a random salt (the terminal never creates staff; tests and demo data do).
    static std::string hash(std::string_view pin, int memoryKiB = 19'456, int passes = 2);
};

}  // namespace magasin::client
