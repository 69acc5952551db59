#include "app/CoreMessageTranslator.h"

#include <QFile>
#include <QXmlStreamReader>

#include <cstring>

namespace ll::ui {

bool CoreMessageTranslator::isCoreContext(const char* context)
{
    if (!context)
        return false;
    const bool core = std::strcmp(context, "ll") == 0 || std::strncmp(context, "ll::", 4) == 0;
    return core && std::strncmp(context, "ll::ui::", 8) != 0;
}

bool CoreMessageTranslator::loadTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    QByteArray context;
    QString source;
    QString translation;
    bool finished = false;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText().toUtf8();
            } else if (name == QLatin1String("message")) {
                source.clear();
                translation.clear();
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                finished = type.isEmpty();
                // Plural messages carry <numerusform> children; the core's helpers ask without a count.
                translation = numerus ? QString() : xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (finished && !numerus && !translation.isEmpty() && isCoreContext(context.constData()))
                m_bySource.insert(source, translation);
        }
    }
    return !xml.hasError() && !m_bySource.isEmpty();
}

QString CoreMessageTranslator::translate(const char* context, const char* sourceText, const char*,
                                         int n) const
{
    if (n >= 0 || !sourceText || !isCoreContext(context))
        return {};
    return m_bySource.value(QString::fromUtf8(sourceText));
}

} // namespace ll::ui
