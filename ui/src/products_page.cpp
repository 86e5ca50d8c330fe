#include "magasin/ui/products_page.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include "magasin/ui/json_table_model.hpp"
#include "magasin/ui/money_text.hpp"
#include "magasin/ui/product_tables.hpp"

namespace magasin::ui {

using nlohmann::json;

namespace {

constexpr int kPageSize = 100;

QTableView* tableFor(QAbstractItemModel* model, QWidget* parent, const QString& name) {
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

QString encoded(const QString& text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

std::vector<std::string> listOf(const QStringList& texts) {
    std::vector<std::string> list;
    for (const auto& text : texts) {
        list.push_back(text.toStdString());
    }
    return list;
}

}  // namespace

ProductsPage::ProductsPage(BackOfficeClient& client, QWidget* parent)
    : BackOfficePage(client, QStringLiteral("productsPage"), parent) {
    auto* split = new QSplitter(Qt::Horizontal, this);
    body()->addWidget(split, 1);

    // Left: the search and the list.
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Search by name, SKU or barcode"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(m_search, 1);
    m_archivedToo = new QCheckBox(tr("Archived too"), left);
    m_archivedToo->setObjectName(QStringLiteral("archivedToo"));
    m_archivedToo->setChecked(true);
    searchRow->addWidget(m_archivedToo);
    leftLayout->addLayout(searchRow);
    m_totals = new QLabel(left);
    m_totals->setObjectName(QStringLiteral("productTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    leftLayout->addWidget(m_totals);
    m_products = new JsonTableModel(productColumns(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_products);
    m_proxy->setSortRole(Qt::UserRole);
    m_view = tableFor(m_proxy, left, QStringLiteral("productsTable"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    leftLayout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        if (i.isValid()) {
            showProduct(m_products->rowAt(m_proxy->mapToSource(i).row()));
        }
    });

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);  // one request per pause in the typing
    connect(m_searchTimer, &QTimer::timeout, this, &ProductsPage::search);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ProductsPage::search);
    connect(m_archivedToo, &QCheckBox::toggled, this, &ProductsPage::search);

    // Right: the form, the price and its history, the status.
    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* formBox = new QGroupBox(right);
    auto* form = new QFormLayout(formBox);
    m_formTitle = new QLabel(formBox);
    m_formTitle->setTextFormat(Qt::PlainText);
    m_formTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    form->addRow(m_formTitle);
    auto line = [formBox](const QString& name) {
        auto* edit = new QLineEdit(formBox);
        edit->setObjectName(name);
        return edit;
    };
    m_name = line(QStringLiteral("productName"));
    form->addRow(tr("Name"), m_name);
    m_category = new QComboBox(formBox);
    m_category->setObjectName(QStringLiteral("productCategory"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->setToolTip(tr("Pick a category, or type a new name to create it when saving"));
    form->addRow(tr("Category"), m_category);
    m_price = line(QStringLiteral("productPrice"));
    m_price->setPlaceholderText(formatMoney(1299));
    form->addRow(tr("Price"), m_price);
    m_description = line(QStringLiteral("productDescription"));
    form->addRow(tr("Description"), m_description);
    m_sku = line(QStringLiteral("productSku"));
    form->addRow(tr("SKU"), m_sku);
    m_barcodes = line(QStringLiteral("productBarcodes"));
    m_barcodes->setPlaceholderText(tr("EAN-13 or UPC-A, separated by commas"));
    form->addRow(tr("Barcodes"), m_barcodes);
    m_taxable = new QCheckBox(tr("Taxable (GST and QST)"), formBox);
    m_taxable->setObjectName(QStringLiteral("productTaxable"));
    form->addRow(QString(), m_taxable);
    m_formError = new QLabel(formBox);
    m_formError->setObjectName(QStringLiteral("productFormError"));
    m_formError->setTextFormat(Qt::PlainText);
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(QStringLiteral("color: #a11d1d; font-weight: 600;"));
    m_formError->hide();
    form->addRow(m_formError);
    auto* formButtons = new QHBoxLayout;
    auto* newButton = new QPushButton(tr("New product (Ctrl+N)"), formBox);
    newButton->setObjectName(QStringLiteral("newProduct"));
    connect(newButton, &QPushButton::clicked, this, &ProductsPage::newProduct);
    m_save = new QPushButton(tr("Save (Ctrl+S)"), formBox);
    m_save->setObjectName(QStringLiteral("saveProduct"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ProductsPage::saveProduct);
    formButtons->addWidget(newButton);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    form->addRow(formButtons);
    rightLayout->addWidget(formBox);

    auto* priceBox = new QGroupBox(tr("Price and its history"), right);
    auto* priceLayout = new QVBoxLayout(priceBox);
    auto* priceRow = new QHBoxLayout;
    m_newPrice = new QLineEdit(priceBox);
    m_newPrice->setObjectName(QStringLiteral("newPrice"));
    m_newPrice->setPlaceholderText(tr("New price"));
    m_changePrice = new QPushButton(tr("Change the price"), priceBox);
    m_changePrice->setObjectName(QStringLiteral("changePrice"));
    connect(m_changePrice, &QPushButton::clicked, this, &ProductsPage::changePrice);
    connect(m_newPrice, &QLineEdit::returnPressed, this, &ProductsPage::changePrice);
    priceRow->addWidget(m_newPrice, 1);
    priceRow->addWidget(m_changePrice);
    priceLayout->addLayout(priceRow);
    m_history = new JsonTableModel(priceHistoryColumns(), this);
    auto* historyProxy = new QSortFilterProxyModel(this);
    historyProxy->setSourceModel(m_history);
    historyProxy->setSortRole(Qt::UserRole);
    auto* historyView = tableFor(historyProxy, priceBox, QStringLiteral("priceHistoryTable"));
    historyView->setSortingEnabled(true);
    historyView->sortByColumn(0, Qt::DescendingOrder);
    priceLayout->addWidget(historyView, 1);
    rightLayout->addWidget(priceBox, 1);

    auto* statusRow = new QHBoxLayout;
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("productStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_archive = new QPushButton(right);
    m_archive->setObjectName(QStringLiteral("archiveProduct"));
    connect(m_archive, &QPushButton::clicked, this, &ProductsPage::toggleArchived);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_archive);
    rightLayout->addLayout(statusRow);

    // The page's own keys, alive only while it is shown (the stock page has its Ctrl+S too).
    auto key = [this](QKeyCombination combination, QPushButton* button) {
        auto* shortcut = new QShortcut(QKeySequence(combination), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    };
    key(Qt::CTRL | Qt::Key_N, newButton);
    key(Qt::CTRL | Qt::Key_S, m_save);

    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    newProduct();
}

QString ProductsPage::title() const {
    return tr("Products");
}

QString ProductsPage::totalsText() const {
    return m_totals->text();
}

QString ProductsPage::formError() const {
    return m_formError->isHidden() ? QString() : m_formError->text();
}

void ProductsPage::reload() {
    fetch(Server::kCatalogue, QStringLiteral("/v1/categories"), [this](const json& answer) {
        const QString typed = m_category->currentText();
        m_category->clear();
        const json items = answer.is_object() ? answer.value("items", json::array()) : json::array();
        for (const auto& category : items) {
            m_category->addItem(JsonTableModel::field(category, "name"));
        }
        m_category->setCurrentText(typed);
    });
    search();
    if (!m_currentId.isEmpty()) {
        fetchHistory();
    }
}

void ProductsPage::search() {
    m_searchTimer->stop();
    const int generation = ++m_generation;
    m_exact = nullptr;
    const QString text = m_search->text().trimmed();
    QString path = QStringLiteral("/v1/products?page_size=%1&active=%2")
                       .arg(kPageSize)
                       .arg(m_archivedToo->isChecked() ? QStringLiteral("false") : QStringLiteral("true"));
    if (!text.isEmpty()) {
        path += QStringLiteral("&q=") + encoded(text);
    }
    fetch(Server::kCatalogue, path, [this, generation](const json& answer) {
        if (generation != m_generation) {
            return;
        }
        const QString keep = m_currentId;
        m_products->setRows(answer.is_object() ? answer.value("items", json::array()) : json::array());
        m_serverTotal = answer.is_object() ? answer.value("total", 0LL) : 0LL;
        m_rowsGeneration = generation;
        if (!m_exact.is_null()) {
            mergeExact(m_exact, generation);
        }
        showTotals();
        if (!keep.isEmpty()) {
            selectProduct(keep);
        }
    });
    // Words search names and descriptions; a barcode or a SKU is looked up exactly (absent: nothing to add).
    if (text.isEmpty() || text.contains(QLatin1Char(' '))) {
        return;
    }
    static const QRegularExpression digits(QStringLiteral("^\\d{8,14}$"));
    const QString lookup = digits.match(text).hasMatch() ? QStringLiteral("/v1/products/by-barcode/")
                                                         : QStringLiteral("/v1/products/by-sku/");
    client().get(Server::kCatalogue, lookup + encoded(text), this, [this, generation](const BackOfficeReply& reply) {
        if (!reply.ok || generation != m_generation) {
            return;
        }
        m_exact = reply.data;
        if (m_rowsGeneration == generation) {  // else merged when the word search answers
            mergeExact(reply.data, generation);
        }
    });
}

void ProductsPage::mergeExact(const json& product, int generation) {
    if (generation != m_generation || !product.is_object() ||
        m_products->findRow("id", product.value("id", std::string())) >= 0 ||
        (!m_archivedToo->isChecked() && !product.value("active", true))) {
        return;
    }
    json rows = m_products->rows();
    rows.insert(rows.begin(), product);
    m_products->setRows(rows);
    ++m_serverTotal;
    showTotals();
}

void ProductsPage::showTotals() {
    int archived = 0;
    for (const auto& product : m_products->rows()) {
        archived += product.value("active", true) ? 0 : 1;
    }
    const int shown = m_products->rowCount();
    QString text = tr("%1 products shown: %2 active, %3 archived").arg(shown).arg(shown - archived).arg(archived);
    if (m_serverTotal > shown) {
        text += QStringLiteral(" — ") + tr("%1 match in all; refine the search to see the others").arg(m_serverTotal);
    }
    if (shown == 0) {
        text = m_search->text().trimmed().isEmpty() ? tr("No product yet: fill in the form to add the first one.")
                                                    : tr("No product matches; try a shorter word, a SKU or a barcode.");
    }
    m_totals->setText(text);
}

bool ProductsPage::selectProduct(const QString& id) {
    const int row = m_products->findRow("id", id.toStdString());
    if (row < 0) {
        return false;
    }
    const QModelIndex target = m_proxy->mapFromSource(m_products->index(row, 0));
    if (m_view->currentIndex() == target) {
        showProduct(m_products->rowAt(row));
    } else {
        m_view->setCurrentIndex(target);  // currentRowChanged shows it
    }
    return true;
}

void ProductsPage::newProduct() {
    m_currentId.clear();
    m_current = json::object();
    m_view->setCurrentIndex(QModelIndex());
    showForm(json::object());
    m_history->setRows(json::array());
    m_name->setFocus();
}

void ProductsPage::showProduct(const json& product) {
    const QString id = JsonTableModel::field(product, "id");
    const bool other = id != m_currentId;
    m_currentId = id;
    m_current = product;
    if (other) {
        showForm(product);
        m_history->setRows(json::array());
    } else {
        // The same product read again: the status and the price follow; what the manager is typing stays.
        m_price->setText(formatMoney(product.value("price_cents", std::int64_t{0})));
        m_status->setText(tr("Status: %1").arg(productStatusText(product)));
        m_archive->setText(product.value("active", true) ? tr("Archive…") : tr("Unarchive…"));
    }
    fetchHistory();
}

void ProductsPage::showForm(const json& product) {
    const bool isNew = !product.contains("id");
    m_formTitle->setText(isNew ? tr("New product") : tr("Product %1").arg(JsonTableModel::field(product, "name")));
    m_name->setText(JsonTableModel::field(product, "name"));
    m_category->setCurrentText(JsonTableModel::field(product, "category"));
    m_price->setText(isNew ? QString() : formatMoney(product.value("price_cents", std::int64_t{0})));
    // The price of a product changes through "Change the price", which keeps its history.
    m_price->setEnabled(isNew);
    m_price->setToolTip(isNew ? QString() : tr("Change the price below: the change is kept in its history"));
    m_description->setText(JsonTableModel::field(product, "description"));
    m_sku->setText(JsonTableModel::field(product, "sku"));
    m_sku->setEnabled(isNew);  // the catalogue keeps a product's SKU
    QStringList codes;
    for (const auto& code : product.value("barcodes", json::array())) {
        codes << QString::fromStdString(code.get<std::string>());
    }
    m_barcodes->setText(codes.join(QStringLiteral(", ")));
    m_taxable->setChecked(product.value("taxable", true));
    m_formError->hide();
    m_newPrice->clear();
    m_newPrice->setEnabled(!isNew);
    m_changePrice->setEnabled(!isNew);
    m_archive->setVisible(!isNew);
    m_archive->setText(product.value("active", true) ? tr("Archive…") : tr("Unarchive…"));
    m_status->setText(isNew ? tr("Fill in the form, then Save.") : tr("Status: %1").arg(productStatusText(product)));
}

void ProductsPage::fetchHistory() {
    if (m_currentId.isEmpty()) {
        return;
    }
    const QString id = m_currentId;
    fetch(Server::kCatalogue, QStringLiteral("/v1/products/%1/price-history").arg(id), [this, id](const json& answer) {
        if (id == m_currentId) {
            m_history->setRows(answer.is_object() ? answer.value("items", json::array()) : json::array());
        }
    });
}

QStringList ProductsPage::typedBarcodes() const {
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return m_barcodes->text().split(separators, Qt::SkipEmptyParts);
}

void ProductsPage::formFailed(const BackOfficeReply& reply) {
    // Next to the form too, where the manager is looking.
    m_formError->setText(reply.error);
    m_formError->show();
}

void ProductsPage::saveProduct() {
    m_formError->hide();
    const QString category = m_category->currentText().trimmed();
    if (!category.isEmpty() && m_category->findText(category, Qt::MatchFixedString) < 0) {
        // A new category: the catalogue creates it, then the product goes under it.
        act(
            Server::kCatalogue, "POST", QStringLiteral("/v1/categories"), {{"name", category.toStdString()}},
            tr("Category %1 created.").arg(category),
            [this](const json& created) {
                m_category->addItem(JsonTableModel::field(created, "name"));
                sendProduct();
            },
            [this](const BackOfficeReply& reply) { formFailed(reply); });
        return;
    }
    sendProduct();
}

void ProductsPage::sendProduct() {
    const auto done = [this](const json& product) {
        m_currentId = JsonTableModel::field(product, "id");
        m_current = product;
        showForm(product);
        search();
    };
    const auto failed = [this](const BackOfficeReply& reply) { formFailed(reply); };
    const QString name = m_name->text().trimmed();
    if (m_currentId.isEmpty()) {
        const auto cents = parseMoney(m_price->text());
        if (!cents) {
            const QString error = tr("Type the price as an amount, like %1.").arg(formatMoney(1299));
            m_formError->setText(error);
            m_formError->show();
            showMessage(error, true);
            return;
        }
        const json draft = {{"name", name.toStdString()},
                            {"category", m_category->currentText().trimmed().toStdString()},
                            {"price_cents", *cents},
                            {"description", m_description->text().trimmed().toStdString()},
                            {"sku", m_sku->text().trimmed().toStdString()},
                            {"barcodes", listOf(typedBarcodes())},
                            {"taxable", m_taxable->isChecked()}};
        act(Server::kCatalogue, "POST", QStringLiteral("/v1/products"), draft,
            tr("%1 added to the catalogue.").arg(name), done, failed);
        return;
    }
    QStringList before;
    for (const auto& code : m_current.value("barcodes", json::array())) {
        before << QString::fromStdString(code.get<std::string>());
    }
    const QStringList after = typedBarcodes();
    QStringList added;
    QStringList removed;
    for (const auto& code : after) {
        if (!before.contains(code)) {
            added << code;
        }
    }
    for (const auto& code : before) {
        if (!after.contains(code)) {
            removed << code;
        }
    }
    const json changes = {{"name", name.toStdString()},
                          {"category", m_category->currentText().trimmed().toStdString()},
                          {"description", m_description->text().trimmed().toStdString()},
                          {"taxable", m_taxable->isChecked()},
                          {"add_barcodes", listOf(added)},
                          {"remove_barcodes", listOf(removed)}};
    act(Server::kCatalogue, "PATCH", QStringLiteral("/v1/products/%1").arg(m_currentId), changes,
        tr("%1 saved.").arg(name), done, failed);
}

void ProductsPage::changePrice() {
    if (m_currentId.isEmpty()) {
        return;
    }
    const auto cents = parseMoney(m_newPrice->text());
    if (!cents) {
        showMessage(tr("Type the new price as an amount, like %1.").arg(formatMoney(1299)), true);
        return;
    }
    const QString name = JsonTableModel::field(m_current, "name");
    act(Server::kCatalogue, "POST", QStringLiteral("/v1/products/%1/price").arg(m_currentId), {{"price_cents", *cents}},
        tr("The price of %1 is now %2.").arg(name, formatMoney(*cents)), [this](const json& product) {
            m_newPrice->clear();
            m_current = product;
            m_price->setText(formatMoney(product.value("price_cents", std::int64_t{0})));
            search();
            fetchHistory();
        });
}

void ProductsPage::toggleArchived() {
    if (m_currentId.isEmpty()) {
        return;
    }
    const bool archiving = m_current.value("active", true);
    const QString name = JsonTableModel::field(m_current, "name");
    QMessageBox confirm(
        QMessageBox::Question, archiving ? tr("Archive the product") : tr("Unarchive the product"),
        archiving ? tr("Archive %1? The tills stop selling it at their next sync; its history stays.").arg(name)
                  : tr("Put %1 back on sale? The tills sell it again at their next sync.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmArchive"));
    confirm.setTextFormat(Qt::PlainText);
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes) {
        return;
    }
    act(Server::kCatalogue, "POST",
        QStringLiteral("/v1/products/%1/%2")
            .arg(m_currentId, archiving ? QStringLiteral("archive") : QStringLiteral("unarchive")),
        nullptr, archiving ? tr("%1 archived.").arg(name) : tr("%1 is on sale again.").arg(name),
        [this](const json& product) {
            m_current = product;
            showForm(product);
            search();
        });
}

}  // namespace magasin::ui
