#include "contacts/ContactListModel.h"

#include "app/Session.h"
#include "util/DisplayNames.h"

#include <QLocale>

namespace ll::ui {

ContactListModel::ContactListModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void ContactListModel::loadOwners()
{
    m_ownerNames.clear();
    auto staff = m_session.org().staffList();
    if (!staff.ok())
        return; // owner names are a nicety; the id is shown instead
    for (const Staff& s : staff.value())
        m_ownerNames.insert(s.id, s.name);
}

void ContactListModel::setQuery(const ContactQuery& query)
{
    beginResetModel();
    m_query = query;
    m_query.offset = 0;
    m_rows.clear();
    m_atEnd = false;
    m_total = -1;
    loadOwners();
    endResetModel();
    // The first page at once, so a view that is not shown yet (or a test) still sees rows.
    fetchMore({});
    emit totalCountChanged(totalCount());
}

int ContactListModel::totalCount()
{
    if (m_total < 0) {
        ContactQuery q = m_query;
        q.limit = 0;
        q.offset = 0;
        auto n = m_session.contacts().count(q);
        m_total = n.ok() ? n.value() : 0;
    }
    return m_total;
}

int ContactListModel::rowOf(const QString& contactId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].contact.id == contactId)
            return i;
    return -1;
}

static QString tagText(Session& session, const QString& contactId)
{
    auto tags = session.tags().tagsOf(contactId);
    if (!tags.ok())
        return {};
    QStringList names;
    for (const Tag& t : tags.value())
        names << t.name;
    return names.join(QStringLiteral(", "));
}

void ContactListModel::refreshContact(const QString& contactId)
{
    const int row = rowOf(contactId);
    if (row < 0)
        return;
    auto c = m_session.contacts().get(contactId);
    if (!c.ok() || c->deleted || !c->mergedInto.isEmpty()) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        m_total = -1;
        emit totalCountChanged(totalCount());
        return;
    }
    m_rows[row].contact = c.value();
    m_rows[row].tags = tagText(m_session, contactId);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContactListModel::setPhonesRevealed(bool revealed)
{
    if (m_revealPhones == revealed)
        return;
    m_revealPhones = revealed;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Phone), index(m_rows.size() - 1, Phone));
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ContactListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactListModel::phoneText(const Contact& c) const
{
    if (c.phones.isEmpty())
        return {};
    const PhoneNumber& p = c.phones.first();
    QString text = m_revealPhones ? p.display() : p.masked();
    if (c.phones.size() > 1)
        text += QStringLiteral(" (+%1)").arg(c.phones.size() - 1);
    return text;
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const Contact& c = row.contact;
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return c.name;
    case Nickname:
        return c.nickname;
    case Phone:
        return phoneText(c);
    case StageCol:
        return DisplayNames::stage(c.stage);
    case Tags:
        return row.tags;
    case Owner:
        return m_ownerNames.value(c.ownerId, c.ownerId.left(8));
    case LastContacted:
        return c.lastContactedAt.isValid()
                   ? QLocale().toString(c.lastContactedAt.toLocalTime(), QLocale::ShortFormat)
                   : (role == Qt::ToolTipRole ? tr("Never contacted") : QString());
    case NextReminder:
        return {}; // reminders arrive with the reminder engine
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Nickname:
        return tr("WeChat nickname");
    case Phone:
        return tr("Phone");
    case StageCol:
        return tr("Stage");
    case Tags:
        return tr("Tags");
    case Owner:
        return tr("Owner", "guide who owns the customer");
    case LastContacted:
        return tr("Last contacted");
    case NextReminder:
        return tr("Next reminder");
    default:
        return {};
    }
}

bool ContactListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ContactListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    ContactQuery q = m_query;
    q.limit = m_pageSize;
    q.offset = m_rows.size();
    auto page = m_session.contacts().list(q);
    if (!page.ok()) {
        m_atEnd = true;
        emit errorOccurred(page.message());
        return;
    }
    const QList<Contact>& contacts = page.value();
    if (contacts.size() < m_pageSize)
        m_atEnd = true;
    if (contacts.isEmpty())
        return;
    beginInsertRows({}, m_rows.size(), m_rows.size() + contacts.size() - 1);
    for (const Contact& c : contacts)
        m_rows.append(Row{c, tagText(m_session, c.id)});
    endInsertRows();
}

void ContactListModel::sort(int column, Qt::SortOrder order)
{
    ContactQuery q = m_query;
    if (column == Name)
        q.sort = ContactQuery::Sort::NameAsc; // the store orders names one way only (pinyin order)
    else if (column == LastContacted)
        q.sort = order == Qt::AscendingOrder ? ContactQuery::Sort::LastContactedAsc
                                             : ContactQuery::Sort::LastContactedDesc;
    else
        return;
    if (q.sort != m_query.sort)
        setQuery(q);
}

} // namespace ll::ui
