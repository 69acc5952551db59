#pragma once

#include <QHash>
#include <QString>
#include <QTranslator>

namespace ll::ui {

// lupdate files a message under the class or namespace around its tr() call ("ll" for a free function,
// "ll::CsvReader" for a member), while the core's file-local tr() helpers ask QCoreApplication::translate for
// one context per file ("ll::LeadImporter"). Where the two differ the exact lookup misses and the user would
// read English; this translator answers such core lookups ("ll" and "ll::…" outside "ll::ui::") by source
// text, from the same catalogue the app ships (embedded as .ts). Installed first, so exact matches always
// win.
class CoreMessageTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    // Reads the finished translations of the core contexts from a .ts file; false if none could be read.
    bool loadTs(const QString& path);

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return m_bySource.isEmpty(); }

    static bool isCoreContext(const char* context);

private:
    QHash<QString, QString> m_bySource;
};

} // namespace ll::ui
