#include "materials/MaterialsPage.h"

#include "app/Session.h"
#include "engine/SyncEngine.h"
#include "materials/AddMaterialDialog.h"
#include "materials/MaterialDelegate.h"
#include "materials/MaterialListModel.h"
#include "profile/Profile.h"
#include "reminders/ReminderEngine.h"
#include "scripts/CustomerPicker.h"
#include "scripts/LibraryActor.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ll::ui {

namespace {
QString withShortcut(const QString& text, const QKeySequence& keys)
{
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

bool isImageLike(const Material& m)
{
    return m.mimeType.startsWith(QLatin1String("image/"));
}
} // namespace

MaterialsPage::MaterialsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_actor(libraryActor(session))
    , m_lib(session.store(), m_actor)
{
    setAcceptDrops(true);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("materialSearch"));
    m_search->setPlaceholderText(tr("Search materials (pinyin works too)"));
    m_search->setClearButtonEnabled(true);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("materialKind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& code : materialKindCodes())
        m_kind->addItem(
            MaterialListModel::kindName(materialKindFromCode(code).value_or(MaterialKind::Document)), code);
    auto* addFile = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add &file…"));
    addFile->setToolTip(withShortcut(
        tr("Add an image, video, poster or document; or drop files on this page"), QKeySequence::New));
    auto* addLink = new QPushButton(tr("Add &link…"));
    auto* addMini = new QPushButton(tr("Add &mini program…"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 2);
    top->addWidget(m_kind);
    top->addStretch(1);
    top->addWidget(addFile);
    top->addWidget(addLink);
    top->addWidget(addMini);

    m_model = new MaterialListModel(m_lib, this);
    m_view = new QListView;
    m_view->setObjectName(QStringLiteral("materialGrid"));
    m_view->setViewMode(QListView::IconMode);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setIconSize(QSize(128, 128));
    // Room for the thumbnail and two lines of text (title, uses) in either language.
    const QSize cell(176, 128 + 3 * fontMetrics().lineSpacing() + 16);
    m_view->setGridSize(cell);
    m_view->setItemDelegate(new MaterialDelegate(cell - QSize(8, 8), m_view));
    m_view->setWordWrap(true);
    m_view->setSpacing(6);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(false);
    m_view->setModel(m_model);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    m_picker = new CustomerPicker(session);
    const QKeySequence copyKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    m_copy = new QPushButton(tr("&Copy"));
    m_copy->setObjectName(QStringLiteral("copyMaterial"));
    m_copy->setToolTip(
        withShortcut(tr("Copy to the clipboard: the picture, the link, or the file itself"), copyKeys));
    m_saveAs = new QPushButton(tr("&Save as…"));
    m_saveAs->setToolTip(tr("Save a copy of the file where you choose"));
    m_open = new QPushButton(tr("&Open…"));
    m_open->setToolTip(tr("Links open in the browser. Files are first saved where you choose, then opened: "
                          "nothing is written to a temporary folder."));
    m_delete = new QPushButton(tr("&Delete…"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("For customer")));
    bottom->addWidget(m_picker, 1);
    bottom->addStretch(1);
    bottom->addWidget(m_delete);
    bottom->addWidget(m_open);
    bottom->addWidget(m_saveAs);
    bottom->addWidget(m_copy);

    m_status = new QLabel(tr("Drop files here to add them to the library."));
    m_status->setObjectName(QStringLiteral("materialStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_status);

    auto* copyAction = new QAction(tr("Copy material"), this);
    copyAction->setShortcut(copyKeys);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &MaterialsPage::copyCurrent);
    addAction(copyAction);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &MaterialsPage::applyFilterNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MaterialsPage::applyFilterNow);
    connect(addFile, &QPushButton::clicked, this, [this] { addFileDialog(); });
    connect(addLink, &QPushButton::clicked, this, &MaterialsPage::addLinkDialog);
    connect(addMini, &QPushButton::clicked, this, &MaterialsPage::addMiniProgramDialog);
    connect(m_copy, &QPushButton::clicked, this, &MaterialsPage::copyCurrent);
    connect(m_saveAs, &QPushButton::clicked, this, &MaterialsPage::saveCurrentAs);
    connect(m_open, &QPushButton::clicked, this, &MaterialsPage::openCurrent);
    connect(m_delete, &QPushButton::clicked, this, &MaterialsPage::deleteCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MaterialsPage::updateButtons);
    connect(m_view, &QListView::doubleClicked, this, &MaterialsPage::copyCurrent);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu;
        connect(menu.addAction(m_copy->text()), &QAction::triggered, this, &MaterialsPage::copyCurrent);
        connect(menu.addAction(m_saveAs->text()), &QAction::triggered, this, &MaterialsPage::saveCurrentAs);
        connect(menu.addAction(m_open->text()), &QAction::triggered, this, &MaterialsPage::openCurrent);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    refresh();
}

void MaterialsPage::say(const QString& message)
{
    m_status->setText(message);
    emit statusMessage(message);
}

void MaterialsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // materials may have arrived by sync or from the CLI meanwhile
}

void MaterialsPage::refresh()
{
    applyFilterNow();
}

void MaterialsPage::applyFilterNow()
{
    m_debounce.stop();
    const QString current = currentMaterialId();
    MaterialQuery query;
    query.search = m_search->text().trimmed();
    query.kind = m_kind->currentData().toString();
    auto materials = m_lib.list(query);
    if (!materials.ok()) {
        say(tr("Could not list the materials: %1").arg(materials.message()));
        return;
    }
    m_model->reset(materials.value());
    if (!current.isEmpty())
        selectMaterial(current);
    updateButtons();
}

void MaterialsPage::selectMaterial(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    updateButtons();
}

QString MaterialsPage::currentMaterialId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(MaterialListModel::IdRole).toString() : QString();
}

void MaterialsPage::updateButtons()
{
    const Material* m = m_model->materialAt(m_view->currentIndex().row());
    m_copy->setEnabled(m != nullptr);
    m_saveAs->setEnabled(m && m->hasFile());
    m_open->setEnabled(m && (m->hasFile() || !m->url.isEmpty()));
    const bool canDelete = m && m_actor.canEdit(m->ownerId);
    m_delete->setEnabled(canDelete);
    m_delete->setToolTip(m && !canDelete
                             ? tr("Team materials are maintained by managers; guides cannot delete them.")
                             : tr("Delete this material"));
}

bool MaterialsPage::addMaterial(const MaterialInput& input, bool team)
{
    auto added = m_lib.add(input, team);
    if (!added.ok()) {
        say(tr("Not added: %1").arg(added.message()));
        QMessageBox::warning(this, tr("Material not added"), added.message());
        return false;
    }
    applyFilterNow();
    selectMaterial(added->id);
    say(tr("Added “%1”.").arg(added->title));
    return true;
}

void MaterialsPage::addFileDialog(const QString& path)
{
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this, tr("Add a file to the library"));
        if (file.isEmpty())
            return;
    }
    QString addedId;
    AddMaterialDialog dialog(
        AddMaterialDialog::Mode::File,
        [this, &addedId](const MaterialInput& input, bool team) -> Status {
            auto added = m_lib.add(input, team);
            if (!added.ok())
                return added.error();
            addedId = added->id;
            return {};
        },
        m_actor.canEditTeam(), this);
    dialog.setFile(file);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyFilterNow();
    selectMaterial(addedId);
    say(tr("Added “%1”.").arg(dialog.titleEdit()->text()));
}

void MaterialsPage::addLinkDialog()
{
    AddMaterialDialog dialog(
        AddMaterialDialog::Mode::Link,
        [this](const MaterialInput& input, bool team) -> Status {
            auto added = m_lib.add(input, team);
            return added.ok() ? Status() : Status(added.error());
        },
        m_actor.canEditTeam(), this);
    if (dialog.exec() == QDialog::Accepted)
        applyFilterNow();
}

void MaterialsPage::addMiniProgramDialog()
{
    AddMaterialDialog dialog(
        AddMaterialDialog::Mode::MiniProgram,
        [this](const MaterialInput& input, bool team) -> Status {
            auto added = m_lib.add(input, team);
            return added.ok() ? Status() : Status(added.error());
        },
        m_actor.canEditTeam(), this);
    if (dialog.exec() == QDialog::Accepted)
        applyFilterNow();
}

void MaterialsPage::addFiles(const QStringList& paths)
{
    if (paths.size() == 1) {
        addFileDialog(paths.first());
        return;
    }
    QStringList problems;
    int added = 0;
    for (const QString& path : paths) {
        MaterialInput input;
        input.kind = AddMaterialDialog::kindForFile(path);
        input.filePath = path;
        auto result = m_lib.add(input, false);
        if (result.ok())
            ++added;
        else
            problems << QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), result.message());
    }
    applyFilterNow();
    say(tr("Added %n file(s).", nullptr, added));
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Some files were not added"), problems.join(QLatin1Char('\n')));
}

QStringList MaterialsPage::localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    return files;
}

void MaterialsPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MaterialsPage::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // Not inside the drop: a modal dialog must not run while the drag source waits.
    QTimer::singleShot(0, this, [this, files] { addFiles(files); });
}

bool MaterialsPage::recordUse(const Material& material, const QString& action)
{
    const QString contactId = m_picker->contactId();
    auto use = m_lib.recordUse(material.id, action, contactId);
    if (!use.ok()) {
        say(tr("Done, but the use was not recorded: %1").arg(use.message()));
        return false;
    }
    if (!contactId.isEmpty())
        (void)ReminderEngine(m_session.store())
            .recomputeContact(contactId); // best effort; next recompute catches up
    const QString id = material.id;
    applyFilterNow(); // the usage count changed
    selectMaterial(id);
    return true;
}

bool MaterialsPage::copyCurrent()
{
    const Material* current = m_model->materialAt(m_view->currentIndex().row());
    if (!current) {
        say(tr("Choose a material first."));
        return false;
    }
    const Material m = *current;
    auto mime = std::make_unique<QMimeData>();
    switch (m.kind) {
    case MaterialKind::Link:
        mime->setText(m.url);
        mime->setUrls({QUrl(m.url)});
        break;
    case MaterialKind::MiniProgram: {
        QStringList lines{m.title, tr("Mini program %1, page %2").arg(m.appId, m.pagePath)};
        if (!m.url.isEmpty())
            lines << m.url;
        mime->setText(lines.join(QLatin1Char('\n')));
        break;
    }
    default: {
        if (!ensureLocalFile(m))
            return false;
        auto bytes = m_lib.content(m.id, m_lib.maxFileBytes());
        if (!bytes.ok()) {
            QMessageBox::warning(this, tr("Not copied"), bytes.message());
            return false;
        }
        // The bytes go to the clipboard in memory, under their own type: no temporary file.
        mime->setData(m.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : m.mimeType,
                      bytes.value());
        if (isImageLike(m)) {
            const QImage image = QImage::fromData(bytes.value());
            if (!image.isNull())
                mime->setImageData(image);
        } else if (!m.fileName.isEmpty()) {
            mime->setText(m.fileName);
        }
        break;
    }
    }
    QGuiApplication::clipboard()->setMimeData(mime.release());
    recordUse(m, QStringLiteral("copy"));
    say(m_picker->contactId().isEmpty()
            ? tr("Copied “%1”.").arg(m.title)
            : tr("Copied “%1” for %2 and recorded it as a follow-up.").arg(m.title, m_picker->contactName()));
    return true;
}

bool MaterialsPage::saveCurrentTo(const QString& path)
{
    const Material* current = m_model->materialAt(m_view->currentIndex().row());
    if (!current || !current->hasFile())
        return false;
    const Material m = *current;
    if (!ensureLocalFile(m))
        return false;
    const Status status = m_lib.exportTo(m.id, path);
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Not saved"), status.message());
        return false;
    }
    recordUse(m, QStringLiteral("save"));
    say(tr("Saved “%1” to %2.").arg(m.title, QDir::toNativeSeparators(path)));
    return true;
}

bool MaterialsPage::openCurrentFrom(const QString& path)
{
    const Material* current = m_model->materialAt(m_view->currentIndex().row());
    if (!current)
        return false;
    const Material m = *current;
    if (!m.hasFile()) {
        if (m.url.isEmpty() || !QDesktopServices::openUrl(QUrl(m.url))) {
            QMessageBox::warning(this, tr("Not opened"),
                                 tr("There is nothing to open for “%1”.").arg(m.title));
            return false;
        }
    } else {
        if (!ensureLocalFile(m))
            return false;
        const Status status = m_lib.exportTo(m.id, path);
        if (!status.ok()) {
            QMessageBox::warning(this, tr("Not opened"), status.message());
            return false;
        }
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            say(tr("Saved to %1, but no program could open it.").arg(QDir::toNativeSeparators(path)));
    }
    recordUse(m, QStringLiteral("open"));
    return true;
}

bool MaterialsPage::ensureLocalFile(const Material& m)
{
    if (m_lib.hasLocalFile(m))
        return true;
    // The download runs on its own connection to the store (the UI's is never shared between threads).
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    const Profile& profile = m_session.profile();
    QFutureWatcher<std::optional<sync::SyncError>> watcher;
    QProgressDialog progress(tr("Downloading “%1” from the server…").arg(m.title), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QEventLoop wait;
    connect(&watcher, &QFutureWatcherBase::finished, &wait, &QEventLoop::quit);
    watcher.setFuture(
        QtConcurrent::run([&profile, sha = m.sha256, cancel]() -> std::optional<sync::SyncError> {
            auto connection = profile.openConnection();
            if (!connection.ok())
                return sync::SyncError{sync::SyncErrorKind::Local, connection.message()};
            return sync::SyncEngine(*connection.value()).fetchBlob(sha, cancel.get());
        }));
    wait.exec();
    progress.reset();
    const std::optional<sync::SyncError> failed = watcher.result();
    if (failed) {
        if (failed->kind != sync::SyncErrorKind::Cancelled)
            QMessageBox::warning(
                this, tr("Not downloaded"),
                tr("The file of “%1” is not on this computer yet and could not be downloaded: %2")
                    .arg(m.title, failed->message));
        return false;
    }
    refresh(); // its thumbnail can be drawn now
    return true;
}

void MaterialsPage::saveCurrentAs()
{
    const Material* m = m_model->materialAt(m_view->currentIndex().row());
    if (!m || !m->hasFile())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save “%1” as").arg(m->title),
                                                      QDir::home().filePath(m->fileName));
    if (!path.isEmpty())
        saveCurrentTo(path);
}

void MaterialsPage::openCurrent()
{
    const Material* m = m_model->materialAt(m_view->currentIndex().row());
    if (!m)
        return;
    if (!m->hasFile()) {
        openCurrentFrom({});
        return;
    }
    // Opening needs a real file; it goes where the user says, never silently into a temporary folder.
    const QString path = QFileDialog::getSaveFileName(this, tr("Save “%1” to open it").arg(m->title),
                                                      QDir::home().filePath(m->fileName));
    if (!path.isEmpty())
        openCurrentFrom(path);
}

bool MaterialsPage::deleteCurrent()
{
    const Material* m = m_model->materialAt(m_view->currentIndex().row());
    if (!m || !m_actor.canEdit(m->ownerId))
        return false;
    const QString id = m->id;
    const QString title = m->title;
    if (QMessageBox::question(this, tr("Delete material"),
                              tr("Delete “%1” from the library? This cannot be undone.").arg(title),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    const Status status = m_lib.remove(id);
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Not deleted"), status.message());
        return false;
    }
    applyFilterNow();
    say(tr("Deleted “%1”.").arg(title));
    return true;
}

} // namespace ll::ui
