#include "contacts/ContactDetailPane.h"

#include "app/Session.h"
#include "contacts/ContactProfileForm.h"
#include "contacts/FollowUpDialog.h"
#include "contacts/NotesConflictDialog.h"
#include "contacts/TagEditor.h"
#include "domain/NotesConflicts.h"
#include "util/DisplayNames.h"

#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace ll::ui {

ContactDetailPane::ContactDetailPane(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_placeholder = new QLabel(tr("Select a contact to see the details."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("detailHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_takenOver = new QLabel;
    m_takenOver->setObjectName(QStringLiteral("takenOverMarker"));
    m_takenOver->setWordWrap(true);
    m_takenOver->hide();

    m_duplicateBanner = new QFrame;
    m_duplicateBanner->setObjectName(QStringLiteral("duplicateBanner"));
    m_duplicateBanner->setFrameShape(QFrame::StyledPanel);
    m_duplicateBanner->setStyleSheet(
        QStringLiteral("#duplicateBanner { background: rgba(241, 196, 15, 0.25); border-radius: 4px; }"));
    m_duplicateText = new QLabel;
    m_duplicateText->setWordWrap(true);
    auto* merge = new QPushButton(tr("&Merge into this contact"));
    connect(merge, &QPushButton::clicked, this, &ContactDetailPane::mergeDuplicate);
    auto* db = new QHBoxLayout(m_duplicateBanner);
    db->addWidget(m_duplicateText, 1);
    db->addWidget(merge);
    m_duplicateBanner->hide();

    m_conflictBanner = new QFrame;
    m_conflictBanner->setObjectName(QStringLiteral("conflictBanner"));
    m_conflictBanner->setFrameShape(QFrame::StyledPanel);
    m_conflictBanner->setStyleSheet(
        QStringLiteral("#conflictBanner { background: rgba(230, 126, 34, 0.22); border-radius: 4px; }"));
    auto* conflictText = new QLabel(tr("Notes were edited on two devices."));
    conflictText->setWordWrap(true);
    auto* review = new QPushButton(tr("&Review"));
    review->setObjectName(QStringLiteral("reviewConflict"));
    connect(review, &QPushButton::clicked, this, &ContactDetailPane::reviewConflict);
    auto* cb = new QHBoxLayout(m_conflictBanner);
    cb->addWidget(conflictText, 1);
    cb->addWidget(review);
    m_conflictBanner->hide();

    m_form = new ContactProfileForm;
    m_save = new QPushButton(tr("&Save"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save the profile (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_save->setEnabled(false);
    m_revert = new QPushButton(tr("Undo changes"));
    m_revert->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &ContactDetailPane::save);
    connect(m_revert, &QPushButton::clicked, this, [this] { showContact(m_contact.id); });
    connect(m_form, &ContactProfileForm::dirtyChanged, this, [this](bool dirty) {
        m_save->setEnabled(dirty);
        m_revert->setEnabled(dirty);
    });
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);

    m_tags = new TagEditor(session);
    connect(m_tags, &TagEditor::tagsChanged, this, &ContactDetailPane::contactChanged);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    connect(m_tags, &TagEditor::errorOccurred, m_status, &QLabel::setText);

    m_purchases = new QListWidget;
    m_purchases->setMaximumHeight(90);
    m_timeline = new QListWidget;
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setWordWrap(true);
    m_timeline->setMinimumHeight(120);
    auto* addFollow = new QPushButton(tr("Add &follow-up"));
    addFollow->setToolTip(tr("Log a call, chat or visit (Ctrl+F, then Enter)"));
    connect(addFollow, &QPushButton::clicked, this, qOverload<>(&ContactDetailPane::addFollowUp));

    auto* profileBox = new QGroupBox(tr("Profile"));
    auto* pb = new QVBoxLayout(profileBox);
    pb->addWidget(m_form);
    pb->addLayout(saveRow);
    auto* tagBox = new QGroupBox(tr("Tags"));
    (new QVBoxLayout(tagBox))->addWidget(m_tags);
    auto* purchaseBox = new QGroupBox(tr("Purchases"));
    (new QVBoxLayout(purchaseBox))->addWidget(m_purchases);
    auto* timelineBox = new QGroupBox(tr("Follow-ups"));
    auto* tl = new QVBoxLayout(timelineBox);
    tl->addWidget(addFollow, 0, Qt::AlignLeft);
    tl->addWidget(m_timeline);

    auto* content = new QWidget;
    auto* cl = new QVBoxLayout(content);
    cl->addWidget(m_header);
    cl->addWidget(m_takenOver);
    cl->addWidget(m_duplicateBanner);
    cl->addWidget(m_conflictBanner);
    cl->addWidget(m_status);
    cl->addWidget(timelineBox);
    cl->addWidget(tagBox);
    cl->addWidget(profileBox);
    cl->addWidget(purchaseBox);
    cl->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_body = scroll;

    auto* stack = new QStackedLayout(this);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_body);
}

bool ContactDetailPane::isDirty() const
{
    return m_form->isDirty();
}

void ContactDetailPane::showContact(const QString& contactId)
{
    auto* stack = static_cast<QStackedLayout*>(layout());
    m_status->clear();
    if (contactId.isEmpty()) {
        m_contact = Contact{};
        m_form->clear();
        m_tags->setContact({});
        m_conflictBanner->hide();
        stack->setCurrentWidget(m_placeholder);
        return;
    }
    auto c = m_session.contacts().get(contactId);
    if (!c.ok()) {
        showContact({});
        m_placeholder->setText(c.message());
        return;
    }
    m_contact = c.value();
    m_form->load(m_contact);
    m_tags->setContact(m_contact.id);
    updateHeader();
    reloadHistory();
    checkDuplicates();
    refreshConflicts();
    stack->setCurrentWidget(m_body);
}

void ContactDetailPane::updateHeader()
{
    QString line = DisplayNames::stage(m_contact.stage);
    line += QStringLiteral(" · ") + tr("%n points", nullptr, int(qMin<qint64>(m_contact.points, INT_MAX)));
    if (m_contact.lastContactedAt.isValid())
        line += QStringLiteral(" · ") +
                tr("last contacted %1")
                    .arg(QLocale().toString(m_contact.lastContactedAt.toLocalTime(), QLocale::ShortFormat));
    m_header->setText(
        QStringLiteral("<span style='font-size:large; font-weight:600'>%1</span> %2<br>%3")
            .arg(m_contact.name.toHtmlEscaped(), m_contact.nickname.toHtmlEscaped(), line.toHtmlEscaped()));
    // Plain text: the previous owner's name comes from the server and is shown as written.
    m_takenOver->setVisible(m_contact.takenOverAt.isValid());
    if (m_contact.takenOverAt.isValid()) {
        const QString from =
            m_contact.takenOverFromName.isEmpty() ? tr("a colleague") : m_contact.takenOverFromName;
        m_takenOver->setText(tr("Taken over from %1 on %2")
                                 .arg(from, QLocale().toString(m_contact.takenOverAt.toLocalTime().date(),
                                                               QLocale::ShortFormat)));
    }
}

void ContactDetailPane::reloadHistory()
{
    m_timeline->clear();
    if (auto list = m_session.followUps().forContact(m_contact.id, 100); list.ok()) {
        for (const FollowUp& f : list.value()) {
            QString text = QStringLiteral("%1 · %2").arg(
                QLocale().toString(f.happenedAt.toLocalTime(), QLocale::ShortFormat),
                DisplayNames::followUpKind(f.kind));
            if (!f.outcome.isEmpty())
                text += QStringLiteral(" · ") + f.outcome;
            if (!f.note.isEmpty())
                text += QStringLiteral("\n") + f.note;
            m_timeline->addItem(text);
        }
        if (list->isEmpty())
            m_timeline->addItem(tr("No follow-ups yet."));
    } else {
        m_status->setText(list.message());
    }
    m_purchases->clear();
    if (auto list = m_session.purchases().forContact(m_contact.id); list.ok()) {
        for (const Purchase& p : list.value())
            m_purchases->addItem(
                tr("%1  %2 × %3  %4")
                    .arg(QLocale().toString(p.purchasedOn, QLocale::ShortFormat), p.productName)
                    .arg(p.quantity)
                    .arg(QLocale().toCurrencyString(p.amountCents / 100.0, QStringLiteral("¥"))));
        if (list->isEmpty())
            m_purchases->addItem(tr("No purchases yet."));
    }
}

void ContactDetailPane::checkDuplicates()
{
    m_duplicateId.clear();
    m_duplicateBanner->hide();
    auto dups = m_session.contacts().duplicatesOf(m_contact.id);
    if (!dups.ok() || dups->isEmpty())
        return;
    const Contact& other = dups->first();
    m_duplicateId = other.id;
    const QString phone = other.phones.isEmpty() ? QString() : other.phones.first().masked();
    m_duplicateText->setText(
        tr("Possibly the same person as “%1” %2 (same phone or WeChat ID).").arg(other.name, phone));
    m_duplicateBanner->show();
}

void ContactDetailPane::refreshConflicts()
{
    auto open = NotesConflicts(m_session.store()).unseenFor(m_contact.id);
    m_conflictBanner->setVisible(open.ok() && !open->isEmpty());
}

bool ContactDetailPane::reviewConflict()
{
    // An unsaved notes edit is saved (or dropped) first, so the dialog compares what is really stored.
    if (m_contact.id.isEmpty() || !confirmLeave())
        return false;
    NotesConflicts conflicts(m_session.store());
    auto open = conflicts.unseenFor(m_contact.id);
    if (!open.ok()) {
        m_status->setText(open.message());
        return false;
    }
    if (open->isEmpty()) {
        refreshConflicts();
        return false;
    }
    NotesConflictDialog dialog(conflicts, open->first(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showContact(m_contact.id);
    emit contactChanged(m_contact.id);
    emit notesConflictsChanged();
    return true;
}

void ContactDetailPane::mergeDuplicate()
{
    if (m_duplicateId.isEmpty() || !confirmLeave())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Merge contacts"),
        tr("Merge the other record into “%1”? Its phones, tags, follow-ups and purchases move here; "
           "it then disappears from the list.")
            .arg(m_contact.name));
    if (answer != QMessageBox::Yes)
        return;
    const QString merged = m_duplicateId;
    auto result = m_session.contacts().merge(m_contact.id, merged);
    if (!result.ok()) {
        m_status->setText(tr("Merge failed: %1").arg(result.message()));
        return;
    }
    showContact(m_contact.id);
    emit contactMerged(m_contact.id, merged);
}

bool ContactDetailPane::save()
{
    if (m_contact.id.isEmpty() || !m_form->isDirty())
        return true;
    ContactInput input;
    if (!m_form->collect(input))
        return false;
    auto updated = m_session.contacts().update(m_contact.id, input);
    if (!updated.ok()) {
        m_form->showSaveError(updated.message());
        return false;
    }
    m_contact = updated.value();
    m_form->load(m_contact);
    updateHeader();
    checkDuplicates();
    emit contactChanged(m_contact.id);
    return true;
}

bool ContactDetailPane::confirmLeave()
{
    if (!isDirty())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("You changed the profile of “%1”. Save the changes?").arg(m_contact.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_form->load(m_contact);
        return true;
    }
    return false;
}

void ContactDetailPane::addFollowUp()
{
    if (m_contact.id.isEmpty())
        return;
    FollowUpDialog dialog(m_contact.name, this);
    if (dialog.exec() == QDialog::Accepted)
        addFollowUp(dialog.input(m_contact.id));
}

bool ContactDetailPane::addFollowUp(const FollowUpInput& input)
{
    auto added = m_session.followUps().add(input);
    if (!added.ok()) {
        m_status->setText(tr("The follow-up was not saved: %1").arg(added.message()));
        return false;
    }
    if (auto c = m_session.contacts().get(m_contact.id); c.ok()) {
        m_contact.lastContactedAt = c->lastContactedAt;
        updateHeader();
    }
    reloadHistory();
    emit contactChanged(m_contact.id);
    return true;
}

} // namespace ll::ui
