#pragma once

#include <QStyledItemDelegate>

namespace ll::ui {

// Grid cells of one size whatever the thumbnail's shape: the thumbnail centred on top, then the title and
// the use count on a line each, elided to the full cell width (not to a portrait thumbnail's width).
class MaterialDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    MaterialDelegate(QSize cell, QObject* parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    QSize m_cell;
};

} // namespace ll::ui
