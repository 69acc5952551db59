#pragma once

#include "library/Script.h"

#include <QAbstractListModel>
#include <QIcon>

namespace ll::ui {

// The scripts matching the page's category and search, as the core listed them. Team scripts carry the
// team icon and say so in their tooltip.
class ScriptListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        UsageRole,
        TeamRole
    };

    explicit ScriptListModel(QObject* parent = nullptr);

    void reset(QList<Script> scripts);
    const Script* scriptAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QList<Script> m_scripts;
    QIcon m_teamIcon;
};

} // namespace ll::ui
