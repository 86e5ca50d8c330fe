// The demo catalogue (DOMAIN.md "Demo data"): the seed's five products with a SKU and a valid EAN-13 each.
// Usage: if (config.get("MAGASIN_DEMO_DATA") == "1") loadDemoData(catalogue);  // safe to run at every start
#pragma once

#include <vector>

#include "magasin/catalogue/product_catalogue.hpp"

namespace magasin::catalogue {

// The five products, ids 550e8400-e29b-41d4-a716-44665544000{1..5}.
std::vector<ProductDraft> demoProducts();

// Creates the demo products that do not exist yet, through the use case (so the change feed carries them). Three
// instances starting at once are fine: a product another one created first is skipped. Returns how many it created.
int loadDemoData(ProductCatalogue& catalogue);

}  // namespace magasin::catalogue
