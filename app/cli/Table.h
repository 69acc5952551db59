#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ll::cli {

// A plain-text table aligned by terminal columns: a Chinese character takes two columns, a combining
// mark none, so names like 张三 line up with Latin ones.
class Table
{
public:
    explicit Table(QStringList headers);
    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString render() const;

    static int displayWidth(const QString& text);
    // Cuts to at most `columns` terminal columns, ending with "…" when cut.
    static QString elide(const QString& text, int columns);

    static constexpr int MaxCellColumns = 40;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace ll::cli
