#pragma once

#include "domain/ContactQuery.h"

#include <QWidget>

class QRadioButton;
class QTreeWidget;

namespace ll::ui {

class Session;

// Tag groups with their tags and contact counts; checking tags filters the list, with AND (all checked
// tags) or OR (any of them).
class TagFilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TagFilterPanel(Session& session, QWidget* parent = nullptr);

    void refresh(); // re-reads tags and counts, keeps the checked ones
    QStringList checkedTagIds() const;
    ContactQuery::TagMode mode() const;
    void setSelection(const QStringList& tagIds, ContactQuery::TagMode mode);
    QTreeWidget* tree() const { return m_tree; }

signals:
    void filterChanged();

private:
    Session& m_session;
    QTreeWidget* m_tree;
    QRadioButton* m_all;
    QRadioButton* m_any;
};

} // namespace ll::ui
