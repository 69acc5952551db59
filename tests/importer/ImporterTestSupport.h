#pragma once

// Helpers shared by the importer tests: writing fixture files in any encoding and line-end style.
#include "importer/TextDecoding.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QVariant>

#include <functional>

namespace ll::test {

// Writes `text` (LF line ends in the source) to `path` in `encoding`, with CRLF line ends when asked and
// an optional UTF-8 BOM. Fails the test (qFatal) when the file cannot be written.
inline QString writeFixture(const QString& path, QString text,
                            const QString& encoding = QStringLiteral("UTF-8"), bool crlf = false,
                            bool bom = false)
{
    if (crlf)
        text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    auto bytes = encodeText(text, encoding);
    if (!bytes.ok())
        qFatal("cannot encode fixture: %s", qPrintable(bytes.message()));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    if (bom)
        f.write("\xEF\xBB\xBF");
    f.write(bytes.value());
    return path;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The rows `sql` gives for one bound key, each row's cells joined by '|', each cell passed through `cell`
// first when given (say, to blank clock values that differ between two otherwise equal writes).
inline QStringList queryRows(Store& store, const char* sql, const QVariant& key,
                             const std::function<QString(const QString&)>& cell = {})
{
    Statement st(store.db(), sql);
    st.bind(1, key);
    QStringList out;
    while (st.step().value()) {
        QStringList row;
        for (int i = 0; i < st.columnCount(); ++i)
            row << (cell ? cell(st.text(i)) : st.text(i));
        out << row.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace ll::test
