#include "contacts/NotesConflictDialog.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

namespace ll::ui {

namespace {

void fillView(QTextEdit* view, const QStringList& lines, const QList<bool>& changed)
{
    view->clear();
    QTextCursor cursor(view->document());
    QTextBlockFormat plain;
    QTextBlockFormat marked;
    marked.setBackground(QColor(0xff, 0xe8, 0x9c));
    QTextCharFormat plainText;
    QTextCharFormat markedText;
    markedText.setForeground(QColor(0x20, 0x20, 0x20)); // stays readable on a dark theme
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cursor.insertBlock();
        cursor.setBlockFormat(changed.value(i) ? marked : plain);
        cursor.insertText(lines.at(i), changed.value(i) ? markedText : plainText);
    }
    view->moveCursor(QTextCursor::Start);
}

QTextEdit* makeView(const QString& objectName)
{
    auto* view = new QTextEdit;
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setAcceptRichText(false);
    view->setMinimumSize(260, 160);
    return view;
}

} // namespace

NotesConflictDialog::NotesConflictDialog(NotesConflicts& conflicts, const NotesConflict& conflict,
                                         QWidget* parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
    , m_conflict(conflict)
{
    setWindowTitle(tr("Notes edited on two devices"));
    auto* intro = new QLabel(tr("The notes of “%1” were changed on two devices at the same time. Both "
                                "versions are kept until you decide which one stays.")
                                 .arg(conflict.contactName));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText); // a customer's name is never markup

    QString otherOrigin;
    const QString when = conflict.editedAt.isValid()
                             ? QLocale().toString(conflict.editedAt.toLocalTime(), QLocale::ShortFormat)
                             : QString();
    if (conflict.fromThisDevice)
        otherOrigin = when.isEmpty() ? tr("written earlier on this device")
                                     : tr("written on this device, %1").arg(when);
    else if (!conflict.deviceId.isEmpty())
        otherOrigin = when.isEmpty() ? tr("from device %1").arg(conflict.deviceId)
                                     : tr("from device %1, %2").arg(conflict.deviceId, when);
    else
        otherOrigin = when;

    auto* currentTitle = new QLabel(tr("<b>On this device now</b>"));
    auto* otherTitle = new QLabel(otherOrigin.isEmpty()
                                      ? tr("<b>The other version</b>")
                                      : tr("<b>The other version</b> (%1)").arg(otherOrigin.toHtmlEscaped()));
    m_current = makeView(QStringLiteral("currentNotes"));
    m_other = makeView(QStringLiteral("otherNotes"));
    const QStringList currentLines = conflict.currentNotes.split(QLatin1Char('\n'));
    const QStringList otherLines = conflict.otherNotes.split(QLatin1Char('\n'));
    fillView(m_current, currentLines, NotesConflicts::changedLines(currentLines, otherLines));
    fillView(m_other, otherLines, NotesConflicts::changedLines(otherLines, currentLines));
    auto* legend = new QLabel(tr("Highlighted lines are only in that version."));
    legend->setEnabled(false);

    auto* mergedTitle = new QLabel(tr("<b>Merged</b> (edit freely, then save)"));
    m_merged = new QPlainTextEdit(NotesConflicts::joined(conflict.currentNotes, conflict.otherNotes));
    m_merged->setObjectName(QStringLiteral("mergedNotes"));
    m_merged->setMinimumHeight(120);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();

    m_keepCurrent = new QPushButton(tr("Keep this device’s"));
    m_keepOther = new QPushButton(tr("Keep the other"));
    m_saveMerged = new QPushButton(tr("Save merged"));
    m_saveMerged->setDefault(true);
    auto* later = new QPushButton(tr("Decide later"));
    later->setToolTip(tr("Keep both for now (Esc)"));
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_keepCurrent, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepOther, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveMerged, QDialogButtonBox::AcceptRole);
    buttons->addButton(later, QDialogButtonBox::RejectRole);
    connect(m_keepCurrent, &QPushButton::clicked, this, [this] { decide(NotesChoice::KeepCurrent); });
    connect(m_keepOther, &QPushButton::clicked, this, [this] { decide(NotesChoice::KeepOther); });
    connect(m_saveMerged, &QPushButton::clicked, this, [this] { decide(NotesChoice::KeepMerged); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto* grid = new QGridLayout;
    grid->addWidget(currentTitle, 0, 0);
    grid->addWidget(otherTitle, 0, 1);
    grid->addWidget(m_current, 1, 0);
    grid->addWidget(m_other, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 2);
    layout->addWidget(legend);
    layout->addWidget(mergedTitle);
    layout->addWidget(m_merged, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 560);
}

void NotesConflictDialog::decide(NotesChoice choice)
{
    const Status done = m_conflicts.resolve(m_conflict.id, choice, m_merged->toPlainText());
    if (!done.ok()) {
        m_error->setText(tr("Not saved: %1").arg(done.message()));
        m_error->show();
        return;
    }
    accept();
}

} // namespace ll::ui
