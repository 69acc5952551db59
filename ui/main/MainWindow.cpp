#include "main/MainWindow.h"

#include "app/Session.h"
#include "contacts/ContactDetailPane.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactsPage.h"
#include "contacts/SavedSegments.h"
#include "import/LeadFileDropFilter.h"
#include "import/LeadImportWizard.h"
#include "insight/InsightPage.h"
#include "materials/MaterialsPage.h"
#include "scripts/ScriptsPage.h"
#include "sync/SyncStatusWidget.h"
#include "team/TeamPage.h"
#include "today/TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

#include <iterator>

namespace ll::ui {

namespace {
constexpr int PageRole = Qt::UserRole + 1;
constexpr int SegmentRole = Qt::UserRole + 2;
} // namespace

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setWindowTitle(tr("Liuliang"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/liuliang.svg")));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_nav = new QListWidget;
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setMinimumWidth(150);
    const struct
    {
        Page page;
        const char* icon;
        QString text;
    } items[] = {
        {Today, "today", tr("Today")},
        {Contacts, "contacts", tr("Contacts")},
        {Leads, "leads", tr("Leads")},
        {Scripts, "scripts", tr("Scripts")},
        {Materials, "materials", tr("Materials")},
        {Insight, "insight", tr("Insight")},
        {Team, "team", tr("Team")},
    };
    for (const auto& i : items) {
        auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(i.icon))),
                                         i.text, m_nav);
        item->setData(PageRole, int(i.page));
        item->setSizeHint(QSize(0, 34));
    }
    connect(m_nav, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) { onNavigation(item); });

    m_today = new TodayPage(session);
    m_contacts = new ContactsPage(session, QStringLiteral("contacts"));
    m_leadsPage = new ContactsPage(session, QStringLiteral("leads"), toCode(Stage::Lead));
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_today);
    m_stack->addWidget(m_contacts);
    m_stack->addWidget(m_leadsPage);
    m_scripts = new ScriptsPage(session);
    m_materials = new MaterialsPage(session);
    m_stack->addWidget(m_scripts);
    m_stack->addWidget(m_materials);
    const auto showStatus = [this](const QString& message) { statusBar()->showMessage(message, 8000); };
    connect(m_scripts, &ScriptsPage::statusMessage, this, showStatus);
    connect(m_materials, &MaterialsPage::statusMessage, this, showStatus);
    m_insight = new InsightPage(session);
    m_stack->addWidget(m_insight);
    m_team = new TeamPage(session);
    m_stack->addWidget(m_team);
    connect(m_team, &TeamPage::loginRequested, this, [this] {
        // The sync corner owns the login dialog; without it (no sync UI) point the user to it.
        if (auto* corner = statusBar()->findChild<SyncStatusWidget*>())
            emit corner->loginRequested();
        else
            statusBar()->showMessage(tr("Log in from the status bar."), 8000);
    });

    for (ContactsPage* p : {m_contacts, m_leadsPage}) {
        connect(p, &ContactsPage::segmentsChanged, this, &MainWindow::reloadSegments);
        connect(p, &ContactsPage::importRequested, this, [this] { openImportWizard(); });
        connect(p, &ContactsPage::countsChanged, this, [this, p] {
            // The edit, follow-up or new contact may answer reminders or bring new ones.
            m_today->recomputeContact(p->detail()->contactId());
            refreshCounts();
        });
    }
    connect(m_today, &TodayPage::openContact, this, [this](const QString& id) {
        showPage(Contacts);
        m_contacts->selectContact(id);
    });
    connect(m_today, &TodayPage::countChanged, this, &MainWindow::todayCountChanged);
    connect(new LeadFileDropFilter(m_leadsPage), &LeadFileDropFilter::fileDropped, this,
            [this](const QString& path) { openImportWizard(path); });

    m_splitter = new QSplitter;
    m_splitter->addWidget(m_nav);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 1100});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    statusBar()->showMessage(tr("Profile: %1").arg(session.profile().directory()));

    buildActions();
    reloadSegments();
    refreshCounts();

    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("main/geometry")).toByteArray()))
        resize(1360, 820);
    m_splitter->restoreState(s.value(QStringLiteral("main/splitter")).toByteArray());
    showPage(Page(s.value(QStringLiteral("main/page"), int(Contacts)).toInt()));
}

MainWindow::~MainWindow()
{
    QSettings s;
    s.setValue(QStringLiteral("main/geometry"), saveGeometry());
    s.setValue(QStringLiteral("main/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("main/page"), int(currentPage()));
    m_contacts->saveLayout();
    m_leadsPage->saveLayout();
}

void MainWindow::buildActions()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* newContact = file->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New contact…"));
    newContact->setShortcut(QKeySequence::New);
    connect(newContact, &QAction::triggered, this, [this] {
        // Ctrl+N makes a new item of the page in front: a script on Scripts, a material on Materials.
        if (currentPage() == Scripts)
            return m_scripts->newScript();
        if (currentPage() == Materials)
            return m_materials->addFileDialog();
        if (currentPage() != Leads)
            showPage(Contacts);
        activeContactsPage()->newContact();
    });
    auto* importLeads = file->addAction(tr("&Import leads…"));
    importLeads->setObjectName(QStringLiteral("importLeads"));
    importLeads->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(importLeads, &QAction::triggered, this, [this] { openImportWizard(); });
    file->addSeparator();
    auto* settings = file->addAction(tr("&Settings…"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    auto* lock = file->addAction(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Lock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto* contact = menuBar()->addMenu(tr("&Contact"));
    auto* search = contact->addAction(tr("&Search"));
    search->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::Key_Slash | Qt::CTRL)});
    connect(search, &QAction::triggered, this, [this] {
        if (currentPage() != Leads)
            showPage(Contacts);
        activeContactsPage()->focusSearch();
    });
    auto* follow = contact->addAction(tr("Add &follow-up…"));
    follow->setObjectName(QStringLiteral("addFollowUp"));
    follow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(follow, &QAction::triggered, this, [this] { activeContactsPage()->detail()->addFollowUp(); });
    auto* next = contact->addAction(tr("&Next contact"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(next, &QAction::triggered, this, [this] { activeContactsPage()->selectRelative(1); });
    auto* prev = contact->addAction(tr("&Previous contact"));
    prev->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(prev, &QAction::triggered, this, [this] { activeContactsPage()->selectRelative(-1); });

    auto* go = menuBar()->addMenu(tr("&Go"));
    const Page pages[] = {Today, Contacts, Leads, Scripts, Materials, Insight, Team};
    for (int i = 0; i < int(std::size(pages)); ++i) {
        auto* a = go->addAction(m_nav->item(i)->text());
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        const Page p = pages[i];
        connect(a, &QAction::triggered, this, [this, p] { showPage(p); });
    }

    auto* help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("&About Liuliang")), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Liuliang"),
                           tr("<b>Liuliang %1</b><br>Keep your customers: follow-up, tags and reminders for "
                              "store guides.<br>Customer data is encrypted on this computer.")
                               .arg(QApplication::applicationVersion()));
    });
}

ContactsPage* MainWindow::activeContactsPage() const
{
    return currentPage() == Leads ? m_leadsPage : m_contacts;
}

void MainWindow::showPage(Page page)
{
    for (int i = 0; i < m_nav->count(); ++i) {
        QListWidgetItem* item = m_nav->item(i);
        if (item->data(SegmentRole).isNull() && item->data(PageRole).toInt() == int(page)) {
            m_nav->setCurrentItem(item);
            break;
        }
    }
    m_stack->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void MainWindow::onNavigation(QListWidgetItem* item)
{
    if (!item)
        return;
    if (!item->data(SegmentRole).isNull()) {
        auto segments = SavedSegments::load(m_session.store());
        if (!segments.ok())
            return;
        const QString name = item->data(SegmentRole).toString();
        for (const Segment& s : segments.value()) {
            if (s.name == name) {
                m_stack->setCurrentWidget(m_contacts);
                m_contacts->applySegment(s);
            }
        }
        return;
    }
    const auto page = Page(item->data(PageRole).toInt());
    if (page == Today)
        m_today->refresh();
    m_stack->setCurrentIndex(int(page));
}

void MainWindow::reloadSegments()
{
    for (QListWidgetItem* item : m_segmentItems)
        delete item;
    m_segmentItems.clear();
    auto segments = SavedSegments::load(m_session.store());
    if (!segments.ok() || segments->isEmpty())
        return;
    auto* header = new QListWidgetItem(tr("Segments"), m_nav);
    header->setFlags(Qt::NoItemFlags);
    QFont f = header->font();
    f.setBold(true);
    header->setFont(f);
    m_segmentItems << header;
    for (const Segment& s : segments.value()) {
        auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/segment.svg")), s.name, m_nav);
        item->setData(SegmentRole, s.name);
        m_segmentItems << item;
    }
}

void MainWindow::refreshCounts()
{
    m_today->refresh();
    const int todayCount = m_today->count();
    ContactQuery leads;
    leads.stage = toCode(Stage::Lead);
    auto leadCount = m_session.contacts().count(leads);
    m_nav->item(Today)->setText(todayCount > 0 ? tr("Today (%1)").arg(todayCount) : tr("Today"));
    m_nav->item(Leads)->setText(
        leadCount.ok() && leadCount.value() > 0 ? tr("Leads (%1)").arg(leadCount.value()) : tr("Leads"));
}

void MainWindow::openImportWizard(const QString& path)
{
    if (auto* open = findChild<LeadImportWizard*>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* wizard = new LeadImportWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &LeadImportWizard::imported, this, [this] {
        // The import wrote through its own connection: reload what the pages show.
        m_contacts->refresh();
        m_leadsPage->refresh();
        refreshCounts();
    });
    if (!path.isEmpty())
        wizard->setFile(path);
    wizard->open();
}

void MainWindow::saveBeforeClose()
{
    for (ContactsPage* p : {m_contacts, m_leadsPage})
        if (p->detail()->isDirty())
            p->detail()->save();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_scripts->confirmLeave()) {
        event->ignore();
        return;
    }
    for (ContactsPage* p : {m_contacts, m_leadsPage}) {
        if (!p->confirmLeave()) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace ll::ui
