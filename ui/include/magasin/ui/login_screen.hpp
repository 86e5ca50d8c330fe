// Staff login: employee code, then PIN, then Enter. Shows the store and, in demo mode, the demo codes.
// Usage: LoginScreen s; connect(&s, &LoginScreen::loginRequested, ...); s.setError(tr("Wrong PIN."));
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace magasin::ui {

class LoginScreen : public QWidget {
    Q_OBJECT

public:
    explicit LoginScreen(QWidget* parent = nullptr);

    void setStore(const QString& storeName, bool demo);
    void setError(const QString& message);
    // Empties the fields and puts the cursor in the employee code.
    void reset();

Q_SIGNALS:
    void loginRequested(const QString& employeeCode, const QString& pin);

private:
    void submit();

    QLabel* m_store;
    QLabel* m_demoHint;
    QLineEdit* m_code;
    QLineEdit* m_pin;
    QPushButton* m_login;
    QLabel* m_error;
};

}  // namespace magasin::ui
