#include "magasin/ui/back_office_screen.hpp"
#include "magasin/ui/products_page.hpp"
#include "magasin/ui/replenishment_page.hpp"
#include "magasin/ui/reports_page.hpp"
#include "magasin/ui/sales_page.hpp"
#include "magasin/ui/stock_page.hpp"
#include "magasin/ui/sync_page.hpp"

namespace magasin::ui {

// One line per page, in the order managers find them in the list.
void addBackOfficePages(BackOfficeScreen& screen, BackOfficeClient& client) {
    screen.addPage(new ProductsPage(client));
    screen.addPage(new StockPage(client));
    screen.addPage(new ReplenishmentPage(client));
    screen.addPage(new SalesPage(client));
    screen.addPage(new ReportsPage(client));
    screen.addPage(new SyncPage(client, SyncPage::localTerminalOf(&screen)));
}

}  // namespace magasin::ui
