#pragma once

#include "library/Actor.h"
#include "library/Material.h"
#include "util/Result.h"

#include <QList>

namespace ll {

class Store;

struct MaterialUse
{
    QString usageId;
    QString followUpId; // empty when used without a customer
};

// The material library (素材库): images, videos, links, mini-program cards, documents and posters, as
// synced records (entity "material"; uses are append-only "material_usage"). Files are stored encrypted
// inside the profile's SQLCipher store, content-addressed by the SHA-256 of their plaintext, so the same
// file added twice is stored once (see BlobStore for the design). Team materials are maintained by
// managers/admins; guides add personal ones.
class MaterialLibrary
{
public:
    static constexpr qint64 DefaultMaxFileBytes = 100LL * 1024 * 1024;

    MaterialLibrary(Store& store, Actor actor);

    qint64 maxFileBytes() const { return m_maxFileBytes; }
    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = bytes; }

    Result<Material> add(const MaterialInput& input, bool team);
    // Edits the description fields; the file of a material never changes (add a new material instead).
    Result<Material> update(const QString& id, const MaterialInput& patch);
    Status remove(const QString& id);
    Result<Material> get(const QString& id);
    Result<QList<Material>> list(const MaterialQuery& query = {});

    // Decrypts the material's file (or its cover) to a path the caller chose (save as / open / drag out).
    Status exportTo(const QString& id, const QString& targetPath, bool cover = false);
    // The file's bytes in memory, for previews of images; limited to maxBytes.
    Result<QByteArray> content(const QString& id, qint64 maxBytes = 20LL * 1024 * 1024, bool cover = false);
    // False when the material names a file this device does not hold yet (it arrived by sync; the file is
    // downloaded on first use).
    bool hasLocalFile(const Material& material);
    // Records one use. With a contact, also records a follow-up on the customer (kind "message", material
    // id); then run ReminderEngine::recomputeContact() so it answers the reminders it should.
    Result<MaterialUse> recordUse(const QString& id, const QString& action, const QString& contactId = {});

    // Stored file contents (after dedup), and removal of those no material refers to any more.
    Result<int> storedBlobCount();
    Result<int> purgeUnusedFiles();

private:
    Store& m_store;
    Actor m_actor;
    qint64 m_maxFileBytes = DefaultMaxFileBytes;
};

} // namespace ll
