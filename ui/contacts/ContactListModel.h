#pragma once

#include "domain/Contact.h"
#include "domain/ContactQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace ll::ui {

class Session;

// The contact list as a lazily paged table over ContactRepository::list. Only the pages the view has
// scrolled to are loaded (canFetchMore/fetchMore asks for `pageSize` more at the current offset), so
// 200,000 contacts cost what the visible hundred cost.
//
// Threading: pages are read on the UI thread. The Database connection is single-threaded, each page is
// one indexed query with LIMIT/OFFSET over the search-token index (the ≤ 50 ms per keystroke budget over
// 200,000 contacts is bench/'s to measure); a worker thread would need every other repository call to hop
// to it too, and would force a second connection or a lock around the single writer. Argon2id unlocking, the
// one slow step, does run off the UI thread (see ProfileTask).
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Nickname,
        Phone,
        StageCol,
        Tags,
        Owner,
        LastContacted,
        NextReminder,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ContactListModel(Session& session, QObject* parent = nullptr);

    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    int pageSize() const { return m_pageSize; }

    // Replaces the filter; limit/offset of `query` are ignored (paging is the model's job).
    void setQuery(const ContactQuery& query);
    const ContactQuery& query() const { return m_query; }
    void reload() { setQuery(m_query); }

    // The number of contacts matching the query (one COUNT query, cached until the query changes).
    int totalCount();

    const Contact& contactAt(int row) const { return m_rows.at(row).contact; }
    int rowOf(const QString& contactId) const;
    // Re-reads one contact after an edit without resetting the view (keeps scroll and selection).
    void refreshContact(const QString& contactId);

    void setPhonesRevealed(bool revealed);
    bool phonesRevealed() const { return m_revealPhones; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static bool isSortable(int column) { return column == Name || column == LastContacted; }

signals:
    void errorOccurred(const QString& message);
    void totalCountChanged(int count);

private:
    struct Row
    {
        Contact contact;
        QString tags;
    };

    QString phoneText(const Contact& c) const;
    void loadOwners();

    Session& m_session;
    ContactQuery m_query;
    QList<Row> m_rows;
    QHash<QString, QString> m_ownerNames;
    int m_pageSize = 100;
    int m_total = -1;
    bool m_atEnd = false;
    bool m_revealPhones = false;
};

} // namespace ll::ui
