// The sync protocol's decoders on arbitrary JSON (what a terminal pushes, what a server answers): each one either
// decodes or refuses with DomainError, and whatever decodes survives its own encoder unchanged.
#include "fuzz_input.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/json_body.hpp"
#include "magasin/sync/problem.hpp"
#include "magasin/sync/wire.hpp"

using namespace magasin;

namespace {

template <typename T, typename Decode>
void roundTrip(const nlohmann::json& j, Decode decode) {
    fuzz::expectRejection([&] {
        const T value = decode(j);
        fuzz::require(decode(sync::toJson(value)) == value, "decode(encode(x)) == x");
    });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    nlohmann::json j;
    try {
        j = server::parseJsonBody(fuzz::textOf(data, size));
    } catch (const server::HttpError&) {
        return 0;  // not JSON, or nested deeper than any server accepts
    }
    roundTrip<sync::Command>(j, [](const nlohmann::json& v) { return sync::commandFromJson(v); });
    roundTrip<sync::CommandOutcome>(j, [](const nlohmann::json& v) { return sync::outcomeFromJson(v); });
    roundTrip<sync::PushRequest>(j, [](const nlohmann::json& v) { return sync::pushRequestFromJson(v); });
    roundTrip<sync::PushResponse>(j, [](const nlohmann::json& v) { return sync::pushResponseFromJson(v); });
    roundTrip<sync::Change>(j, [](const nlohmann::json& v) { return sync::changeFromJson(v); });
    roundTrip<sync::ChangePage>(j, [](const nlohmann::json& v) { return sync::changePageFromJson(v); });
    // A problem body from a server is read leniently: never an exception, whatever the shape.
    fuzz::expectRejection([&] {
        try {
            (void)j.get<sync::Problem>();
        } catch (const nlohmann::json::exception& e) {
            fuzz::require(false, e.what());
        }
    });
    return 0;
}
