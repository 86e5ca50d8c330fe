// First start: a manager enrols the terminal with the servers (gateway URL, API key, their code and PIN, a name for
// the terminal), or the app runs in demo mode. Usage: EnrolScreen s; connect(&s, &EnrolScreen::demoRequested, ...);
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace magasin::ui {

struct EnrolmentRequest {
    QString gatewayUrl;
    QString apiKey;
    QString managerCode;
    QString managerPin;
    QString deviceName;
};

class EnrolScreen : public QWidget {
    Q_OBJECT

public:
    explicit EnrolScreen(QWidget* parent = nullptr);

    // Fields given by the environment (./magasin run) are shown but not editable.
    void setGateway(const QString& url, const QString& apiKey, bool fixed);
    void setError(const QString& message);

Q_SIGNALS:
    void enrolRequested(const magasin::ui::EnrolmentRequest& request);
    void demoRequested();

private:
    void submit();

    QLineEdit* m_url;
    QLineEdit* m_key;
    QLineEdit* m_code;
    QLineEdit* m_pin;
    QLineEdit* m_name;
    QLabel* m_error;
};

}  // namespace magasin::ui
