#include "scripts/ScriptsPage.h"

#include "app/Session.h"
#include "library/ContactFields.h"
#include "reminders/ReminderEngine.h"
#include "scripts/CustomerPicker.h"
#include "scripts/LibraryActor.h"
#include "scripts/ScriptEditor.h"
#include "scripts/ScriptListModel.h"
#include "scripts/SensitiveWordsDialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace ll::ui {

namespace {
constexpr int CategoryRole = Qt::UserRole + 1;

QString withShortcut(const QString& text, const QKeySequence& keys)
{
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}
} // namespace

ScriptsPage::ScriptsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_actor(libraryActor(session))
    , m_lib(session.store(), m_actor)
    , m_words(session.store(), m_actor)
{
    // Categories.
    m_categories = new QListWidget;
    m_categories->setObjectName(QStringLiteral("scriptCategories"));
    m_categories->setFrameShape(QFrame::NoFrame);
    m_categories->setSpacing(3);
    auto* all = new QListWidgetItem(tr("All scripts"), m_categories);
    all->setData(CategoryRole, QString());
    for (const QString& code : scriptCategoryCodes()) {
        auto* item = new QListWidgetItem(
            ScriptEditor::categoryName(scriptCategoryFromCode(code).value_or(ScriptCategory::Custom)),
            m_categories);
        item->setData(CategoryRole, code);
    }
    m_categories->setCurrentRow(0);
    auto* words = new QPushButton(tr("Sensitive words…"));
    words->setToolTip(tr("The words no script may contain; managers edit the list."));
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_categories, 1);
    leftLayout->addWidget(words);

    // Scripts.
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("scriptSearch"));
    m_search->setPlaceholderText(tr("Search scripts (pinyin works too)"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("scriptList"));
    m_model = new ScriptListModel(this);
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_new = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New script"));
    m_new->setToolTip(withShortcut(tr("Write a new script"), QKeySequence::New));
    auto* middle = new QWidget;
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_search);
    middleLayout->addWidget(m_list, 1);
    middleLayout->addWidget(m_new);

    // Editor, preview and actions.
    m_editor = new ScriptEditor;
    m_picker = new CustomerPicker(session);
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("scriptPreview"));
    m_preview->setReadOnly(true);
    m_preview->setMaximumHeight(160);
    m_previewProblems = new QLabel;
    m_previewProblems->setWordWrap(true);
    m_previewProblems->setStyleSheet(QStringLiteral("color: #b06000"));
    m_previewProblems->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("scriptStatus"));
    m_status->setWordWrap(true);

    const QKeySequence saveKeys(Qt::CTRL | Qt::Key_Return);
    const QKeySequence copyKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    m_delete = new QPushButton(tr("&Delete…"));
    m_save = new QPushButton(tr("&Save"));
    m_save->setToolTip(withShortcut(tr("Save the script"), saveKeys));
    m_copy = new QPushButton(tr("&Copy for customer"));
    m_copy->setObjectName(QStringLiteral("copyScript"));
    m_copy->setDefault(true);

    auto* previewHeader = new QHBoxLayout;
    auto* previewLabel = new QLabel(tr("Preview for"));
    previewHeader->addWidget(previewLabel);
    previewHeader->addWidget(m_picker, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_copy);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_editor, 3);
    rightLayout->addLayout(previewHeader);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_previewProblems);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_status);

    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({150, 260, 600});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    // Shortcuts live on the page so they do not fight the contact pages' (Ctrl+S is sync).
    auto* saveAction = new QAction(tr("Save script"), this);
    saveAction->setShortcuts({saveKeys, QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &ScriptsPage::save);
    addAction(saveAction);
    auto* copyAction = new QAction(tr("Copy for customer"), this);
    copyAction->setShortcut(copyKeys);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAction, &QAction::triggered, this, &ScriptsPage::copyPersonalised);
    addAction(copyAction);

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(150);
    m_checkDebounce.setSingleShot(true);
    m_checkDebounce.setInterval(120);
    connect(&m_searchDebounce, &QTimer::timeout, this, &ScriptsPage::reloadList);
    connect(&m_checkDebounce, &QTimer::timeout, this, &ScriptsPage::updateNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDebounce.start(); });
    connect(m_categories, &QListWidget::currentRowChanged, this, &ScriptsPage::reloadList);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_editor, &ScriptEditor::bodyEdited, this, [this] { m_checkDebounce.start(); });
    connect(m_editor, &ScriptEditor::edited, this, &ScriptsPage::updateButtons);
    connect(m_picker, &CustomerPicker::contactChanged, this, [this] {
        updatePreview();
        updateButtons();
    });
    connect(m_new, &QPushButton::clicked, this, &ScriptsPage::newScript);
    connect(m_save, &QPushButton::clicked, this, &ScriptsPage::save);
    connect(m_delete, &QPushButton::clicked, this, &ScriptsPage::deleteCurrent);
    connect(m_copy, &QPushButton::clicked, this, &ScriptsPage::copyPersonalised);
    connect(words, &QPushButton::clicked, this, &ScriptsPage::editSensitiveWords);

    refresh();
    updateNow();
}

void ScriptsPage::say(const QString& message)
{
    m_status->setText(message);
    emit statusMessage(message);
}

void ScriptsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // scripts, fields or words may have arrived by sync or from the CLI meanwhile
}

void ScriptsPage::refresh()
{
    auto fields = ContactFieldRepository(m_session.store()).fieldNames();
    m_editor->setPlaceholders(script_template::builtinPlaceholders(),
                              fields.ok() ? fields.value() : QStringList());
    auto words = m_words.list();
    m_editor->setSensitiveWords(words.ok() ? words.value() : QStringList());
    reloadList();
    updateNow();
}

void ScriptsPage::reloadList()
{
    m_searchDebounce.stop();
    ScriptQuery query;
    query.search = m_search->text().trimmed();
    if (QListWidgetItem* item = m_categories->currentItem())
        query.category = item->data(CategoryRole).toString();
    auto scripts = m_lib.list(query);
    if (!scripts.ok()) {
        say(tr("Could not list the scripts: %1").arg(scripts.message()));
        return;
    }
    m_reverting = true; // a reset is not the user choosing another script
    m_model->reset(scripts.value());
    const int row = m_model->rowOf(m_currentId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    m_reverting = false;
}

void ScriptsPage::onCurrentChanged(const QModelIndex& current)
{
    if (m_reverting || !current.isValid())
        return;
    const QString id = current.data(ScriptListModel::IdRole).toString();
    if (id == m_currentId)
        return;
    if (!confirmLeave()) {
        // Put the selection back on the script with the unsaved edit once the view finished its update.
        QTimer::singleShot(0, this, [this] {
            m_reverting = true;
            const int row = m_model->rowOf(m_currentId);
            if (row >= 0)
                m_list->setCurrentIndex(m_model->index(row, 0));
            else
                m_list->clearSelection();
            m_reverting = false;
        });
        return;
    }
    showScript(id);
}

void ScriptsPage::selectScript(const QString& id)
{
    if (id == m_currentId || !confirmLeave())
        return;
    showScript(id);
    m_reverting = true;
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    m_reverting = false;
}

void ScriptsPage::showScript(const QString& id)
{
    auto script = m_lib.get(id);
    if (!script.ok()) {
        say(tr("Could not open the script: %1").arg(script.message()));
        return;
    }
    m_currentId = script->id;
    m_currentReadOnly = !m_actor.canEdit(script->ownerId);
    const QString reason =
        script->isTeamScript()
            ? tr("Team script: managers maintain it. You can preview and copy it, not change it.")
            : tr("Another guide's script: you can preview and copy it, not change it.");
    m_editor->showScript(script.value(), m_currentReadOnly, m_currentReadOnly ? reason : QString());
    updateNow();
}

void ScriptsPage::newScript()
{
    if (!confirmLeave())
        return;
    m_currentId.clear();
    m_currentReadOnly = false;
    m_reverting = true;
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_reverting = false;
    m_editor->startNew(m_actor.canEditTeam());
    m_editor->titleEdit()->setFocus();
    updateNow();
}

void ScriptsPage::updateNow()
{
    m_checkDebounce.stop();
    updateChecks();
    updatePreview();
    updateButtons();
}

void ScriptsPage::updateChecks()
{
    const QString body = m_editor->body();
    if (body.isEmpty()) {
        m_editor->setProblems({});
        return;
    }
    auto check = m_lib.check(body);
    if (!check.ok()) {
        m_editor->setProblems(check.message());
        return;
    }
    QStringList lines;
    if (!check->unknownPlaceholders.isEmpty()) {
        QStringList names;
        for (const QString& n : check->unknownPlaceholders)
            names << QStringLiteral("{%1}").arg(n);
        lines
            << tr("Unknown placeholders: %1. They cannot be filled in for a customer; check the spelling or "
                  "add the custom field first.")
                   .arg(names.join(QStringLiteral(", ")));
    }
    lines << check->syntaxProblems;
    if (!check->sensitiveWords.isEmpty())
        lines << tr("Sensitive words: %1. The script cannot be saved or copied with them.")
                     .arg(check->sensitiveWords.join(QStringLiteral(", ")));
    m_editor->setProblems(lines.join(QLatin1Char('\n')));
}

void ScriptsPage::updatePreview()
{
    const QString contactId = m_picker->contactId();
    m_previewProblems->hide();
    if (contactId.isEmpty()) {
        m_preview->clear();
        m_preview->setPlaceholderText(tr("Pick a customer to see the message as they will get it."));
        return;
    }
    auto rendered = m_lib.preview(m_editor->body(), contactId);
    if (!rendered.ok()) {
        m_preview->clear();
        m_previewProblems->setText(rendered.message());
        m_previewProblems->show();
        return;
    }
    m_preview->setPlainText(rendered->text);
    if (!rendered->ok()) {
        m_previewProblems->setText(rendered->problemText());
        m_previewProblems->show();
    }
}

void ScriptsPage::updateButtons()
{
    const bool haveScript = !m_currentId.isEmpty();
    const QString readOnlyWhy = tr("Team scripts are maintained by managers; guides cannot change them.");
    m_save->setEnabled(!m_currentReadOnly);
    m_save->setToolTip(m_currentReadOnly
                           ? readOnlyWhy
                           : withShortcut(tr("Save the script"), QKeySequence(Qt::CTRL | Qt::Key_Return)));
    m_delete->setEnabled(haveScript && !m_currentReadOnly);
    m_delete->setToolTip(m_currentReadOnly ? readOnlyWhy : tr("Delete this script"));
    const bool canCopy = haveScript && !m_picker->contactId().isEmpty();
    m_copy->setEnabled(canCopy);
    m_copy->setToolTip(!haveScript ? tr("Save the script first")
                       : canCopy
                           ? withShortcut(tr("Copy the personalised message and record it as a follow-up"),
                                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))
                           : tr("Pick a customer first: the placeholders are filled from their details"));
}

bool ScriptsPage::save()
{
    if (m_currentReadOnly) {
        say(tr("Team scripts are maintained by managers; guides cannot change them."));
        return false;
    }
    const ScriptInput input = m_editor->collect();
    auto hits = m_words.check(input.body.value_or(QString()));
    if (hits.ok() && !hits->isEmpty()) {
        say(tr("Not saved: the script contains sensitive words."));
        QMessageBox::warning(
            this, tr("Script not saved"),
            tr("The script was not saved.\n\n%1").arg(SensitiveWords::describe(hits.value())));
        return false;
    }
    const bool adding = m_editor->isNew();
    auto saved = adding ? m_lib.add(input, m_editor->asTeam()) : m_lib.update(m_currentId, input);
    if (!saved.ok()) {
        say(tr("Not saved: %1").arg(saved.message()));
        QMessageBox::warning(this, tr("Script not saved"), saved.message());
        return false;
    }
    m_editor->markSaved();
    m_currentId.clear(); // shows the saved version (and lets reloadList select it)
    showScript(saved->id);
    reloadList();
    say(adding ? tr("Script “%1” added.").arg(saved->title) : tr("Script “%1” saved.").arg(saved->title));
    return true;
}

bool ScriptsPage::deleteCurrent()
{
    if (m_currentId.isEmpty() || m_currentReadOnly)
        return false;
    const QString title = m_editor->titleEdit()->text();
    const auto answer = QMessageBox::question(this, tr("Delete script"),
                                              tr("Delete the script “%1”? This cannot be undone.").arg(title),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    const Status status = m_lib.remove(m_currentId);
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Script not deleted"), status.message());
        return false;
    }
    m_editor->markSaved();
    m_currentId.clear();
    m_currentReadOnly = false;
    m_editor->startNew(m_actor.canEditTeam());
    reloadList();
    updateNow();
    say(tr("Script “%1” deleted.").arg(title));
    return true;
}

bool ScriptsPage::copyPersonalised()
{
    if (m_currentId.isEmpty()) {
        say(tr("Choose or save a script first."));
        return false;
    }
    const QString contactId = m_picker->contactId();
    if (contactId.isEmpty()) {
        say(tr("Pick a customer first: the placeholders are filled from their details."));
        m_picker->edit()->setFocus();
        return false;
    }
    if (m_editor->isDirty() && !confirmLeave())
        return false;
    auto text = m_lib.render(m_currentId, contactId);
    if (!text.ok()) {
        say(tr("Not copied: %1").arg(text.message()));
        QMessageBox::warning(this, tr("Message not copied"), text.message());
        return false;
    }
    auto hits = m_words.check(text.value());
    if (!hits.ok() || !hits->isEmpty()) {
        const QString why = hits.ok() ? SensitiveWords::describe(hits.value()) : hits.message();
        say(tr("Not copied: the message contains sensitive words."));
        QMessageBox::warning(this, tr("Message not copied"), tr("Nothing was copied.\n\n%1").arg(why));
        return false;
    }
    auto use = m_lib.use(m_currentId, contactId);
    if (!use.ok()) {
        say(tr("Not copied: %1").arg(use.message()));
        QMessageBox::warning(this, tr("Message not copied"), use.message());
        return false;
    }
    QGuiApplication::clipboard()->setText(use->text);
    // The follow-up may answer a reminder (run-out, dormant): let it close them now.
    const Status reminders = ReminderEngine(m_session.store()).recomputeContact(contactId);
    reloadList();
    say(reminders.ok()
            ? tr("Copied the message for %1 and recorded it as a follow-up.").arg(m_picker->contactName())
            : tr("Copied and recorded; the reminders will update later (%1).").arg(reminders.message()));
    return true;
}

bool ScriptsPage::confirmLeave()
{
    if (!m_editor->isDirty() || m_currentReadOnly)
        return true;
    const QString title = m_editor->titleEdit()->text().trimmed();
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        title.isEmpty() ? tr("You changed this script. Save the changes?")
                        : tr("You changed the script “%1”. Save the changes?").arg(title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_editor->markSaved();
        const QString id = m_currentId;
        m_currentId.clear();
        if (!id.isEmpty())
            showScript(id); // back to the stored version
        return true;
    }
    return false;
}

void ScriptsPage::editSensitiveWords()
{
    SensitiveWordsDialog dialog(m_words, m_actor.canEditTeam(), this);
    dialog.exec();
    if (dialog.changed())
        refresh();
}

} // namespace ll::ui
