#include "magasin/ui/back_office_screen.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "magasin/ui/back_office_client.hpp"
#include "magasin/ui/back_office_page.hpp"

namespace magasin::ui {

BackOfficeScreen::BackOfficeScreen(BackOfficeClient& client, const QString& storeName, QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("backOffice"));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* who = new QLabel(
        tr("Back office · %1 · %2 (manager)").arg(storeName, QString::fromStdString(client.session().name)), this);
    who->setObjectName(QStringLiteral("backOfficeTitle"));
    who->setTextFormat(Qt::PlainText);
    who->setStyleSheet(QStringLiteral("font-size: 15px; color: #3a3a3a;"));
    header->addWidget(who, 1);
    auto* back = new QPushButton(tr("Back to the till (Esc)"), this);
    back->setObjectName(QStringLiteral("backToTill"));
    connect(back, &QPushButton::clicked, this, &BackOfficeScreen::closeRequested);
    header->addWidget(back);
    layout->addLayout(header);

    auto* split = new QHBoxLayout;
    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("backOfficeNav"));
    m_nav->setFixedWidth(210);
    m_nav->setStyleSheet(QStringLiteral("QListWidget { font-size: 15px; } QListWidget::item { padding: 10px 8px; }"));
    split->addWidget(m_nav);
    m_stack = new QStackedWidget(this);
    split->addWidget(m_stack, 1);
    layout->addLayout(split, 1);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &BackOfficeScreen::closeRequested);

    addBackOfficePages(*this, client);
    if (!m_pages.empty()) {
        m_nav->setCurrentRow(0);
    }
}

void BackOfficeScreen::addPage(BackOfficePage* page) {
    page->setParent(m_stack);
    m_pages.push_back(page);
    m_stack->addWidget(page);
    m_nav->addItem(page->title());
}

BackOfficePage* BackOfficeScreen::page(const QString& objectName) const {
    for (auto* p : m_pages) {
        if (p->objectName() == objectName) {
            return p;
        }
    }
    return nullptr;
}

BackOfficePage* BackOfficeScreen::currentPage() const {
    return qobject_cast<BackOfficePage*>(m_stack->currentWidget());
}

bool BackOfficeScreen::showPage(const QString& objectName) {
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->objectName() == objectName) {
            m_nav->setCurrentRow(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

}  // namespace magasin::ui
