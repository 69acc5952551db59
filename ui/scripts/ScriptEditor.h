#pragma once

#include "library/Script.h"

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QToolButton;

namespace ll::ui {

class ScriptHighlighter;

// Title, category, tags and body of one script, with a placeholder menu and live marks in the body.
// Knows nothing of the store: the page loads scripts into it and collects the edit back.
class ScriptEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ScriptEditor(QWidget* parent = nullptr);

    static QString categoryName(ScriptCategory category);

    void showScript(const Script& script, bool readOnly, const QString& readOnlyReason = {});
    void startNew(bool offerTeam);
    ScriptInput collect() const;
    bool isNew() const { return m_isNew; }
    bool asTeam() const;
    bool isDirty() const { return m_dirty; }
    void markSaved() { m_dirty = false; }
    QString body() const;

    void setPlaceholders(const QStringList& builtins, const QStringList& customFields);
    void setSensitiveWords(const QStringList& words);
    void setProblems(const QString& text);
    void insertPlaceholder(const QString& name);

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* categoryBox() const { return m_category; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QPlainTextEdit* bodyEdit() const { return m_body; }
    QLabel* problemsLabel() const { return m_problems; }
    ScriptHighlighter* highlighter() const { return m_highlighter; }

signals:
    void edited();     // any field
    void bodyEdited(); // the body, for the live preview

private:
    void setReadOnly(bool readOnly, const QString& reason);

    QLineEdit* m_title;
    QComboBox* m_category;
    QLineEdit* m_tags;
    QCheckBox* m_team;
    QPlainTextEdit* m_body;
    QToolButton* m_insert;
    QMenu* m_insertMenu;
    QLabel* m_problems;
    QLabel* m_readOnlyNote;
    ScriptHighlighter* m_highlighter;
    QString m_lastBody; // re-highlighting also signals textChanged; only a different text is an edit
    bool m_dirty = false;
    bool m_isNew = true;
    bool m_loading = false;
};

} // namespace ll::ui
