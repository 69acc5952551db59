#include "importer/CsvWriter.h"

#include <QIODevice>

namespace ll {

CsvWriter::CsvWriter(QIODevice& device)
    : m_device(device)
{}

bool CsvWriter::writeBom()
{
    return m_device.write("\xEF\xBB\xBF", 3) == 3;
}

QString CsvWriter::neutraliseFormula(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar c = cell.at(0);
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
        c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::encodeCell(const QString& raw)
{
    const QString cell = neutraliseFormula(raw);
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                       cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                       cell.contains(QLatin1Char(';')) || cell.contains(QLatin1Char('\t'));
    if (!quote)
        return cell;
    QString escaped = cell;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        line += encodeCell(cells.at(i));
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = line.toUtf8();
    return m_device.write(bytes) == bytes.size();
}

} // namespace ll
