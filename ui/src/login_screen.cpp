#include "magasin/ui/login_screen.hpp"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include "magasin/ui/demo_data.hpp"

namespace magasin::ui {

LoginScreen::LoginScreen(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("loginScreen"));
    auto* outer = new QVBoxLayout(this);
    auto* panel = new QWidget(this);
    panel->setMaximumWidth(460);
    auto* layout = new QVBoxLayout(panel);

    auto* title = new QLabel(tr("Magasin \u2014 point of sale"), panel);
    QFont big = title->font();
    big.setPointSize(22);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);

    m_store = new QLabel(panel);
    m_store->setObjectName(QStringLiteral("loginStore"));
    // Names and messages come from the servers: shown as typed, never as markup (a name may hold "<b>").
    m_store->setTextFormat(Qt::PlainText);
    m_store->setAlignment(Qt::AlignCenter);
    QFont storeFont = m_store->font();
    storeFont.setPointSize(14);
    m_store->setFont(storeFont);

    m_demoHint = new QLabel(panel);
    m_demoHint->setObjectName(QStringLiteral("demoHint"));
    m_demoHint->setWordWrap(true);
    m_demoHint->setAlignment(Qt::AlignCenter);
    m_demoHint->setStyleSheet(QStringLiteral("background: #f4ecf7; border: 1px solid #8e44ad; padding: 8px;"));
    m_demoHint->setText(
        tr("Demo mode: cashier %1 / PIN %2, manager %3 / PIN %4")
            .arg(QString::fromLatin1(DemoData::kCashierCode), QString::fromLatin1(DemoData::kCashierPin),
                 QString::fromLatin1(DemoData::kManagerCode), QString::fromLatin1(DemoData::kManagerPin)));
    m_demoHint->hide();

    m_code = new QLineEdit(panel);
    m_code->setObjectName(QStringLiteral("employeeCode"));
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9A-Za-z]{1,16}")), m_code));
    m_pin = new QLineEdit(panel);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,12}")), m_pin));
    QFont fieldFont = m_code->font();
    fieldFont.setPointSize(16);
    m_code->setFont(fieldFont);
    m_pin->setFont(fieldFont);

    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Employee code"), m_code);
    form->addRow(tr("PIN"), m_pin);

    m_login = new QPushButton(tr("Log in  [Enter]"), panel);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setMinimumHeight(44);
    m_login->setFont(fieldFont);

    m_error = new QLabel(panel);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_error->setAlignment(Qt::AlignCenter);

    layout->addWidget(title);
    layout->addWidget(m_store);
    layout->addSpacing(12);
    layout->addWidget(m_demoHint);
    layout->addLayout(form);
    layout->addWidget(m_login);
    layout->addWidget(m_error);

    outer->addStretch(1);
    outer->addWidget(panel, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    // Enter in the code moves to the PIN; Enter in the PIN logs in.
    connect(m_code, &QLineEdit::returnPressed, m_pin, [this] { m_pin->setFocus(); });
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginScreen::submit);
    connect(m_login, &QPushButton::clicked, this, &LoginScreen::submit);
    setFocusProxy(m_code);
}

void LoginScreen::setStore(const QString& storeName, bool demo) {
    m_store->setText(storeName);
    m_demoHint->setVisible(demo);
}

void LoginScreen::setError(const QString& message) {
    m_error->setText(message);
    m_pin->clear();
    m_pin->setFocus();
}

void LoginScreen::reset() {
    m_code->clear();
    m_pin->clear();
    m_error->clear();
    m_code->setFocus();
}

void LoginScreen::submit() {
    if (m_code->text().trimmed().isEmpty()) {
        m_error->setText(tr("Type your employee code."));
        m_code->setFocus();
        return;
    }
    if (m_pin->text().isEmpty()) {
        m_error->setText(tr("Type your PIN."));
        m_pin->setFocus();
        return;
    }
    m_error->clear();
    Q_EMIT loginRequested(m_code->text().trimmed(), m_pin->text());
}

}  // namespace magasin::ui
