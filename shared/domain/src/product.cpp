#include "magasin/domain/product.hpp"

#include "magasin/domain/domain_error.hpp"
#include "magasin/domain/text.hpp"

#include <algorithm>

namespace magasin::domain {
namespace {

std::string checkedDescription(std::string_view text) {
    const std::string_view trimmed = trim(text);
    const std::size_t length = utf8Length(trimmed);
    if (length == std::string_view::npos || length > Product::kMaxDescriptionLength) {
        throw DomainError(ErrorCode::kInvalidValue, "product.description.length", "description",
                          "A description must be at most 2000 characters long");
    }
    return std::string(trimmed);
}

bool carries(const std::vector<Barcode>& barcodes, const Barcode& barcode) {
    return std::find(barcodes.begin(), barcodes.end(), barcode) != barcodes.end();
}

[[noreturn]] void duplicateBarcode(const Barcode& barcode) {
    throw DomainError(ErrorCode::kAlreadyExists, "product.barcode.duplicate", "barcodes",
                      "Barcode " + barcode.digits() + " is already on this product");
}

void checkNoDuplicateBarcodes(const std::vector<Barcode>& barcodes) {
    for (auto it = barcodes.begin(); it != barcodes.end(); ++it) {
        if (std::find(std::next(it), barcodes.end(), *it) != barcodes.end()) {
            duplicateBarcode(*it);
        }
    }
}

}  // namespace

Product Product::create(NewProduct draft, Timestamp now) {
    return restore(ProductState{.id = draft.id,
                                .name = std::move(draft.name),
                                .category = std::move(draft.category),
                                .price = draft.price,
                                .description = std::move(draft.description),
                                .sku = std::move(draft.sku),
                                .barcodes = std::move(draft.barcodes),
                                .taxable = draft.taxable,
                                .active = true,
                                .createdAt = now,
                                .modifiedAt = now,
                                .priceHistory = {}});
}

Product Product::restore(ProductState state) {
    state.description = checkedDescription(state.description);
    checkNoDuplicateBarcodes(state.barcodes);
    return Product(std::move(state));
}

ProductIdentity Product::identity() const {
    return ProductIdentity{.id = m_state.id,
                           .name = m_state.name,
                           .active = m_state.active,
                           .sku = m_state.sku,
                           .barcodes = m_state.barcodes};
}

void Product::rename(ProductName name, Timestamp now) {
    m_state.name = std::move(name);
    m_state.modifiedAt = now;
}

void Product::changePrice(Price newPrice, StaffId by, Timestamp now) {
    if (newPrice.cents() <= 0) {
        throw DomainError(ErrorCode::kInvalidValue, "product.price.positive", "price",
                          "A new price must be more than 0.00");
    }
    if (newPrice == m_state.price) {
        throw DomainError(ErrorCode::kInvalidValue, "product.price.unchanged", "price",
                          "The new price is the current price: enter a different price");
    }
    m_state.priceHistory.push_back(
        PriceChange{.changedBy = by, .at = now, .oldPrice = m_state.price, .newPrice = newPrice});
    m_state.price = newPrice;
    m_state.modifiedAt = now;
}

void Product::archive(Timestamp now) {
    if (!m_state.active) {
        throw DomainError(ErrorCode::kIllegalState, "product.archive.already_archived", "",
                          "This product is already archived");
    }
    m_state.active = false;
    m_state.modifiedAt = now;
}

void Product::unarchive(Timestamp now) {
    if (m_state.active) {
        throw DomainError(ErrorCode::kIllegalState, "product.unarchive.already_active", "",
                          "This product is already active");
    }
    m_state.active = true;
    m_state.modifiedAt = now;
}

void Product::addBarcode(Barcode barcode, Timestamp now) {
    if (carries(m_state.barcodes, barcode)) {
        duplicateBarcode(barcode);
    }
    m_state.barcodes.push_back(std::move(barcode));
    m_state.modifiedAt = now;
}

void Product::removeBarcode(const Barcode& barcode, Timestamp now) {
    const auto it = std::find(m_state.barcodes.begin(), m_state.barcodes.end(), barcode);
    if (it == m_state.barcodes.end()) {
        throw DomainError(ErrorCode::kNotFound, "product.barcode.not_found", "barcodes",
                          "Barcode " + barcode.digits() + " is not on this product");
    }
    m_state.barcodes.erase(it);
    m_state.modifiedAt = now;
}

void Product::changeCategory(CategoryName category, Timestamp now) {
    m_state.category = std::move(category);
    m_state.modifiedAt = now;
}

void Product::changeDescription(std::string_view description, Timestamp now) {
    m_state.description = checkedDescription(description);
    m_state.modifiedAt = now;
}

void Product::setTaxable(bool taxable, Timestamp now) {
    m_state.taxable = taxable;
    m_state.modifiedAt = now;
}

void checkProductUniqueness(const ProductIdentity& candidate, std::span<const ProductIdentity> others) {
    for (const auto& other : others) {
        if (other.id != candidate.id && candidate.active && other.active && candidate.name.sameAs(other.name)) {
            throw DomainError(ErrorCode::kAlreadyExists, "product.name.taken", "name",
                              "An active product is already named \"" + other.name.text() + "\"");
        }
    }
    for (const auto& other : others) {
        if (other.id != candidate.id && candidate.sku == other.sku) {
            throw DomainError(ErrorCode::kAlreadyExists, "product.sku.taken", "sku",
                              "SKU " + other.sku.code() + " is already used by another product");
        }
    }
    if (!candidate.active) {
        return;
    }
    for (const auto& other : others) {
        if (other.id == candidate.id || !other.active) {
            continue;
        }
        for (const auto& barcode : candidate.barcodes) {
            if (carries(other.barcodes, barcode)) {
                throw DomainError(
                    ErrorCode::kAlreadyExists, "product.barcode.taken", "barcodes",
                    "Barcode " + barcode.digits() + " is already on the active product \"" + other.name.text() + "\"");
            }
        }
    }
}

}  // namespace magasin::domain
