// Internal: libsodium set-up and base64 helpers shared by the token sources. Not installed, not public.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace magasin::server::detail {

enum class Base64 { kStandard, kUrlNoPadding };

// Runs sodium_init exactly once, whichever thread asks first; throws std::runtime_error if it fails.
void ensureSodium();

std::string toBase64(std::span<const std::uint8_t> bytes, Base64 variant);
// nullopt unless `text` is entirely valid in `variant` (no stray characters, padding only where required).
std::optional<std::vector<std::uint8_t>> fromBase64(std::string_view text, Base64 variant);

}  // namespace magasin::server::detail
