#include "magasin/ui/enrol_screen.hpp"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSysInfo>
#include <QUrl>
#include <QVBoxLayout>

namespace magasin::ui {

EnrolScreen::EnrolScreen(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("enrolScreen"));
    auto* outer = new QVBoxLayout(this);
    auto* panel = new QWidget(this);
    panel->setMinimumWidth(560);
    panel->setMaximumWidth(640);
    auto* layout = new QVBoxLayout(panel);

    auto* title = new QLabel(tr("Set up this terminal"), panel);
    QFont big = title->font();
    big.setPointSize(20);
    big.setBold(true);
    title->setFont(big);
    auto* explain = new QLabel(tr("A manager enrols the terminal once with the store's servers. "
                                  "To try the app without servers, use demo mode."),
                               panel);
    explain->setWordWrap(true);

    m_url = new QLineEdit(panel);
    m_url->setObjectName(QStringLiteral("gatewayUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_key = new QLineEdit(panel);
    m_key->setObjectName(QStringLiteral("apiKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit(panel);
    m_code->setObjectName(QStringLiteral("managerCode"));
    m_pin = new QLineEdit(panel);
    m_pin->setObjectName(QStringLiteral("managerPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_name = new QLineEdit(QSysInfo::machineHostName(), panel);
    m_name->setObjectName(QStringLiteral("deviceName"));

    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Server (gateway) address"), m_url);
    form->addRow(tr("API key"), m_key);
    form->addRow(tr("Manager code"), m_code);
    form->addRow(tr("Manager PIN"), m_pin);
    form->addRow(tr("Terminal name"), m_name);

    auto* enrol = new QPushButton(tr("Enrol this terminal  [Enter]"), panel);
    enrol->setObjectName(QStringLiteral("enrolButton"));
    enrol->setMinimumHeight(40);
    auto* demo = new QPushButton(tr("Demo mode, no server  [F7]"), panel);
    demo->setObjectName(QStringLiteral("demoButton"));
    demo->setMinimumHeight(40);

    m_error = new QLabel(panel);
    m_error->setObjectName(QStringLiteral("enrolError"));
    m_error->setTextFormat(Qt::PlainText);  // a server's problem detail may quote what was typed
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));

    layout->addWidget(title);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(enrol);
    layout->addWidget(demo);
    layout->addWidget(m_error);
    outer->addStretch(1);
    outer->addWidget(panel, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(enrol, &QPushButton::clicked, this, &EnrolScreen::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, &EnrolScreen::submit);
    connect(m_name, &QLineEdit::returnPressed, this, &EnrolScreen::submit);
    connect(demo, &QPushButton::clicked, this, &EnrolScreen::demoRequested);
    auto* demoKey = new QShortcut(QKeySequence(Qt::Key_F7), this);
    connect(demoKey, &QShortcut::activated, this, &EnrolScreen::demoRequested);
    setFocusProxy(m_url);
}

void EnrolScreen::setGateway(const QString& url, const QString& apiKey, bool fixed) {
    m_url->setText(url);
    m_key->setText(apiKey);
    m_url->setReadOnly(fixed);
    m_key->setReadOnly(fixed);
    setFocusProxy(fixed ? m_code : m_url);
}

void EnrolScreen::setError(const QString& message) {
    m_error->setText(message);
}

void EnrolScreen::submit() {
    const QUrl url(m_url->text().trimmed());
    if (!url.isValid() || (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https"))) {
        m_error->setText(tr("Type the server's address, like http://127.0.0.1:8080."));
        m_url->setFocus();
        return;
    }
    if (m_code->text().trimmed().isEmpty() || m_pin->text().isEmpty()) {
        m_error->setText(tr("A manager types their code and PIN to enrol the terminal."));
        m_code->setFocus();
        return;
    }
    if (m_name->text().trimmed().isEmpty()) {
        m_error->setText(tr("Give the terminal a name (for example “Caisse 1”)."));
        m_name->setFocus();
        return;
    }
    m_error->clear();
    Q_EMIT enrolRequested(EnrolmentRequest{m_url->text().trimmed(), m_key->text().trimmed(), m_code->text().trimmed(),
                                           m_pin->text(), m_name->text().trimmed()});
}

}  // namespace magasin::ui
