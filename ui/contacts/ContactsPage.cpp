#include "contacts/ContactsPage.h"

#include "app/Session.h"
#include "contacts/ContactDetailPane.h"
#include "contacts/ContactListModel.h"
#include "contacts/NewContactDialog.h"
#include "contacts/TagFilterPanel.h"
#include "util/DisplayNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ll::ui {

ContactsPage::ContactsPage(Session& session, const QString& settingsKey, const QString& fixedStage,
                           QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settingsKey(settingsKey)
    , m_fixedStage(fixedStage)
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Name, phone, pinyin, initials…"));
    m_search->setToolTip(tr("Name, WeChat nickname, phone digits, pinyin (zhangsan), initials (zs) or "
                            "traditional characters (張三). Ctrl+K jumps here."));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(SearchDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ContactsPage::applyNow);
    connect(m_search, &QLineEdit::textChanged, this, &ContactsPage::scheduleSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &ContactsPage::applyNow);

    m_stage = new QComboBox;
    m_stage->addItem(tr("All stages"), QString());
    for (const QString& code : stageCodes())
        m_stage->addItem(DisplayNames::stageCode(code), code);
    m_stage->setVisible(fixedStage.isEmpty());
    connect(m_stage, &QComboBox::currentIndexChanged, this, &ContactsPage::applyNow);

    m_reveal = new QToolButton;
    m_reveal->setText(tr("Show phones"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(
        tr("Phone numbers are masked (138****8000) so nobody reads them over your shoulder"));
    auto* saveSegment = new QToolButton;
    saveSegment->setText(tr("Save as segment…"));
    saveSegment->setToolTip(tr("Keep this search and filter in the navigation"));
    connect(saveSegment, &QToolButton::clicked, this, &ContactsPage::askSegmentName);
    auto* importLeads = new QToolButton;
    importLeads->setObjectName(QStringLiteral("importLeads"));
    importLeads->setText(tr("Import leads…"));
    importLeads->setToolTip(tr("Import a CSV or Excel lead export (Ctrl+I); you can also drop the file on "
                               "the Leads page"));
    connect(importLeads, &QToolButton::clicked, this, &ContactsPage::importRequested);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("count"));
    m_model = new ContactListModel(session, this);
    connect(m_reveal, &QToolButton::toggled, m_model, &ContactListModel::setPhonesRevealed);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("contactTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(ContactListModel::LastContacted, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionsMovable(true);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        // Only name and last-contacted map to an order the store can page through; keep the
        // indicator honest for the others.
        if (!ContactListModel::isSortable(column)) {
            QSignalBlocker b(m_view->horizontalHeader());
            const auto s = m_model->query().sort;
            m_view->horizontalHeader()->setSortIndicator(
                s == ContactQuery::Sort::NameAsc ? ContactListModel::Name : ContactListModel::LastContacted,
                s == ContactQuery::Sort::LastContactedDesc ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_model, &ContactListModel::totalCountChanged, this,
            [this](int n) { m_count->setText(tr("%n contact(s)", nullptr, n)); });
    connect(m_model, &ContactListModel::errorOccurred, this, [this](const QString& message) {
        m_count->setText(tr("The list could not be read: %1").arg(message));
    });
    m_tagPanel = new TagFilterPanel(session);
    connect(m_tagPanel, &TagFilterPanel::filterChanged, this, &ContactsPage::applyNow);

    m_detail = new ContactDetailPane(session);
    connect(m_detail, &ContactDetailPane::contactChanged, this, [this](const QString& id) {
        m_model->refreshContact(id);
        m_tagPanel->refresh();
        emit countsChanged();
    });
    connect(m_detail, &ContactDetailPane::contactMerged, this, [this](const QString& kept, const QString&) {
        const QString keep = kept;
        m_model->reload();
        selectContact(keep);
        emit countsChanged();
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_stage);
    bar->addWidget(m_reveal);
    bar->addWidget(saveSegment);
    bar->addWidget(importLeads);
    auto* centre = new QWidget;
    auto* cl = new QVBoxLayout(centre);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addLayout(bar);
    cl->addWidget(m_view, 1);
    cl->addWidget(m_count);

    m_splitter = new QSplitter;
    m_splitter->addWidget(m_tagPanel);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({170, 780, 390});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_model->setQuery(currentQuery());
    restoreLayout();
}

ContactQuery ContactsPage::currentQuery() const
{
    ContactQuery q = m_model->query();
    q.search = m_search->text().trimmed();
    q.tagIds = m_tagPanel->checkedTagIds();
    q.tagMode = m_tagPanel->mode();
    q.stage = m_fixedStage.isEmpty() ? m_stage->currentData().toString() : m_fixedStage;
    return q;
}

void ContactsPage::scheduleSearch()
{
    m_debounce.start();
}

void ContactsPage::applyNow()
{
    m_debounce.stop();
    const ContactQuery q = currentQuery();
    const ContactQuery& old = m_model->query();
    if (q.search == old.search && q.tagIds == old.tagIds && q.tagMode == old.tagMode &&
        q.stage == old.stage && m_model->rowCount() > 0)
        return;
    m_model->setQuery(q);
    // Keep the open contact selected if it is still in the result.
    if (!m_currentId.isEmpty()) {
        const int row = m_model->rowOf(m_currentId);
        if (row >= 0) {
            m_reverting = true;
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_reverting = false;
        }
    }
}

void ContactsPage::refresh()
{
    m_tagPanel->refresh();
    m_model->setQuery(currentQuery());
    if (!m_currentId.isEmpty())
        selectContact(m_currentId);
}

void ContactsPage::onCurrentChanged(const QModelIndex& current)
{
    if (m_reverting || !current.isValid())
        return;
    const QString id = m_model->contactAt(current.row()).id;
    if (id == m_currentId)
        return;
    if (!m_detail->confirmLeave()) {
        // Put the selection back on the contact with the unsaved edit, after the view finished its own
        // update.
        QTimer::singleShot(0, this, [this] {
            const int row = m_model->rowOf(m_currentId);
            m_reverting = true;
            if (row >= 0)
                m_view->setCurrentIndex(m_model->index(row, 0));
            m_reverting = false;
        });
        return;
    }
    m_currentId = id;
    m_detail->showContact(id);
}

void ContactsPage::selectContact(const QString& contactId)
{
    int row = m_model->rowOf(contactId);
    while (row < 0 && m_model->canFetchMore({})) {
        const int before = m_model->rowCount();
        m_model->fetchMore({});
        if (m_model->rowCount() == before)
            break;
        row = m_model->rowOf(contactId);
        if (m_model->rowCount() > 2000)
            break; // do not page through a whole region to find one row
    }
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    } else if (m_detail->confirmLeave()) {
        m_currentId = contactId;
        m_detail->showContact(contactId);
    }
}

void ContactsPage::selectRelative(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    int next = qBound(0, current + delta, rows - 1);
    if (next == rows - 1 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_view->setCurrentIndex(m_model->index(next, 0));
    m_view->scrollTo(m_model->index(next, 0));
}

void ContactsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ContactsPage::newContact()
{
    if (!m_detail->confirmLeave())
        return;
    NewContactDialog dialog(m_session, m_fixedStage, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = dialog.created().id;
    m_model->reload();
    selectContact(id);
    emit countsChanged();
}

bool ContactsPage::confirmLeave()
{
    return m_detail->confirmLeave();
}

void ContactsPage::applySegment(const Segment& segment)
{
    QSignalBlocker b1(m_search), b2(m_stage);
    m_search->setText(segment.query.search);
    if (m_fixedStage.isEmpty())
        m_stage->setCurrentIndex(qMax(0, m_stage->findData(segment.query.stage)));
    m_tagPanel->refresh();
    m_tagPanel->setSelection(segment.query.tagIds, segment.query.tagMode);
    applyNow();
}

Status ContactsPage::saveSegment(const QString& name)
{
    ContactQuery q = currentQuery();
    auto st = SavedSegments::put(m_session.store(), Segment{name.trimmed(), q});
    if (st.ok())
        emit segmentsChanged();
    return st;
}

void ContactsPage::askSegmentName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save segment"),
                                               tr("Name of this segment (e.g. VIP not seen for 90 days):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (auto st = saveSegment(name); !st.ok())
        QMessageBox::warning(this, tr("Save segment"), tr("The segment was not saved: %1").arg(st.message()));
}

void ContactsPage::saveLayout() const
{
    QSettings s;
    s.setValue(m_settingsKey + QStringLiteral("/header"), m_view->horizontalHeader()->saveState());
    s.setValue(m_settingsKey + QStringLiteral("/splitter"), m_splitter->saveState());
}

void ContactsPage::restoreLayout()
{
    QSettings s;
    const QByteArray header = s.value(m_settingsKey + QStringLiteral("/header")).toByteArray();
    if (header.isEmpty()) {
        m_view->setColumnWidth(ContactListModel::Name, 80);
        m_view->setColumnWidth(ContactListModel::Nickname, 80);
        m_view->setColumnWidth(ContactListModel::Phone, 105);
        m_view->setColumnWidth(ContactListModel::StageCol, 75);
        m_view->setColumnWidth(ContactListModel::Tags, 120);
        m_view->setColumnWidth(ContactListModel::Owner, 60);
        m_view->setColumnWidth(ContactListModel::LastContacted, 125);
    } else {
        m_view->horizontalHeader()->restoreState(header);
    }
    const QByteArray splitter = s.value(m_settingsKey + QStringLiteral("/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

} // namespace ll::ui
