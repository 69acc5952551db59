#include "contacts/TagEditor.h"

#include "app/Session.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStringListModel>
#include <QVBoxLayout>

namespace ll::ui {

namespace {
constexpr int TagIdRole = Qt::UserRole + 1;
}

TagEditor::TagEditor(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("contactTags"));
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setSpacing(3);
    m_list->setMaximumHeight(64);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* del = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &TagEditor::removeSelected);

    m_input = new QLineEdit;
    m_input->setObjectName(QStringLiteral("tagInput"));
    m_input->setPlaceholderText(tr("Add a tag… (Enter)"));
    m_names = new QStringListModel(this);
    auto* completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        if (addTag(m_input->text()))
            m_input->clear();
    });
    auto* remove = new QPushButton(tr("Remove"));
    remove->setToolTip(tr("Remove the selected tags (Delete)"));
    connect(remove, &QPushButton::clicked, this, &TagEditor::removeSelected);

    auto* row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(row);
    setEnabled(false);
}

void TagEditor::setContact(const QString& contactId)
{
    m_contactId = contactId;
    setEnabled(!contactId.isEmpty());
    reload();
}

void TagEditor::reload()
{
    m_list->clear();
    QStringList names;
    if (auto all = m_session.tags().tags(false); all.ok())
        for (const Tag& t : all.value())
            names << t.name;
    names.removeDuplicates();
    m_names->setStringList(names);
    if (m_contactId.isEmpty())
        return;
    auto tags = m_session.tags().tagsOf(m_contactId);
    if (!tags.ok()) {
        emit errorOccurred(tags.message());
        return;
    }
    for (const Tag& t : tags.value()) {
        auto* item = new QListWidgetItem(t.name, m_list);
        item->setData(TagIdRole, t.id);
        item->setToolTip(t.groupName);
    }
}

bool TagEditor::addTag(const QString& text)
{
    const QString name = text.trimmed();
    if (name.isEmpty() || m_contactId.isEmpty())
        return false;
    auto tag = m_session.tags().resolve(name, true);
    if (!tag.ok()) {
        emit errorOccurred(tag.message());
        return false;
    }
    if (auto st = m_session.tags().tagContact(m_contactId, tag->id); !st.ok()) {
        emit errorOccurred(st.message());
        return false;
    }
    reload();
    emit tagsChanged(m_contactId);
    return true;
}

void TagEditor::removeSelected()
{
    const auto items = m_list->selectedItems();
    if (items.isEmpty() || m_contactId.isEmpty())
        return;
    for (QListWidgetItem* item : items) {
        if (auto st = m_session.tags().untagContact(m_contactId, item->data(TagIdRole).toString());
            !st.ok()) {
            emit errorOccurred(st.message());
            break;
        }
    }
    reload();
    emit tagsChanged(m_contactId);
}

} // namespace ll::ui
