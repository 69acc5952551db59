#include "scripts/ScriptListModel.h"

namespace ll::ui {

ScriptListModel::ScriptListModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_teamIcon(QStringLiteral(":/icons/team.svg"))
{}

void ScriptListModel::reset(QList<Script> scripts)
{
    beginResetModel();
    m_scripts = std::move(scripts);
    endResetModel();
}

const Script* ScriptListModel::scriptAt(int row) const
{
    return row >= 0 && row < m_scripts.size() ? &m_scripts[row] : nullptr;
}

int ScriptListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_scripts.size(); ++i)
        if (m_scripts[i].id == id)
            return i;
    return -1;
}

int ScriptListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_scripts.size());
}

QVariant ScriptListModel::data(const QModelIndex& index, int role) const
{
    const Script* s = scriptAt(index.row());
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  ·  used %n time(s)", nullptr, s->usageCount).arg(s->title);
    case Qt::DecorationRole:
        return s->isTeamScript() ? m_teamIcon : QVariant();
    case Qt::ToolTipRole:
        return s->isTeamScript() ? tr("Team script, maintained by managers") : tr("Your script");
    case IdRole:
        return s->id;
    case UsageRole:
        return s->usageCount;
    case TeamRole:
        return s->isTeamScript();
    default:
        return {};
    }
}

} // namespace ll::ui
