// The managers' back office: a list of screens on the left (products, stock, replenishment, sales, reports, sync),
// the chosen one on the right, the store and the manager on top, and the way back to the till.
// Usage: BackOfficeScreen s(client, storeName); s.showPage("stockPage"); connect(&s,
// &BackOfficeScreen::closeRequested...)
#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QListWidget;
class QStackedWidget;

namespace magasin::ui {

class BackOfficeClient;
class BackOfficePage;

class BackOfficeScreen : public QWidget {
    Q_OBJECT

public:
    // Builds every page of addBackOfficePages(); `client` outlives the screen.
    BackOfficeScreen(BackOfficeClient& client, const QString& storeName, QWidget* parent = nullptr);

    void addPage(BackOfficePage* page);
    // nullptr when there is no page by that object name.
    [[nodiscard]] BackOfficePage* page(const QString& objectName) const;
    [[nodiscard]] BackOfficePage* currentPage() const;
    [[nodiscard]] const std::vector<BackOfficePage*>& pages() const { return m_pages; }
    // Shows the page (and selects it in the list); false when there is none by that name.
    bool showPage(const QString& objectName);

Q_SIGNALS:
    void closeRequested();

private:
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    std::vector<BackOfficePage*> m_pages;
};

// Every page of the back office, in the order of the list (back_office_pages.cpp).
void addBackOfficePages(BackOfficeScreen& screen, BackOfficeClient& client);

}  // namespace magasin::ui
