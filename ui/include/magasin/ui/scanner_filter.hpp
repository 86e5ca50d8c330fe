// Recognises a keyboard-wedge barcode scanner anywhere in the app: a fast burst of digits ended by Enter, whatever
// widget has the focus. Usage: auto* f = new ScannerFilter(&app); app.installEventFilter(f);
//        connect(f, &ScannerFilter::scanned, pos, &PosScreen::onScanned);
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>

namespace magasin::ui {

class ScannerFilter : public QObject {
    Q_OBJECT

public:
    // A scanner types each key within a few milliseconds; a person takes 80 ms or more between keys.
    static constexpr qint64 kMaxGapMs = 35;
    static constexpr int kMinLength = 8;  // EAN-8 is the shortest code we sell
    static constexpr int kMaxLength = 14;

    using Clock = std::function<qint64()>;  // milliseconds, monotonic
    explicit ScannerFilter(QObject* parent = nullptr, Clock clock = {});

    // Only while enabled (the POS screen is showing and no dialog needs the digits).
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

Q_SIGNALS:
    // The digits of the burst, not yet validated (the receiver checks the check digit with domain::Barcode).
    void scanned(const QString& digits);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    qint64 now() const;
    void reset();

    Clock m_clock;
    QElapsedTimer m_timer;
    QString m_burst;
    qint64 m_lastKeyMs = -1;
    bool m_enabled = true;
};

}  // namespace magasin::ui
