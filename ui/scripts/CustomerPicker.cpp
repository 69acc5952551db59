#include "scripts/CustomerPicker.h"

#include "app/Session.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>

namespace ll::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
constexpr int MaxResults = 20;
} // namespace

CustomerPicker::CustomerPicker(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("customerPicker"));
    m_edit->setPlaceholderText(tr("Customer: type a name or phone…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("The customer whose details fill the placeholders; each use is recorded as a "
                          "follow-up on them."));
    m_results = new QStandardItemModel(this);
    m_completer = new QCompleter(m_results, this);
    // The repository already matched (pinyin, phone digits); show its results as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &CustomerPicker::searchNow);
    connect(m_edit, &QLineEdit::textEdited, this, &CustomerPicker::onTextEdited);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_contactId.isEmpty())
            setContact({}); // the clear button
    });
    connect(m_completer, QOverload<const QModelIndex&>::of(&QCompleter::activated), this,
            [this](const QModelIndex& index) { setContact(index.data(IdRole).toString()); });
}

QString CustomerPicker::labelFor(const QString& name, const QString& nickname, const QString& phone)
{
    QString label = name;
    if (!nickname.isEmpty() && nickname != name)
        label += QStringLiteral(" (%1)").arg(nickname);
    if (!phone.isEmpty())
        label += QStringLiteral(" · %1").arg(phone);
    return label;
}

void CustomerPicker::setContact(const QString& contactId)
{
    QString id;
    QString name;
    QString shown;
    if (!contactId.isEmpty()) {
        auto contact = m_session.contacts().get(contactId);
        if (contact.ok()) {
            id = contact->id;
            name = contact->name;
            shown = labelFor(contact->name, contact->nickname,
                             contact->phones.isEmpty() ? QString() : contact->phones.first().masked());
        }
    }
    m_shownText = shown;
    if (m_edit->text() != shown) {
        const QSignalBlocker block(m_edit);
        m_edit->setText(shown);
    }
    if (id == m_contactId)
        return;
    m_contactId = id;
    m_contactName = name;
    emit contactChanged(m_contactId);
}

void CustomerPicker::onTextEdited(const QString& text)
{
    // Typing over a picked customer un-picks them: the preview must never show someone else's details.
    if (!m_contactId.isEmpty() && text != m_shownText) {
        m_contactId.clear();
        m_contactName.clear();
        emit contactChanged({});
    }
    m_debounce.start();
}

void CustomerPicker::searchNow()
{
    m_debounce.stop();
    m_results->clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    ContactQuery query;
    query.search = text;
    query.limit = MaxResults;
    auto contacts = m_session.contacts().list(query);
    if (!contacts.ok())
        return;
    for (const Contact& c : contacts.value()) {
        auto* item = new QStandardItem(
            labelFor(c.name, c.nickname, c.phones.isEmpty() ? QString() : c.phones.first().masked()));
        item->setData(c.id, IdRole);
        item->setData(c.name, NameRole);
        m_results->appendRow(item);
    }
    if (m_edit->hasFocus() && m_results->rowCount() > 0)
        m_completer->complete();
}

} // namespace ll::ui
