// The UI's language: the saved choice ("fr", "en"), else the system locale (French unless it is English). Installs
// the app's and Qt's translators and the matching QLocale. Usage: Language lang(&app);
// lang.apply(Language::resolve(s));
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

namespace magasin::ui {

class Language : public QObject {
    Q_OBJECT

public:
    explicit Language(QObject* parent = nullptr);

    // "fr" or "en": `saved` when it is one of them, else from the system locale.
    static QString resolve(const QString& saved, const QLocale& system = QLocale::system());
    // Loads :/i18n/magasin_<code>.qm and Qt's own translations; Qt then sends LanguageChange to every widget.
    // Returns false when the app's translation is missing (English source text shows).
    bool apply(const QString& code);
    [[nodiscard]] const QString& current() const { return m_current; }

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_current;
};

}  // namespace magasin::ui
