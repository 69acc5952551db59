#pragma once

#include <QTimer>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace ll::ui {

class Session;

// A search box that finds a customer by name, nickname, pinyin or phone and remembers the one picked.
// Used by the script preview and by the material actions, which record a follow-up on that customer.
class CustomerPicker : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerPicker(Session& session, QWidget* parent = nullptr);

    QString contactId() const { return m_contactId; }
    QString contactName() const { return m_contactName; }
    QLineEdit* edit() const { return m_edit; }
    QStandardItemModel* results() const { return m_results; }

    void setContact(const QString& contactId); // "" clears
    void searchNow();                          // runs the pending search at once

signals:
    void contactChanged(const QString& contactId);

private:
    void onTextEdited(const QString& text);
    static QString labelFor(const QString& name, const QString& nickname, const QString& phone);

    Session& m_session;
    QLineEdit* m_edit;
    QCompleter* m_completer;
    QStandardItemModel* m_results;
    QTimer m_debounce;
    QString m_contactId;
    QString m_contactName;
    QString m_shownText;
};

} // namespace ll::ui
