#include "app/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ll::ui {

namespace {

const QString kSettingKey = QStringLiteral("ui/language");

QTranslator*& appTranslator()
{
    static QTranslator* t = nullptr;
    return t;
}

QTranslator*& qtTranslator()
{
    static QTranslator* t = nullptr;
    return t;
}

// Packages install the catalogues as files in share/liuliang/translations beside bin/, where a
// distribution can update them; the copies embedded under :/i18n serve a build tree.
bool loadCatalogue(QTranslator* translator, const QString& code)
{
    const QString file = QStringLiteral("liuliang_%1.qm").arg(code);
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/liuliang/translations");
    return translator->load(file, installed) || translator->load(QStringLiteral(":/i18n/") + file);
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Language::preference()
{
    const QString code = QSettings().value(kSettingKey).toString();
    return available().contains(code) ? code : QString();
}

void Language::setPreference(const QString& code)
{
    QSettings().setValue(kSettingKey, code);
}

QString Language::effective()
{
    const QString pref = preference();
    if (!pref.isEmpty())
        return pref;
    // zh_TW/zh_HK users read Simplified far better than English, and Simplified is all we ship.
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void Language::apply()
{
    auto* app = QCoreApplication::instance();
    for (QTranslator** t : {&appTranslator(), &qtTranslator()}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString code = effective();
    QLocale::setDefault(QLocale(code));
    auto* ours = new QTranslator(app);
    if (loadCatalogue(ours, code)) {
        QCoreApplication::installTranslator(ours);
        appTranslator() = ours;
    } else {
        delete ours;
    }
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
}

} // namespace ll::ui
