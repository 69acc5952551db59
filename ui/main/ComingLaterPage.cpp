#include "main/ComingLaterPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ll::ui {

ComingLaterPage::ComingLaterPage(const QString& title, const QString& what, QWidget* parent)
    : QWidget(parent)
{
    auto* label = new QLabel(QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
                                 .arg(title.toHtmlEscaped(), what.toHtmlEscaped(),
                                      tr("This part comes in a later version of Liuliang.").toHtmlEscaped()));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
}

} // namespace ll::ui
