#include "VCardDump.h"

#include "domain/ContactRepository.h"
#include "domain/TagRepository.h"
#include "importer/VCard.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>

namespace llbench {

ll::Result<int> dumpVCards(ll::Store& store, const QString& dir)
{
    if (!QDir().mkpath(dir))
        return ll::makeError(ll::ErrorCode::Io, QStringLiteral("cannot create %1").arg(dir));
    QStringList ids;
    {
        ll::Statement st(store.db(), "SELECT id FROM contact WHERE deleted = 0 ORDER BY rowid");
        for (;;) {
            auto row = st.step();
            if (!row.ok())
                return row.error();
            if (!row.value())
                break;
            ids.append(st.text(0));
        }
    }
    ll::ContactRepository contacts(store);
    ll::TagRepository tags(store);
    for (const QString& id : ids) {
        auto contact = contacts.get(id);
        if (!contact.ok())
            return contact.error();
        auto tagList = tags.tagsOf(id);
        if (!tagList.ok())
            return tagList.error();
        QStringList names;
        for (const ll::Tag& t : *tagList)
            names.append(t.name);
        QFile out(QDir(dir).filePath(id + QStringLiteral(".vcf")));
        if (!out.open(QIODevice::WriteOnly) || out.write(ll::vcard::fromContact(*contact, names)) < 0)
            return ll::makeError(ll::ErrorCode::Io, QStringLiteral("cannot write %1").arg(out.fileName()));
    }
    return int(ids.size());
}

} // namespace llbench
