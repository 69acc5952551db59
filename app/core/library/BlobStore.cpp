#include "library/BlobStore.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ll {

namespace {

// Messages of this file, filed under ll::BlobStore for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::BlobStore)
};

Error tooLarge(const QString& what, qint64 size, qint64 maxBytes)
{
    return makeError(ErrorCode::InvalidInput,
                     Text::tr("%1 is %2; files of at most %3 can be added to the library.")
                         .arg(what, formatBytes(size), formatBytes(maxBytes)));
}

} // namespace

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return Text::tr("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return Text::tr("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return Text::tr("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

BlobStore::BlobStore(Database& db)
    : m_db(db)
{
}

Result<qint64> BlobStore::rowIdOf(const QString& sha256)
{
    Statement& st = m_db.cached("SELECT rowid FROM material_blob WHERE sha256 = ?");
    st.bind(1, sha256);
    auto row = st.step();
    if (!row.ok())
        return row.error();
    const qint64 id = row.value() ? st.int64(0) : 0;
    st.reset();
    return id;
}

bool BlobStore::contains(const QString& sha256)
{
    auto id = rowIdOf(sha256);
    return id.ok() && id.value() > 0;
}

Result<BlobRef> BlobStore::put(const QString& filePath, qint64 maxBytes)
{
    const QFileInfo info(filePath);
    if (!info.isFile())
        return makeError(ErrorCode::NotFound, Text::tr("No file at %1").arg(filePath));
    if (info.size() > maxBytes)
        return tooLarge(info.fileName(), info.size(), maxBytes);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Text::tr("Cannot read %1: %2").arg(filePath, file.errorString()));

    QCryptographicHash first(QCryptographicHash::Sha256);
    qint64 size = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(ChunkBytes);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            return makeError(ErrorCode::Io, Text::tr("Cannot read %1: %2").arg(filePath, file.errorString()));
        size += chunk.size();
        if (size > maxBytes)
            return tooLarge(info.fileName(), size, maxBytes);
        first.addData(chunk);
    }
    const QString sha = QString::fromLatin1(first.result().toHex());
    auto existing = rowIdOf(sha);
    if (!existing.ok())
        return existing.error();
    if (existing.value() > 0)
        return BlobRef{sha, size, false};

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 chunks = (size + ChunkBytes - 1) / ChunkBytes;
    Statement& head = m_db.cached("INSERT INTO material_blob (sha256, size, chunk_count, created_at) VALUES (?, ?, ?, ?)");
    head.bind(1, sha).bind(2, size).bind(3, chunks).bind(4, now);
    LL_TRY(head.exec());
    const qint64 blobRow = m_db.lastInsertRowId();
    if (!file.seek(0))
        return makeError(ErrorCode::Io, Text::tr("Cannot read %1: %2").arg(filePath, file.errorString()));
    QCryptographicHash second(QCryptographicHash::Sha256);
    qint64 seq = 0;
    qint64 written = 0;
    while (!file.atEnd() && written <= size) {
        const QByteArray chunk = file.read(ChunkBytes);
        if (chunk.isEmpty())
            break;
        second.addData(chunk);
        written += chunk.size();
        Statement& ins = m_db.cached("INSERT INTO material_chunk (blob_rowid, seq, data) VALUES (?, ?, ?)");
        ins.bind(1, blobRow).bind(2, seq++).bindBlob(3, chunk);
        LL_TRY(ins.exec());
    }
    // The caller's transaction rolls the half-written blob back.
    if (written != size || QString::fromLatin1(second.result().toHex()) != sha)
        return makeError(ErrorCode::Conflict,
                         Text::tr("%1 changed while it was being added; try again.").arg(info.fileName()));
    return BlobRef{sha, size, true};
}

Result<BlobRef> BlobStore::putBytes(const QByteArray& bytes, qint64 maxBytes)
{
    if (bytes.size() > maxBytes)
        return tooLarge(Text::tr("The content"), bytes.size(), maxBytes);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    auto existing = rowIdOf(sha);
    if (!existing.ok())
        return existing.error();
    if (existing.value() > 0)
        return BlobRef{sha, bytes.size(), false};
    const qint64 chunks = (bytes.size() + ChunkBytes - 1) / ChunkBytes;
    Statement& head = m_db.cached("INSERT INTO material_blob (sha256, size, chunk_count, created_at) VALUES (?, ?, ?, ?)");
    head.bind(1, sha).bind(2, qint64(bytes.size())).bind(3, chunks).bind(4, QDateTime::currentMSecsSinceEpoch());
    LL_TRY(head.exec());
    const qint64 blobRow = m_db.lastInsertRowId();
    for (qint64 seq = 0; seq < chunks; ++seq) {
        Statement& ins = m_db.cached("INSERT INTO material_chunk (blob_rowid, seq, data) VALUES (?, ?, ?)");
        ins.bind(1, blobRow).bind(2, seq).bindBlob(3, bytes.mid(seq * ChunkBytes, ChunkBytes));
        LL_TRY(ins.exec());
    }
    return BlobRef{sha, bytes.size(), true};
}

Status BlobStore::exportTo(const QString& sha256, const QString& targetPath)
{
    auto blobRow = rowIdOf(sha256);
    if (!blobRow.ok())
        return blobRow.error();
    if (blobRow.value() == 0)
        return makeError(ErrorCode::NotFound,
                         Text::tr("The file of this material is not on this device yet."));
    QSaveFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2").arg(targetPath, out.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Statement& st = m_db.cached("SELECT data FROM material_chunk WHERE blob_rowid = ? ORDER BY seq");
    st.bind(1, blobRow.value());
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        const QByteArray chunk = st.blob(0);
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size())
            return makeError(ErrorCode::Io,
                             Text::tr("Cannot write %1: %2").arg(targetPath, out.errorString()));
    }
    if (QString::fromLatin1(hash.result().toHex()) != sha256) {
        out.cancelWriting();
        return makeError(ErrorCode::Corrupt, Text::tr("The stored file is damaged; it was not exported."));
    }
    if (!out.commit())
        return makeError(ErrorCode::Io, Text::tr("Cannot write %1: %2").arg(targetPath, out.errorString()));
    return {};
}

Result<QByteArray> BlobStore::read(const QString& sha256, qint64 maxBytes)
{
    Statement& head = m_db.cached("SELECT rowid, size FROM material_blob WHERE sha256 = ?");
    head.bind(1, sha256);
    auto found = head.step();
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound,
                         Text::tr("The file of this material is not on this device yet."));
    const qint64 blobRow = head.int64(0);
    const qint64 size = head.int64(1);
    head.reset();
    if (size > maxBytes)
        return tooLarge(Text::tr("The file"), size, maxBytes);
    QByteArray bytes;
    bytes.reserve(size);
    Statement& st = m_db.cached("SELECT data FROM material_chunk WHERE blob_rowid = ? ORDER BY seq");
    st.bind(1, blobRow);
    while (true) {
        auto row = st.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        bytes += st.blob(0);
    }
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != sha256)
        return makeError(ErrorCode::Corrupt, Text::tr("The stored file is damaged."));
    return bytes;
}

Result<int> BlobStore::purgeUnreferenced()
{
    LL_TRY(m_db.exec("DELETE FROM material_blob WHERE sha256 NOT IN (SELECT blob_sha256 FROM material WHERE deleted = 0) "
                     "AND sha256 NOT IN (SELECT cover_sha256 FROM material WHERE deleted = 0)"));
    return m_db.changes();
}

Result<int> BlobStore::count()
{
    Statement& st = m_db.cached("SELECT count(*) FROM material_blob");
    auto row = st.step();
    if (!row.ok())
        return row.error();
    const int n = st.integer(0);
    st.reset();
    return n;
}

} // namespace ll
