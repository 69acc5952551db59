#include "Table.h"

#include "Console.h"

#include <QList>

#include <unicode/uchar.h>

#include <algorithm>

namespace ll::cli {

namespace {

// East Asian Width from ICU's Unicode data rather than a hand-kept range table.
int charColumns(char32_t c)
{
    const auto category = u_charType(UChar32(c));
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR)
        return 0;
    const int width = u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH);
    return (width == U_EA_WIDE || width == U_EA_FULLWIDTH) ? 2 : 1;
}

QString pad(const QString& text, int columns)
{
    return text + QString(std::max(0, columns - Table::displayWidth(text)), QLatin1Char(' '));
}

} // namespace

Table::Table(QStringList headers)
    : m_headers(std::move(headers))
{}

void Table::addRow(QStringList cells)
{
    for (QString& cell : cells)
        cell = elide(forTerminal(cell).replace(QLatin1Char('\n'), QLatin1Char(' ')), MaxCellColumns);
    m_rows << cells;
}

int Table::displayWidth(const QString& text)
{
    int columns = 0;
    for (char32_t c : text.toUcs4())
        columns += charColumns(c);
    return columns;
}

QString Table::elide(const QString& text, int columns)
{
    if (displayWidth(text) <= columns)
        return text;
    QString cut;
    int used = 0;
    for (char32_t c : text.toUcs4()) {
        const int w = charColumns(c);
        if (used + w > columns - 1)
            break;
        cut += QString::fromUcs4(&c, 1);
        used += w;
    }
    return cut + QChar(0x2026);
}

QString Table::render() const
{
    QList<int> widths;
    for (const QString& header : m_headers)
        widths << displayWidth(header);
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            text += (i + 1 == widths.size()) ? cell : pad(cell, widths[i] + 2);
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(m_headers);
    for (const QStringList& row : m_rows)
        text += line(row);
    return text;
}

} // namespace ll::cli
