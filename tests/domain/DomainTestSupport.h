#pragma once

// Shared by the domain and search tests: a freshly created encrypted store in a temporary
// directory, and readers for the rows the tests make claims about.
#include "crypto/DataKey.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ll::test {

struct OutboxEntry
{
    qint64 mutationId = 0;
    QString entity;
    QString recordId;
    QString op;
    QJsonObject payload;
};

class TempStore
{
public:
    TempStore()
    {
        // A raw random key skips the Argon2id of a passphrase profile: the store is encrypted just the same.
        auto opened = Store::open(m_dir.path(), DataKey::generate(), true);
        if (!opened.ok())
            qFatal("cannot open test store: %s", qPrintable(opened.message()));
        m_store = std::move(opened.value());
    }

    Store& operator*() { return *m_store; }
    Store* operator->() { return m_store.get(); }
    Store& store() { return *m_store; }
    QString dir() const { return m_dir.path(); }
    void close() { m_store.reset(); }

    qint64 scalar(const char* sql)
    {
        Statement st(m_store->db(), sql);
        auto row = st.step();
        if (!row.ok())
            qFatal("%s: %s", sql, qPrintable(row.message()));
        return row.value() ? st.int64(0) : 0;
    }

    QString text(const char* sql, const QString& bind = {})
    {
        Statement st(m_store->db(), sql);
        if (!bind.isNull())
            st.bind(1, bind);
        auto row = st.step();
        if (!row.ok())
            qFatal("%s: %s", sql, qPrintable(row.message()));
        return row.value() ? st.text(0) : QString();
    }

    qint64 lastMutation() { return scalar("SELECT coalesce(max(mutation_id), 0) FROM outbox"); }

    QList<OutboxEntry> outboxAfter(qint64 mutationId)
    {
        Statement st(m_store->db(),
                     "SELECT mutation_id, entity, record_id, op, payload FROM outbox WHERE mutation_id > ? "
                     "ORDER BY mutation_id");
        st.bind(1, mutationId);
        QList<OutboxEntry> out;
        for (auto row = st.step(); row.ok() && row.value(); row = st.step())
            out << OutboxEntry{st.int64(0), st.text(1), st.text(2), st.text(3),
                               QJsonDocument::fromJson(st.text(4).toUtf8()).object()};
        return out;
    }

    // Row counts of every table an edit can touch, to prove a failed edit wrote nothing.
    QList<qint64> footprint()
    {
        QList<qint64> counts;
        for (const char* sql :
             {"SELECT count(*) FROM contact", "SELECT count(*) FROM contact_phone",
              "SELECT count(*) FROM contact_tag", "SELECT count(*) FROM followup",
              "SELECT count(*) FROM purchase", "SELECT count(*) FROM outbox",
              "SELECT count(*) FROM contact_fts", "SELECT count(*) FROM tag",
              "SELECT count(*) FROM tag_group", "SELECT count(*) FROM product",
              "SELECT total(length(clocks)) FROM contact", "SELECT total(updated_at) FROM contact",
              "SELECT count(*) FROM contact WHERE deleted = 1"})
            counts << scalar(sql);
        return counts;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

inline QStringList fieldNames(const OutboxEntry& e)
{
    return e.payload.value("fields").toObject().keys();
}

} // namespace ll::test
