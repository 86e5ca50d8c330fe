// The servers' own request-body decoders that run without a database: the catalogue's product create and update
// bodies and the sale a terminal, the back office or the web checkout submits to commandes. Each decodes or refuses
// with DomainError (a 4xx), never another exception.
#include "fuzz_input.hpp"
#include "magasin/catalogue/product_json.hpp"
#include "magasin/commandes/sale_json.hpp"
#include "magasin/server/http_error.hpp"
#include "magasin/server/json_body.hpp"

using namespace magasin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    nlohmann::json body;
    try {
        body = server::parseJsonBody(fuzz::textOf(data, size));
    } catch (const server::HttpError&) {
        return 0;
    }
    fuzz::expectRejection([&] { (void)catalogue::productDraftFromJson(body); });
    fuzz::expectRejection([&] { (void)catalogue::productChangesFromJson(body); });
    fuzz::expectRejection([&] {
        const auto submission =
            commandes::saleSubmissionFromJson(body, [](const domain::StaffId&) { return domain::Role::kManager; });
        if (submission.terminalTotals) {
            (void)commandes::terminalTotalsOf(*submission.terminalTotals, domain::TaxProfile::quebec());
        }
    });
    return 0;
}
