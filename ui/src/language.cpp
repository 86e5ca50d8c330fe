#include "magasin/ui/language.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace magasin::ui {

Language::Language(QObject* parent) : QObject(parent) {}

QString Language::resolve(const QString& saved, const QLocale& system) {
    if (saved == QStringLiteral("fr") || saved == QStringLiteral("en")) {
        return saved;
    }
    // The chain's stores are in Québec: French unless the system asks for English.
    return system.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
}

bool Language::apply(const QString& code) {
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const QLocale locale(code == QStringLiteral("fr") ? QLocale::French : QLocale::English, QLocale::Canada);
    QLocale::setDefault(locale);
    m_current = code;
    const bool loaded = m_app.load(QStringLiteral(":/i18n/magasin_%1.qm").arg(code));
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
    }
    if (loaded) {
        QCoreApplication::installTranslator(&m_app);
    }
    return loaded;
}

}  // namespace magasin::ui
