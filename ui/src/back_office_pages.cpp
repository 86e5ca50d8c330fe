#include "magasin/ui/back_office_screen.hpp"
#include "magasin/ui/sync_page.hpp"

namespace magasin::ui {

// One line per page, in the order managers find them in the list.
void addBackOfficePages(BackOfficeScreen& screen, BackOfficeClient& client) {
    screen.addPage(new SyncPage(client, SyncPage::localTerminalOf(&screen)));
}

}  // namespace magasin::ui
