#pragma once

#include <QWidget>

namespace ll::ui {

// An honest placeholder for a part of the product that another issue delivers (scripts, materials, team).
class ComingLaterPage : public QWidget
{
    Q_OBJECT

public:
    ComingLaterPage(const QString& title, const QString& what, QWidget* parent = nullptr);
};

} // namespace ll::ui
