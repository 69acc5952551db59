#include "materials/MaterialDelegate.h"

#include "materials/Thumbnailer.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>

namespace ll::ui {

MaterialDelegate::MaterialDelegate(QSize cell, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_cell(cell)
{}

QSize MaterialDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return m_cell;
}

void MaterialDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    // The view may hand a rect as narrow as the thumbnail; the cell is the grid's full width.
    QRect cell(QPoint(0, 0), QSize(qMax(option.rect.width(), m_cell.width()), option.rect.height()));
    cell.moveCenter(option.rect.center());
    cell.moveTop(option.rect.top());
    opt.rect = cell;
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    constexpr int Margin = 4;
    const QPixmap pixmap = index.data(Qt::DecorationRole).value<QPixmap>();
    if (!pixmap.isNull()) {
        const QSize edge(thumbnails::Edge, thumbnails::Edge);
        QRect target(QPoint(0, 0), pixmap.size().boundedTo(edge));
        target.moveCenter(QPoint(cell.center().x(), cell.top() + Margin + thumbnails::Edge / 2));
        painter->drawPixmap(target, pixmap);
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const QFontMetrics metrics(opt.font);
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(QLatin1Char('\n'));
    int y = cell.top() + Margin * 2 + thumbnails::Edge;
    painter->save();
    painter->setFont(opt.font);
    for (int i = 0; i < lines.size(); ++i) {
        const QRect line(cell.left() + Margin, y, cell.width() - 2 * Margin, metrics.height());
        QColor color = selected ? opt.palette.highlightedText().color() : opt.palette.text().color();
        if (i > 0 && !selected)
            color = opt.palette.placeholderText().color(); // the use count, quieter than the title
        painter->setPen(color);
        painter->drawText(line, Qt::AlignHCenter | Qt::AlignTop,
                          metrics.elidedText(lines[i], Qt::ElideMiddle, line.width()));
        y += metrics.lineSpacing();
    }
    painter->restore();
}

} // namespace ll::ui
