#include "crypto/KeyFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <sodium.h>

#include <fcntl.h>
#include <unistd.h>

namespace ll {

namespace {

constexpr auto KdfName = "argon2id13";
constexpr auto AeadName = "xchacha20poly1305-ietf";

Error corrupt(const QString& detail)
{
    return makeError(
        ErrorCode::Corrupt,
        QCoreApplication::translate("ll::KeyVault", "The key file is damaged (%1).").arg(detail));
}

std::optional<QByteArray> base64Field(const QJsonObject& o, const char* name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isString())
        return std::nullopt;
    auto decoded =
        QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<quint64> integerField(const QJsonObject& o, const char* name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    // Doubles hold integers exactly up to 2^53, far above any sane KDF parameter.
    if (d < 0 || d > 9007199254740992.0 || d != double(quint64(d)))
        return std::nullopt;
    return quint64(d);
}

Result<WrappedKey> parsePassphrase(const QJsonObject& o)
{
    if (o.value(QLatin1String("kdf")).toString() != QLatin1String(KdfName) ||
        o.value(QLatin1String("aead")).toString() != QLatin1String(AeadName))
        return corrupt(QStringLiteral("unknown algorithm"));
    const auto ops = integerField(o, "opsLimit");
    const auto mem = integerField(o, "memLimit");
    const auto salt = base64Field(o, "salt");
    const auto nonce = base64Field(o, "nonce");
    const auto ciphertext = base64Field(o, "ciphertext");
    if (!ops || !mem || !salt || !nonce || !ciphertext)
        return corrupt(QStringLiteral("passphrase section"));
    WrappedKey w{KdfParams{*ops, *mem}, *salt, *nonce, *ciphertext};
    if (!w.kdf.isWithinBounds())
        return corrupt(QStringLiteral("KDF parameters out of range"));
    if (w.salt.size() != crypto_pwhash_SALTBYTES ||
        w.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        size_t(w.ciphertext.size()) != DataKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return corrupt(QStringLiteral("field sizes"));
    return w;
}

Result<KeychainRef> parseKeychain(const QJsonObject& o)
{
    KeychainRef ref{o.value(QLatin1String("service")).toString(),
                    o.value(QLatin1String("account")).toString()};
    if (ref.service.isEmpty() || ref.account.isEmpty())
        return corrupt(QStringLiteral("keychain section"));
    return ref;
}

void syncDirectory(const QString& dir)
{
    // The rename is only durable once the directory entry is on disk; losing it after a crash would
    // lose the only wrapped copy of a freshly minted key.
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

QByteArray KeyFile::additionalData() const
{
    return QByteArrayLiteral("liuliang.key:") + QByteArray::number(Format) + ':' + keyId.toUtf8();
}

QByteArray KeyFile::toJson() const
{
    QJsonObject root;
    root.insert(QLatin1String("format"), Format);
    root.insert(QLatin1String("keyId"), keyId);
    root.insert(QLatin1String("check"), QString::fromLatin1(check.toBase64()));
    if (passphrase) {
        QJsonObject p;
        p.insert(QLatin1String("kdf"), QLatin1String(KdfName));
        p.insert(QLatin1String("opsLimit"), double(passphrase->kdf.opsLimit));
        p.insert(QLatin1String("memLimit"), double(passphrase->kdf.memLimit));
        p.insert(QLatin1String("salt"), QString::fromLatin1(passphrase->salt.toBase64()));
        p.insert(QLatin1String("aead"), QLatin1String(AeadName));
        p.insert(QLatin1String("nonce"), QString::fromLatin1(passphrase->nonce.toBase64()));
        p.insert(QLatin1String("ciphertext"), QString::fromLatin1(passphrase->ciphertext.toBase64()));
        root.insert(QLatin1String("passphrase"), p);
    }
    if (keychain) {
        QJsonObject k;
        k.insert(QLatin1String("service"), keychain->service);
        k.insert(QLatin1String("account"), keychain->account);
        root.insert(QLatin1String("keychain"), k);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeyFile> KeyFile::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(QStringLiteral("not JSON"));
    const QJsonObject root = doc.object();

    const QJsonValue format = root.value(QLatin1String("format"));
    if (!format.isDouble())
        return corrupt(QStringLiteral("no format"));
    if (format.toDouble() != Format)
        return corrupt(QStringLiteral("unsupported format %1").arg(format.toDouble()));

    KeyFile file;
    file.keyId = root.value(QLatin1String("keyId")).toString();
    if (QUuid::fromString(file.keyId).isNull())
        return corrupt(QStringLiteral("keyId"));
    const auto check = base64Field(root, "check");
    if (!check || check->size() != 32)
        return corrupt(QStringLiteral("check"));
    file.check = *check;

    if (root.contains(QLatin1String("passphrase"))) {
        auto p = parsePassphrase(root.value(QLatin1String("passphrase")).toObject());
        if (!p)
            return p.error();
        file.passphrase = std::move(p.value());
    }
    if (root.contains(QLatin1String("keychain"))) {
        auto k = parseKeychain(root.value(QLatin1String("keychain")).toObject());
        if (!k)
            return k.error();
        file.keychain = std::move(k.value());
    }
    if (!file.passphrase && !file.keychain)
        return corrupt(QStringLiteral("no protection"));
    return file;
}

Result<KeyFile> readKeyFile(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::NotInitialised,
                         QCoreApplication::translate("ll::KeyVault", "No key file at %1.").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ll::KeyVault", "Cannot read %1: %2").arg(path, f.errorString()));
    // A genuine key file is well under 1 KiB; refusing huge files keeps a hostile one from exhausting memory.
    if (f.size() > 64 * 1024)
        return corrupt(QStringLiteral("too large"));
    return KeyFile::fromJson(f.readAll());
}

Status writeKeyFile(const QString& path, const KeyFile& file)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ll::KeyVault", "Cannot write %1: %2").arg(path, out.errorString()));
    }
    const QByteArray json = file.toJson();
    if (out.write(json) != json.size() || !out.commit())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ll::KeyVault", "Cannot write %1: %2").arg(path, out.errorString()));
    syncDirectory(QFileInfo(path).absolutePath());
    return {};
}

Status shredFile(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return {};
    if (f.open(QIODevice::ReadWrite)) {
        QByteArray noise(f.size(), Qt::Uninitialized);
        randombytes_buf(noise.data(), size_t(noise.size()));
        f.write(noise);
        f.flush();
        ::fsync(f.handle());
        f.close();
    }
    if (!f.remove())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("ll::KeyVault", "Cannot delete %1: %2").arg(path, f.errorString()));
    syncDirectory(QFileInfo(path).absolutePath());
    return {};
}

} // namespace ll
