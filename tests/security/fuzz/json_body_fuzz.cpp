// Every JSON request body of every server goes through parseJsonBody and then JsonFields: whatever the bytes, the
// parser answers a value or 400, what it accepts nests no deeper than kMaxJsonDepth (so copying and dumping it are
// safe), and each typed accessor returns or refuses with DomainError naming a path.
#include "fuzz_input.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/json_body.hpp"
#include "magasin/sync/json_fields.hpp"

using namespace magasin;

namespace {

std::size_t depthOf(const nlohmann::json& j, std::size_t level = 0) {
    std::size_t deepest = level;
    if (j.is_structured()) {
        for (const auto& item : j) {
            const std::size_t d = depthOf(item, level + 1);
            deepest = d > deepest ? d : deepest;
        }
    }
    return deepest;
}

void readEveryWay(const sync::JsonFields& fields, int level) {
    for (const auto& [key, value] : fields.raw().items()) {
        fuzz::expectRejection([&, k = key] { (void)fields.string(k); });
        fuzz::expectRejection([&, k = key] { (void)fields.optionalString(k); });
        fuzz::expectRejection([&, k = key] { (void)fields.integer(k); });
        fuzz::expectRejection([&, k = key] { (void)fields.optionalInteger(k); });
        fuzz::expectRejection([&, k = key] { (void)fields.boolean(k); });
        fuzz::expectRejection([&, k = key] { (void)fields.optionalBoolean(k); });
        fuzz::expectRejection([&, k = key] { (void)fields.array(k); });
        fuzz::expectRejection([&, k = key] { (void)fields.value(k); });
        fuzz::expectRejection([&, k = key] { (void)fields.uuid(k); });
        fuzz::expectRejection([&, k = key] { (void)fields.timestamp(k); });
        if (level < 4) {
            fuzz::expectRejection([&, k = key] { readEveryWay(fields.object(k), level + 1); });
            fuzz::expectRejection([&, k = key] {
                for (const auto& item : fields.objects(k)) {
                    readEveryWay(item, level + 1);
                }
            });
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::textOf(data, size);
    nlohmann::json j;
    try {
        j = server::parseJsonBody(text);
    } catch (const server::HttpError& e) {
        fuzz::require(e.problem().status == 400, "an unreadable body answers 400");
        return 0;
    }
    fuzz::require(depthOf(j) <= server::kMaxJsonDepth, "accepted bodies nest at most kMaxJsonDepth");
    fuzz::require(depthOf(j) <= server::jsonNestingDepth(text), "the pre-scan never underestimates the depth");
    const nlohmann::json copy = j;
    fuzz::require(nlohmann::json::parse(copy.dump()) == j, "dump and parse again");
    return fuzz::expectRejection([&] { readEveryWay(sync::JsonFields(j), 0); });
}
