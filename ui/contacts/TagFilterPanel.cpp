#include "contacts/TagFilterPanel.h"

#include "app/Session.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ll::ui {

namespace {
constexpr int TagIdRole = Qt::UserRole + 1;
}

TagFilterPanel::TagFilterPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* title = new QLabel(tr("<b>Tags</b>"));
    m_all = new QRadioButton(tr("All", "match all checked tags (AND)"));
    m_all->setToolTip(tr("Contacts that have every checked tag (AND)"));
    m_any = new QRadioButton(tr("Any", "match any checked tag (OR)"));
    m_any->setToolTip(tr("Contacts that have at least one checked tag (OR)"));
    m_all->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_all);
    group->addButton(m_any);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool on) {
        if (on && !checkedTagIds().isEmpty())
            emit filterChanged();
    });

    m_tree = new QTreeWidget;
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setObjectName(QStringLiteral("tagTree"));
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int) {
        if (!item->data(0, TagIdRole).toString().isEmpty())
            emit filterChanged();
    });

    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(title);
    modeRow->addStretch();
    modeRow->addWidget(m_all);
    modeRow->addWidget(m_any);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modeRow);
    layout->addWidget(m_tree);
    refresh();
}

void TagFilterPanel::refresh()
{
    const QStringList checkedList = checkedTagIds();
    const QSet<QString> checked(checkedList.cbegin(), checkedList.cend());
    QSignalBlocker block(m_tree);
    m_tree->clear();
    auto tags = m_session.tags().tags(true);
    if (!tags.ok())
        return;
    QHash<QString, QTreeWidgetItem*> groups;
    for (const Tag& t : tags.value()) {
        QTreeWidgetItem*& group = groups[t.groupId];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {t.groupName});
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(group, {QStringLiteral("%1 (%2)").arg(t.name).arg(t.contactCount)});
        item->setData(0, TagIdRole, t.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(0, checked.contains(t.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_tree->expandAll();
}

QStringList TagFilterPanel::checkedTagIds() const
{
    QStringList ids;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->checkState(0) == Qt::Checked && !(*it)->data(0, TagIdRole).toString().isEmpty())
            ids << (*it)->data(0, TagIdRole).toString();
    return ids;
}

ContactQuery::TagMode TagFilterPanel::mode() const
{
    return m_any->isChecked() ? ContactQuery::TagMode::Any : ContactQuery::TagMode::All;
}

void TagFilterPanel::setSelection(const QStringList& tagIds, ContactQuery::TagMode mode)
{
    {
        QSignalBlocker block(m_tree);
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            const QString id = (*it)->data(0, TagIdRole).toString();
            if (!id.isEmpty())
                (*it)->setCheckState(0, tagIds.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
        QSignalBlocker b1(m_all), b2(m_any);
        (mode == ContactQuery::TagMode::Any ? m_any : m_all)->setChecked(true);
    }
    emit filterChanged();
}

} // namespace ll::ui
