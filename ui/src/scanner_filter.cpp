#include "magasin/ui/scanner_filter.hpp"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace magasin::ui {

ScannerFilter::ScannerFilter(QObject* parent, Clock clock) : QObject(parent), m_clock(std::move(clock)) {
    m_timer.start();
}

qint64 ScannerFilter::now() const {
    return m_clock ? m_clock() : m_timer.elapsed();
}

void ScannerFilter::setEnabled(bool enabled) {
    m_enabled = enabled;
    reset();
}

void ScannerFilter::reset() {
    m_burst.clear();
    m_lastKeyMs = -1;
}

bool ScannerFilter::eventFilter(QObject* watched, QEvent* event) {
    // The application filter sees a key once per widget it travels through; only the focus widget's copy counts.
    if (!m_enabled || event->type() != QEvent::KeyPress || watched != QApplication::focusWidget()) {
        return QObject::eventFilter(watched, event);
    }

    auto* key = static_cast<QKeyEvent*>(event);
    const qint64 at = now();
    const bool fast = m_lastKeyMs >= 0 && at - m_lastKeyMs <= kMaxGapMs;
    const QString text = key->text();
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString burst = m_burst;
        const bool isScan = fast && burst.size() >= kMinLength && burst.size() <= kMaxLength;
        reset();
        if (!isScan) {
            return QObject::eventFilter(watched, event);
        }
        // The digits also reached the focused field; take them back so that a scan never leaves junk in a search
        // or a PIN field.
        if (auto* edit = qobject_cast<QLineEdit*>(watched); edit != nullptr && edit->text().endsWith(burst)) {
            edit->setText(edit->text().chopped(burst.size()));
        }
        // A dialog is open (payment, cancellation): the scan is swallowed; it must neither change the sale behind
        // the dialog nor land in one of its fields as an amount.
        if (QApplication::activeModalWidget() == nullptr) {
            Q_EMIT scanned(burst);
        }
        return true;
    }
    if (text.size() == 1 && text.at(0).isDigit()) {
        if (!fast) {
            m_burst.clear();
        }
        m_burst.append(text);
        m_lastKeyMs = at;
    } else {
        reset();
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace magasin::ui
