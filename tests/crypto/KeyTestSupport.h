#pragma once

#include "crypto/KdfParams.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>

namespace ll::test {

// The minimum Argon2id cost: these tests are about the file logic, not the KDF strength.
inline KdfParams fastKdf()
{
    return KdfParams{1, 8u << 20};
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Every file in the directory with its contents: proves an operation wrote nothing at all.
inline QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    const QDir d(dir);
    for (const QString& name : d.entryList(QDir::Files | QDir::Hidden | QDir::System))
        files.insert(name, readAll(d.filePath(name)));
    return files;
}

} // namespace ll::test
