#include "TeamPage.h"

#include "DepartDialog.h"
#include "app/Session.h"
#include "insight/InsightQueries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace ll::ui {

namespace {

constexpr qint64 HourMs = 60LL * 60 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

// Words for the user per error kind; the server's detail goes to the tooltip.
QString explain(const sync::TeamError& e)
{
    switch (e.kind) {
    case sync::TeamErrorKind::NotLoggedIn:
        return TeamPage::tr("Not logged in.");
    case sync::TeamErrorKind::Offline:
        return TeamPage::tr("Cannot reach the server. Check the network and try again.");
    case sync::TeamErrorKind::Tls:
        return TeamPage::tr("The server's certificate was refused.");
    case sync::TeamErrorKind::AuthExpired:
        return TeamPage::tr("Your login has expired: please log in again.");
    case sync::TeamErrorKind::Forbidden:
        return TeamPage::tr("You are not allowed to do this (%1).").arg(e.code);
    case sync::TeamErrorKind::NotFound:
        return TeamPage::tr("It no longer exists on the server.");
    case sync::TeamErrorKind::Invalid:
        return TeamPage::tr("The server refused the request (%1).").arg(e.code);
    default:
        break;
    }
    return TeamPage::tr("The server had a problem; try again later.");
}

QString statusText(const TransferItem& item)
{
    if (item.status == QLatin1String(transferStatus::Done))
        return TeamPage::tr("moved");
    if (item.status == QLatin1String(transferStatus::Failed))
        return TeamPage::tr("failed: %1").arg(item.reason);
    return TeamPage::tr("waiting");
}

QString duration(qint64 ms)
{
    if (ms < 2 * DayMs)
        return TeamPage::tr("%n hour(s)", nullptr, int(std::max<qint64>(0, ms) / HourMs));
    return TeamPage::tr("%n day(s)", nullptr, int(ms / DayMs));
}

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

QTableWidget* table(const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

TeamPage::TeamPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_intro(new QLabel)
    , m_login(new QPushButton(tr("Log in…")))
    , m_refresh(new QPushButton(tr("Refresh")))
    , m_busy(new QProgressBar)
    , m_error(new QLabel)
    , m_stack(new QStackedWidget)
    , m_queue(table({tr("Customer"), tr("From"), tr("To"), tr("Moved"), tr("Status"), tr("Followed up"),
                     tr("Reviewed"), tr("Reason")}))
    , m_stuckOnly(new QCheckBox(tr("Only stuck: no follow-up after")))
    , m_stuckDays(new QSpinBox)
    , m_reviewSelected(new QPushButton(tr("Mark selected reviewed")))
    , m_reviewAll(new QPushButton(tr("Mark all reviewed")))
    , m_retryTo(new QComboBox)
    , m_retry(new QPushButton(tr("Reassign failed again")))
    , m_overview(table(
          {tr("Guide"), tr("Store"), tr("Customers"), tr("Follow-ups this week"), tr("Overdue reminders")}))
    , m_depart(new QPushButton(tr("Depart staff…")))
    , m_handed(new QListWidget)
{
    setObjectName(QStringLiteral("teamPage"));
    m_intro->setWordWrap(true);
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_stuckDays->setRange(0, 365);
    m_stuckDays->setValue(3);
    m_stuckDays->setSuffix(tr(" days"));
    m_queue->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_retryTo->setToolTip(tr("Failed customers of the selected transfers go to this guide."));

    auto* header = new QHBoxLayout;
    header->addWidget(m_intro, 1);
    header->addWidget(m_busy);
    header->addWidget(m_login);
    header->addWidget(m_refresh);

    auto* queuePage = new QWidget;
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_stuckOnly);
    filters->addWidget(m_stuckDays);
    filters->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_reviewSelected);
    actions->addWidget(m_reviewAll);
    actions->addStretch(1);
    actions->addWidget(new QLabel(tr("To:")));
    actions->addWidget(m_retryTo);
    actions->addWidget(m_retry);
    auto* queueLayout = new QVBoxLayout(queuePage);
    queueLayout->addLayout(filters);
    queueLayout->addWidget(m_queue, 1);
    queueLayout->addLayout(actions);

    auto* overviewPage = new QWidget;
    auto* overviewLayout = new QVBoxLayout(overviewPage);
    overviewLayout->addWidget(m_overview, 1);
    auto* departRow = new QHBoxLayout;
    departRow->addStretch(1);
    departRow->addWidget(m_depart);
    overviewLayout->addLayout(departRow);

    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("teamTabs"));
    tabs->addTab(queuePage, tr("Review queue"));
    tabs->addTab(overviewPage, tr("Team overview"));
    tabs->addTab(m_handed, tr("Customers handed to you"));
    m_stack->addWidget(new QWidget); // not logged in: the intro says it all
    m_stack->addWidget(tabs);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    connect(m_login, &QPushButton::clicked, this, &TeamPage::loginRequested);
    connect(m_refresh, &QPushButton::clicked, this, &TeamPage::refresh);
    connect(m_stuckOnly, &QCheckBox::toggled, this, &TeamPage::fillQueue);
    connect(m_stuckDays, &QSpinBox::valueChanged, this, [this] {
        if (m_stuckOnly->isChecked())
            fillQueue();
    });
    connect(m_reviewSelected, &QPushButton::clicked, this, &TeamPage::reviewSelected);
    connect(m_reviewAll, &QPushButton::clicked, this, &TeamPage::reviewAll);
    connect(m_retry, &QPushButton::clicked, this, &TeamPage::retrySelected);
    connect(m_depart, &QPushButton::clicked, this, &TeamPage::departStaff);
    showRole();
}

void TeamPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

template <typename T>
void TeamPage::run(std::function<sync::TeamResult<T>(sync::TeamClient&)> call, std::function<void(T)> done)
{
    // The client reads the login from the store here, on the UI thread; the call runs on a pool thread.
    auto client = std::make_shared<sync::TeamClient>(m_session.store());
    auto* watcher = new QFutureWatcher<sync::TeamResult<T>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        --m_pending;
        sync::TeamResult<T> result = watcher->result();
        if (const auto* e = std::get_if<sync::TeamError>(&result)) {
            finished(*e);
            return;
        }
        done(std::get<T>(std::move(result)));
        finished(std::nullopt);
    });
    if (m_pending++ == 0) {
        m_error->clear();
        emit busyChanged(true);
    }
    m_busy->show();
    watcher->setFuture(QtConcurrent::run([client, call] { return call(*client); }));
}

void TeamPage::finished(const std::optional<sync::TeamError>& error)
{
    if (error) {
        m_error->setText(explain(*error));
        m_error->setToolTip(error->message);
    }
    if (m_pending == 0) {
        m_busy->hide();
        emit busyChanged(false);
    }
}

void TeamPage::showRole()
{
    const sync::TeamClient probe(m_session.store());
    m_role = probe.role();
    m_myId = probe.staffId();
    const bool manages = m_role == QLatin1String("manager") || m_role == QLatin1String("admin");
    m_login->setVisible(m_role.isEmpty());
    m_refresh->setVisible(!m_role.isEmpty());
    m_stack->setCurrentIndex(m_role.isEmpty() ? 0 : 1);
    auto* tabs = static_cast<QTabWidget*>(m_stack->widget(1));
    tabs->setTabVisible(0, manages);
    tabs->setTabVisible(1, manages);
    if (!manages)
        tabs->setCurrentIndex(2);
    if (m_role.isEmpty())
        m_intro->setText(tr("The Team page is where store managers review customers handed from one guide to "
                            "another, see each guide's workload and handle departures; guides see the "
                            "customers handed to them. It needs the company server: log in first (also "
                            "from the status bar)."));
    else if (manages)
        m_intro->setText(tr("Customers reassigned in your team, and how soon their new guide followed up."));
    else
        m_intro->setText(tr("Customers handed to you by your manager. Reach out to them soon."));
}

void TeamPage::refresh()
{
    showRole();
    if (m_role.isEmpty())
        return;
    run<Directory>([](sync::TeamClient& c) { return c.directory(); },
                   [this](Directory d) {
                       m_directory = std::move(d);
                       m_retryTo->clear();
                       m_retryTo->addItem(tr("the guide first planned"), QString());
                       for (const DirectoryStaff& s : m_directory.staff)
                           if (s.role == QLatin1String("guide") && s.status == QLatin1String("active"))
                               m_retryTo->addItem(s.name, s.id);
                       fillQueue();
                       fillOverview();
                       fillHanded();
                   });
    run<QList<sync::ReceivedContact>>([](sync::TeamClient& c) { return c.receivedTransfers(); },
                                      [this](QList<sync::ReceivedContact> r) {
                                          m_received = std::move(r);
                                          fillHanded();
                                      });
    if (m_role == QLatin1String("guide"))
        return;
    run<QList<Transfer>>([](sync::TeamClient& c) { return c.listTransfers(); },
                         [this](QList<Transfer> t) {
                             m_transfers = std::move(t);
                             fillQueue();
                         });
    run<TeamOverview>([](sync::TeamClient& c) { return c.overview(); },
                      [this](TeamOverview o) {
                          m_teamOverview = std::move(o);
                          fillOverview();
                      });
}

QString TeamPage::staffName(const QString& id) const
{
    if (id.isEmpty())
        return QStringLiteral("—");
    for (const DirectoryStaff& s : m_directory.staff)
        if (s.id == id)
            return s.name;
    return id.left(8);
}

QString TeamPage::contactName(const QString& id) const
{
    // Names only from this device's encrypted store; the server never sends them here.
    auto c = m_session.contacts().get(id);
    return c.ok() ? c->name : tr("customer %1").arg(id.left(8));
}

void TeamPage::fillQueue()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 stuckBefore = now - m_stuckDays->value() * DayMs;
    m_shown.clear();
    for (const Transfer& t : m_transfers)
        for (const TransferItem& item : t.items) {
            const bool stuck = item.status == QLatin1String(transferStatus::Done) && !item.firstFollowUpAt &&
                               item.doneAt <= stuckBefore;
            if (!m_stuckOnly->isChecked() || stuck)
                m_shown.append({t.id, t.reason, item});
        }
    m_queue->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const TransferItem& item = m_shown.at(row).item;
        QString followed = tr("not yet");
        if (item.firstFollowUpAt)
            followed = tr("after %1").arg(duration(*item.firstFollowUpAt - item.doneAt));
        else if (item.status == QLatin1String(transferStatus::Done))
            followed = tr("not yet (%1)").arg(duration(now - item.doneAt));
        const QStringList cells{contactName(item.contactId),
                                staffName(item.from),
                                staffName(item.to),
                                when(item.doneAt),
                                statusText(item),
                                followed,
                                item.reviewed ? tr("yes") : tr("no"),
                                m_shown.at(row).transferReason};
        for (int col = 0; col < cells.size(); ++col)
            m_queue->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_queue->resizeColumnsToContents();
}

void TeamPage::fillOverview()
{
    QHash<QString, GuideActivity> local;
    auto activity = InsightQueries(m_session.store()).guideActivity(QDate::currentDate());
    if (activity.ok())
        for (const GuideActivity& a : activity.value())
            local.insert(a.staffId, a);
    QHash<QString, QString> stores;
    for (const DirectoryStore& s : m_directory.stores)
        stores.insert(s.id, s.name);
    m_overview->setRowCount(int(m_teamOverview.guides.size()));
    for (int row = 0; row < m_teamOverview.guides.size(); ++row) {
        const GuideOverview& g = m_teamOverview.guides.at(row);
        const QStringList cells{g.name, stores.value(g.storeId), QString::number(g.customers),
                                QString::number(g.followUpsThisWeek),
                                local.contains(g.staffId)
                                    ? QString::number(local.value(g.staffId).overdueReminders)
                                    : QStringLiteral("—")};
        for (int col = 0; col < cells.size(); ++col)
            m_overview->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_overview->resizeColumnsToContents();
}

void TeamPage::fillHanded()
{
    m_handed->clear();
    for (const sync::ReceivedContact& r : m_received)
        m_handed->addItem(tr("%1 — taken over from %2 on %3")
                              .arg(contactName(r.contactId), staffName(r.from), when(r.doneAt)));
    if (m_received.isEmpty())
        m_handed->addItem(tr("No customers have been handed to you."));
}

QList<int> TeamPage::selectedQueueRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_queue->selectionModel()->selectedRows())
        rows << i.row();
    return rows;
}

void TeamPage::applyTransfer(const Transfer& t)
{
    for (Transfer& mine : m_transfers)
        if (mine.id == t.id)
            mine = t;
}

void TeamPage::reviewSelected()
{
    QMap<QString, QStringList> byTransfer;
    for (int row : selectedQueueRows())
        byTransfer[m_shown.at(row).transferId] << m_shown.at(row).item.contactId;
    if (byTransfer.isEmpty())
        return;
    run<QList<Transfer>>(
        [byTransfer](sync::TeamClient& c) -> sync::TeamResult<QList<Transfer>> {
            QList<Transfer> out;
            for (auto it = byTransfer.constBegin(); it != byTransfer.constEnd(); ++it) {
                ReviewRequest req;
                req.contacts = it.value();
                auto r = c.review(it.key(), req);
                if (auto* e = std::get_if<sync::TeamError>(&r))
                    return *e;
                out << std::get<Transfer>(r);
            }
            return out;
        },
        [this](QList<Transfer> done) {
            for (const Transfer& t : done)
                applyTransfer(t);
            fillQueue();
        });
}

void TeamPage::reviewAll()
{
    QStringList ids;
    for (const Transfer& t : m_transfers)
        for (const TransferItem& item : t.items)
            if (!item.reviewed && !ids.contains(t.id))
                ids << t.id;
    if (ids.isEmpty())
        return;
    run<QList<Transfer>>(
        [ids](sync::TeamClient& c) -> sync::TeamResult<QList<Transfer>> {
            QList<Transfer> out;
            ReviewRequest all;
            all.all = true;
            for (const QString& id : ids) {
                auto r = c.review(id, all);
                if (auto* e = std::get_if<sync::TeamError>(&r))
                    return *e;
                out << std::get<Transfer>(r);
            }
            return out;
        },
        [this](QList<Transfer> done) {
            for (const Transfer& t : done)
                applyTransfer(t);
            fillQueue();
        });
}

void TeamPage::retrySelected()
{
    QStringList ids;
    for (int row : selectedQueueRows())
        if (m_shown.at(row).item.status == QLatin1String(transferStatus::Failed) &&
            !ids.contains(m_shown.at(row).transferId))
            ids << m_shown.at(row).transferId;
    if (ids.isEmpty()) {
        m_error->setText(tr("Select failed customers to reassign them again."));
        return;
    }
    RetryRequest req;
    req.to = m_retryTo->currentData().toString();
    run<QList<Transfer>>(
        [ids, req](sync::TeamClient& c) -> sync::TeamResult<QList<Transfer>> {
            QList<Transfer> out;
            for (const QString& id : ids) {
                auto r = c.retry(id, req);
                if (auto* e = std::get_if<sync::TeamError>(&r))
                    return *e;
                out << std::get<Transfer>(r);
            }
            return out;
        },
        [this](QList<Transfer> done) {
            for (const Transfer& t : done)
                applyTransfer(t);
            fillQueue();
        });
}

void TeamPage::departStaff()
{
    DepartDialog dialog(m_directory, m_myId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString id = dialog.staffId();
    const TransferTargets targets = dialog.targets();
    run<sync::Departure>([id, targets](sync::TeamClient& c) { return c.depart(id, targets); },
                         [this](sync::Departure) { refresh(); });
}

} // namespace ll::ui
