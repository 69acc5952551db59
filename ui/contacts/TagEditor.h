#pragma once

#include <QWidget>

class QCompleter;
class QLineEdit;
class QListWidget;
class QStringListModel;

namespace ll::ui {

class Session;

// The tags of one contact: remove with Delete or the button, add by typing with completion over the
// existing tags; a name that does not exist yet becomes a new tag (in the default group, or
// "group/name" to choose the group). Changes are saved at once: tags are an add-wins set, not a form.
class TagEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TagEditor(Session& session, QWidget* parent = nullptr);

    void setContact(const QString& contactId);
    QLineEdit* input() const { return m_input; }
    QListWidget* list() const { return m_list; }
    bool addTag(const QString& text);

signals:
    void tagsChanged(const QString& contactId);
    void errorOccurred(const QString& message);

private:
    void reload();
    void removeSelected();

    Session& m_session;
    QString m_contactId;
    QListWidget* m_list;
    QLineEdit* m_input;
    QStringListModel* m_names;
};

} // namespace ll::ui
