#include "scripts/ScriptEditor.h"

#include "scripts/ScriptHighlighter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace ll::ui {

namespace {

QString placeholderDescription(const QString& name)
{
    if (name == QLatin1String("name"))
        return ScriptEditor::tr("Customer's name");
    if (name == QLatin1String("nickname"))
        return ScriptEditor::tr("WeChat nickname");
    if (name == QLatin1String("product"))
        return ScriptEditor::tr("Last product bought");
    if (name == QLatin1String("days_since_purchase"))
        return ScriptEditor::tr("Days since that purchase");
    if (name == QLatin1String("guide"))
        return ScriptEditor::tr("Your name");
    if (name == QLatin1String("store"))
        return ScriptEditor::tr("Store name");
    return {};
}

} // namespace

QString ScriptEditor::categoryName(ScriptCategory category)
{
    switch (category) {
    case ScriptCategory::Welcome:
        return tr("Welcome");
    case ScriptCategory::ProductIntro:
        return tr("Product introduction");
    case ScriptCategory::Objection:
        return tr("Objection handling");
    case ScriptCategory::Holiday:
        return tr("Holiday");
    case ScriptCategory::Birthday:
        return tr("Birthday");
    case ScriptCategory::RunOut:
        return tr("Run-out follow-up");
    case ScriptCategory::Custom:
        return tr("Custom");
    }
    return {};
}

ScriptEditor::ScriptEditor(QWidget* parent)
    : QWidget(parent)
{
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("scriptTitle"));
    m_title->setPlaceholderText(tr("e.g. Welcome a new customer"));
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("scriptCategory"));
    for (const QString& code : scriptCategoryCodes())
        m_category->addItem(categoryName(scriptCategoryFromCode(code).value_or(ScriptCategory::Custom)),
                            code);
    m_tags = new QLineEdit;
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_team = new QCheckBox(tr("Team script (everyone in the store can use it)"));
    m_team->hide();

    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("scriptBody"));
    m_body->setPlaceholderText(tr("Hello {name}, …  Insert placeholders from the menu above."));
    m_body->setTabChangesFocus(true);
    m_highlighter = new ScriptHighlighter(m_body->document());

    m_insertMenu = new QMenu(this);
    m_insert = new QToolButton;
    m_insert->setText(tr("Insert placeholder"));
    m_insert->setToolTip(tr("Insert a placeholder at the cursor; it is filled from the selected customer."));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setMenu(m_insertMenu);

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("scriptProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b02020"));
    m_problems->hide();
    m_readOnlyNote = new QLabel;
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setStyleSheet(QStringLiteral("color: palette(mid)"));
    m_readOnlyNote->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Category"), m_category);
    form->addRow(tr("T&ags"), m_tags);
    form->addRow(QString(), m_team);
    auto* bodyHeader = new QHBoxLayout;
    auto* bodyLabel = new QLabel(tr("&Message"));
    bodyLabel->setBuddy(m_body);
    bodyHeader->addWidget(bodyLabel);
    bodyHeader->addStretch(1);
    bodyHeader->addWidget(m_insert);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(form);
    layout->addLayout(bodyHeader);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_problems);

    const auto touched = [this] {
        if (m_loading)
            return;
        m_dirty = true;
        emit edited();
    };
    connect(m_title, &QLineEdit::textEdited, this, touched);
    connect(m_tags, &QLineEdit::textEdited, this, touched);
    connect(m_category, &QComboBox::currentIndexChanged, this, touched);
    connect(m_team, &QCheckBox::toggled, this, touched);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this, touched] {
        const QString text = m_body->toPlainText();
        if (text == m_lastBody)
            return;
        m_lastBody = text;
        touched();
        if (!m_loading)
            emit bodyEdited();
    });
    startNew(false);
}

void ScriptEditor::setReadOnly(bool readOnly, const QString& reason)
{
    m_title->setReadOnly(readOnly);
    m_tags->setReadOnly(readOnly);
    m_category->setEnabled(!readOnly);
    m_body->setReadOnly(readOnly);
    m_insert->setEnabled(!readOnly);
    m_readOnlyNote->setText(reason);
    m_readOnlyNote->setVisible(readOnly && !reason.isEmpty());
}

void ScriptEditor::showScript(const Script& script, bool readOnly, const QString& readOnlyReason)
{
    m_loading = true;
    m_isNew = false;
    m_title->setText(script.title);
    m_category->setCurrentIndex(qMax(0, m_category->findData(toCode(script.category))));
    m_tags->setText(script.tags.join(QStringLiteral(", ")));
    m_team->setChecked(script.isTeamScript());
    m_team->hide();
    m_body->setPlainText(script.body);
    m_lastBody = script.body;
    setReadOnly(readOnly, readOnlyReason);
    m_loading = false;
    m_dirty = false;
}

void ScriptEditor::startNew(bool offerTeam)
{
    m_loading = true;
    m_isNew = true;
    m_title->clear();
    m_category->setCurrentIndex(qMax(0, m_category->findData(toCode(ScriptCategory::Custom))));
    m_tags->clear();
    m_team->setChecked(false);
    m_team->setVisible(offerTeam);
    m_body->clear();
    m_lastBody.clear();
    setReadOnly(false, {});
    m_loading = false;
    m_dirty = false;
}

ScriptInput ScriptEditor::collect() const
{
    ScriptInput input;
    input.title = m_title->text().trimmed();
    input.category = m_category->currentData().toString();
    input.body = m_body->toPlainText();
    QStringList tags;
    for (const QString& t : m_tags->text().split(QRegularExpression(QStringLiteral("[,，、]"))))
        if (!t.trimmed().isEmpty())
            tags << t.trimmed();
    input.tags = tags;
    return input;
}

bool ScriptEditor::asTeam() const
{
    return m_team->isVisible() && m_team->isChecked();
}

QString ScriptEditor::body() const
{
    return m_body->toPlainText();
}

void ScriptEditor::setPlaceholders(const QStringList& builtins, const QStringList& customFields)
{
    m_insertMenu->clear();
    QSet<QString> known;
    for (const QString& name : builtins) {
        known.insert(name);
        const QString description = placeholderDescription(name);
        QAction* a = m_insertMenu->addAction(description.isEmpty()
                                                 ? QStringLiteral("{%1}").arg(name)
                                                 : QStringLiteral("{%1}  —  %2").arg(name, description));
        connect(a, &QAction::triggered, this, [this, name] { insertPlaceholder(name); });
    }
    if (!customFields.isEmpty()) {
        m_insertMenu->addSection(tr("Custom fields"));
        for (const QString& name : customFields) {
            known.insert(name);
            QAction* a = m_insertMenu->addAction(QStringLiteral("{%1}").arg(name));
            connect(a, &QAction::triggered, this, [this, name] { insertPlaceholder(name); });
        }
    }
    m_highlighter->setKnownPlaceholders(known);
}

void ScriptEditor::setSensitiveWords(const QStringList& words)
{
    m_highlighter->setSensitiveWords(words);
}

void ScriptEditor::setProblems(const QString& text)
{
    m_problems->setText(text);
    m_problems->setVisible(!text.isEmpty());
}

void ScriptEditor::insertPlaceholder(const QString& name)
{
    if (m_body->isReadOnly())
        return;
    m_body->insertPlainText(QStringLiteral("{%1}").arg(name));
    m_body->setFocus();
}

} // namespace ll::ui
