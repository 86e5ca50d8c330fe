#include "magasin/domain/sku.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/text.hpp"

namespace magasin::domain {
namespace {

bool isSkuCode(std::string_view code) {
    if (code.size() != 7) {
        return false;
    }
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        const bool ok = i < 3 ? (c >= 'A' && c <= 'Z') : (c >= '0' && c <= '9');
        if (!ok) {
            return false;
        }
    }
    return true;
}

}  // namespace

Sku Sku::parse(std::string_view text, std::string_view field) {
    std::string code = toUpperAscii(trim(text));
    if (!isSkuCode(code)) {
        throw DomainError(ErrorCode::kInvalidValue, "product.sku.format", std::string(field),
                          "A SKU must be three letters followed by four digits, such as CLA0001");
    }
    return Sku(std::move(code));
}

}  // namespace magasin::domain
