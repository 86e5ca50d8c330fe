#include "magasin/ui/back_office_page.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStringList>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "magasin/ui/sync_status_bar.hpp"

namespace magasin::ui {
namespace {

QString serverTitle(Server server) {
    switch (server) {
        case Server::kCatalogue: return BackOfficePage::tr("The catalogue server");
        case Server::kInventaire: return BackOfficePage::tr("The inventory server");
        case Server::kCommandes: return BackOfficePage::tr("The sales server");
        case Server::kSupplyChain: return BackOfficePage::tr("The replenishment server");
    }
    return {};
}

}  // namespace

BackOfficePage::BackOfficePage(BackOfficeClient& client, const QString& objectName, QWidget* parent)
    : QWidget(parent), m_client(client) {
    setObjectName(objectName);
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600;"));
    header->addWidget(m_title, 1);
    auto* refresh = new QPushButton(tr("Refresh (F5)"), this);
    refresh->setObjectName(QStringLiteral("refresh"));
    connect(refresh, &QPushButton::clicked, this, [this] { reload(); });
    header->addWidget(refresh);
    layout->addLayout(header);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("outageBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral(
        "background: #fff4e5; color: #7a4100; border: 1px solid #f0b35a; border-radius: 4px; padding: 6px;"));
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);  // the page's content takes the room
    m_banner->hide();
    layout->addWidget(m_banner);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("actionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_message->hide();
    layout->addWidget(m_message);

    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);

    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, [this] { reload(); });

    // The ages in the banner grow while the page stays open.
    auto* ticker = new QTimer(this);
    ticker->setInterval(30'000);
    connect(ticker, &QTimer::timeout, this, &BackOfficePage::updateBanner);
    ticker->start();
}

QString BackOfficePage::outageText() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString BackOfficePage::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

QString BackOfficePage::age(const QDateTime& then, const QDateTime& now) {
    const qint64 seconds = std::max<qint64>(0, then.secsTo(now));
    // The status bar's wording ("3 min", "2 h"), told as a time past.
    return seconds < 60 ? SyncStatusBar::age(seconds) : tr("%1 ago").arg(SyncStatusBar::age(seconds));
}

QString BackOfficePage::localTime(const std::string& iso) {
    const QString text = QString::fromStdString(iso);
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        return text;
    }
    return QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

void BackOfficePage::fetch(Server server, const QString& pathAndQuery,
                           std::function<void(const nlohmann::json&)> show) {
    ++m_busy;
    m_client.get(server, pathAndQuery, this, [this, server, show = std::move(show)](const BackOfficeReply& reply) {
        --m_busy;
        auto& source = m_sources[server];
        if (reply.ok || !reply.unavailable()) {
            source.available = true;
        } else {
            source.available = false;
        }
        if (reply.hasData()) {
            source.dataAt = reply.fetchedAt;
        }
        if (!reply.ok && !reply.unavailable()) {
            // Refused (e.g. 403, 400): not an outage; the manager reads why.
            showMessage(reply.error, true);
        } else if (!reply.ok && reply.code == QStringLiteral("offline_session")) {
            showMessage(reply.error, true);
        }
        updateBanner();
        if (reply.hasData()) {
            show(reply.data);
        }
    });
}

void BackOfficePage::act(Server server, const QByteArray& method, const QString& pathAndQuery,
                         const nlohmann::json& body, const QString& success,
                         std::function<void(const nlohmann::json&)> done,
                         std::function<void(const BackOfficeReply&)> failed) {
    ++m_busy;
    m_client.send(
        server, method, pathAndQuery, body, this,
        [this, server, success, done = std::move(done), failed = std::move(failed)](const BackOfficeReply& reply) {
            --m_busy;
            if (reply.ok) {
                m_sources[server].available = true;
                showMessage(success, false);
                if (done) {
                    done(reply.data);
                }
            } else {
                if (reply.unavailable()) {
                    m_sources[server].available = false;
                    showMessage(tr("%1 does not answer; nothing was changed. Try again in a moment. (%2)")
                                    .arg(serverTitle(server), reply.error),
                                true);
                } else {
                    showMessage(reply.error, true);
                }
                if (failed) {
                    failed(reply);
                }
            }
            updateBanner();
        });
}

void BackOfficePage::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #a11d1d; font-weight: 600;")
                                   : QStringLiteral("color: #1d6b2f; font-weight: 600;"));
    m_message->setVisible(!text.isEmpty());
}

void BackOfficePage::showEvent(QShowEvent* event) {
    m_title->setText(title());
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        reload();
    }
}

void BackOfficePage::updateBanner() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList lines;
    for (const auto& [server, source] : m_sources) {
        if (source.available) {
            continue;
        }
        if (source.dataAt.isValid()) {
            lines << tr("%1 does not answer: the data shown dates from %2 (%3).")
                         .arg(serverTitle(server),
                              QLocale().toString(source.dataAt.toLocalTime(), QStringLiteral("HH:mm")),
                              age(source.dataAt, now));
        } else {
            lines << tr("%1 does not answer: nothing to show yet.").arg(serverTitle(server));
        }
    }
    m_banner->setText(lines.join(QLatin1Char('\n')));
    m_banner->setVisible(!lines.isEmpty());
}

}  // namespace magasin::ui
