#include "insight/InsightPage.h"

#include "app/Session.h"
#include "insight/ChartCard.h"
#include "insight/InsightQueries.h"
#include "insight/TakeoverRate.h"
#include "team/TeamClient.h"
#include "util/DisplayNames.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace ll::ui {

namespace {

QString bucketName(const QString& code)
{
    if (code == QLatin1String("under1h"))
        return InsightPage::tr("Under 1 hour");
    if (code == QLatin1String("1to4h"))
        return InsightPage::tr("1–4 hours");
    if (code == QLatin1String("4to24h"))
        return InsightPage::tr("4–24 hours");
    if (code == QLatin1String("1to3d"))
        return InsightPage::tr("1–3 days");
    if (code == QLatin1String("over3d"))
        return InsightPage::tr("Over 3 days");
    return InsightPage::tr("Not yet");
}

// Splits counts into row labels and one series, using the core's label or a translation of the key.
void fill(ChartCard* card, const QString& header, const QString& seriesName,
          const QList<InsightCount>& counts, const std::function<QString(const InsightCount&)>& label)
{
    QStringList labels;
    ChartCard::Series series{seriesName, {}};
    for (const InsightCount& c : counts) {
        labels << label(c);
        series.values << c.value;
    }
    card->setData(header, labels, {series});
}

} // namespace

InsightPage::InsightPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("My customers"));
    m_scope->addItem(tr("Everyone I can see"));
    m_scope->setToolTip(tr("A manager's device holds the store's customers, an admin's the whole company's"));
    m_period = new QComboBox(this);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->setCurrentIndex(1);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setToolTip(tr("Recount from the local data (F5)"));
    auto* refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    m_status = new QLabel(this);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &InsightPage::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &InsightPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &InsightPage::refresh);
    connect(refreshAction, &QAction::triggered, this, &InsightPage::refresh);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Customers:"), this));
    bar->addWidget(m_scope);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addStretch(1);
    bar->addWidget(m_status);
    bar->addWidget(refreshButton);

    m_workload = new ChartCard(tr("Today's workload"));
    m_funnel = new ChartCard(tr("Customers by stage"));
    m_response = new ChartCard(tr("Lead response time"));
    m_scripts = new ChartCard(tr("Most used scripts"), ChartCard::Orientation::Horizontal);
    m_materials = new ChartCard(tr("Most used materials"), ChartCard::Orientation::Horizontal);
    m_guides = new ChartCard(tr("Activity per guide"), ChartCard::Orientation::Horizontal);
    m_takeover = new ChartCard(tr("Reassigned contacts taken over"), ChartCard::Orientation::Horizontal);
    m_takeover->setObjectName(QStringLiteral("takeoverCard"));
    m_takeover->setToolTip(tr("Customers moved to each guide by a transfer: followed up by the new guide, "
                              "still waiting, or stuck (no follow-up after %n day(s))",
                              nullptr, kStuckDays));
    m_takeover->setVisible(managesTeam());

    auto* grid = new QGridLayout;
    grid->addWidget(m_workload, 0, 0);
    grid->addWidget(m_funnel, 0, 1);
    grid->addWidget(m_response, 1, 0);
    grid->addWidget(m_guides, 1, 1);
    grid->addWidget(m_scripts, 2, 0);
    grid->addWidget(m_materials, 2, 1);
    grid->addWidget(m_takeover, 3, 0, 1, 2);
    auto* content = new QWidget;
    content->setLayout(grid);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
}

QList<ChartCard*> InsightPage::cards() const
{
    return {m_workload, m_funnel, m_response, m_guides, m_scripts, m_materials, m_takeover};
}

bool InsightPage::managesTeam() const
{
    const QString role = sync::TeamClient(m_session.store()).role();
    return role == QLatin1String("manager") || role == QLatin1String("admin");
}

void InsightPage::showTakeover(const QList<Transfer>& transfers, const Directory& directory)
{
    QHash<QString, QString> names;
    for (const DirectoryStaff& s : directory.staff)
        names.insert(s.id, s.name);
    const TakeoverRates rates =
        takeoverRates(transfers, names, QDateTime::currentMSecsSinceEpoch(), kStuckDays);
    // No reassigned customers yet: an empty card says so rather than a lone "All guides: 0" bar.
    if (rates.overall.total() == 0) {
        m_takeover->setData(tr("Receiving guide"), {}, {});
        return;
    }
    QStringList labels;
    ChartCard::Series followed{tr("Followed up"), {}};
    ChartCard::Series waiting{tr("Waiting"), {}};
    ChartCard::Series stuck{tr("Stuck (no follow-up after %n day(s))", nullptr, kStuckDays), {}};
    QList<TakeoverRow> rows = rates.guides;
    rows << rates.overall;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TakeoverRow& row = rows.at(i);
        labels << (i + 1 == rows.size() ? tr("All guides") : row.name);
        followed.values << row.followedUp;
        waiting.values << row.waiting;
        stuck.values << row.stuck;
    }
    m_takeover->setData(tr("Receiving guide"), labels, {followed, waiting, stuck});
}

// The review data lives on the server: fetched like the Team page does, never blocking the UI.
void InsightPage::fetchTakeover()
{
    if (m_fetchingTakeover)
        return;
    struct Answer
    {
        QList<Transfer> transfers;
        Directory directory;
        std::optional<sync::TeamError> error;
    };
    auto client = std::make_shared<sync::TeamClient>(m_session.store());
    auto* watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_fetchingTakeover = false;
        const Answer answer = watcher->result();
        if (answer.error)
            m_status->setText(tr("Take-over rate not updated: %1").arg(answer.error->message));
        else
            showTakeover(answer.transfers, answer.directory);
    });
    m_fetchingTakeover = true;
    watcher->setFuture(QtConcurrent::run([client] {
        Answer a;
        auto directory = client->directory();
        if (auto* e = std::get_if<sync::TeamError>(&directory)) {
            a.error = *e;
            return a;
        }
        a.directory = std::get<Directory>(std::move(directory));
        auto transfers = client->listTransfers();
        if (auto* e = std::get_if<sync::TeamError>(&transfers))
            a.error = *e;
        else
            a.transfers = std::get<QList<Transfer>>(std::move(transfers));
        return a;
    }));
}

void InsightPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void InsightPage::refresh()
{
    InsightQueries queries(m_session.store());
    // A profile used only on this device has no staff identity: everything on it is the user's own.
    const bool hasIdentity = !m_session.store().actorId().isEmpty();
    m_scope->setEnabled(hasIdentity);
    if (!hasIdentity && m_scope->currentIndex() != 1) {
        const QSignalBlocker quiet(m_scope);
        m_scope->setCurrentIndex(1);
    }
    const InsightScope scope{m_scope->currentIndex() == 0 ? m_session.store().actorId() : QString()};
    const QDate today = QDate::currentDate();
    const QDate since = today.addDays(-m_period->currentData().toInt());
    QStringList failures;
    const QString count = tr("Count");

    if (auto w = queries.workload(scope, today); w.ok()) {
        m_workload->setData(
            tr("What"),
            {tr("Due today"), tr("Overdue"), tr("Follow-ups this week"), tr("New leads this week")},
            {{count,
              {w.value().dueToday, w.value().overdue, w.value().followUpsThisWeek,
               w.value().newLeadsThisWeek}}});
    } else {
        failures << w.message();
    }
    if (auto funnel = queries.stageFunnel(scope); funnel.ok())
        fill(m_funnel, tr("Stage"), tr("Customers"), funnel.value(),
             [](const InsightCount& c) { return DisplayNames::stageCode(c.key); });
    else
        failures << funnel.message();
    if (auto response = queries.leadResponse(scope, since, today.addDays(1)); response.ok())
        fill(m_response, tr("First follow-up after"), tr("Leads"), response.value(),
             [](const InsightCount& c) { return bucketName(c.key); });
    else
        failures << response.message();
    if (auto scripts = queries.scriptRanking(since); scripts.ok())
        fill(m_scripts, tr("Script"), tr("Uses"), scripts.value(),
             [](const InsightCount& c) { return c.label; });
    else
        failures << scripts.message();
    if (auto materials = queries.materialRanking(since); materials.ok())
        fill(m_materials, tr("Material"), tr("Uses"), materials.value(),
             [](const InsightCount& c) { return c.label; });
    else
        failures << materials.message();
    if (auto guides = queries.guideActivity(today); guides.ok()) {
        QStringList names;
        ChartCard::Series customers{tr("Customers"), {}};
        ChartCard::Series follows{tr("Follow-ups this week"), {}};
        ChartCard::Series overdue{tr("Overdue reminders"), {}};
        for (const GuideActivity& g : guides.value()) {
            if (!scope.ownerId.isEmpty() && g.staffId != scope.ownerId)
                continue;
            names << (g.name.isEmpty() ? tr("(unassigned)") : g.name);
            customers.values << g.customers;
            follows.values << g.followUpsThisWeek;
            overdue.values << g.overdueReminders;
        }
        m_guides->setData(tr("Guide"), names, {customers, follows, overdue});
    } else {
        failures << guides.message();
    }
    m_status->setText(
        failures.isEmpty()
            ? tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
            : tr("Some numbers could not be read: %1").arg(failures.first()));
    const bool manages = managesTeam();
    m_takeover->setVisible(manages);
    if (manages)
        fetchTakeover();
}

} // namespace ll::ui
