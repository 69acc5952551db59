#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace ll::ui {

// Chooses and installs the UI language. The choice is a preference, so it lives in QSettings;
// "" means "follow the system": Simplified Chinese on a Chinese locale, English otherwise.
class Language
{
public:
    static QStringList available(); // "zh_CN", "en"
    static QString preference();    // "" = system
    static void setPreference(const QString& code);
    static QString effective(); // the code actually in use for the current preference
    // Replaces the installed translators (ours and Qt's own dialogs'); safe to call again.
    static void apply();
};

} // namespace ll::ui
