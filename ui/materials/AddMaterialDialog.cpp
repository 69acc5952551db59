#include "materials/AddMaterialDialog.h"

#include "materials/MaterialListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ll::ui {

QString AddMaterialDialog::kindForFile(const QString& path)
{
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(path);
    if (mime.name().startsWith(QLatin1String("image/")))
        return toCode(MaterialKind::Image);
    if (mime.name().startsWith(QLatin1String("video/")))
        return toCode(MaterialKind::Video);
    return toCode(MaterialKind::Document);
}

AddMaterialDialog::AddMaterialDialog(Mode mode, Submit submit, bool offerTeam, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_submit(std::move(submit))
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    switch (mode) {
    case Mode::File: {
        setWindowTitle(tr("Add a file"));
        m_fileLabel = new QLabel(tr("No file chosen"));
        m_fileLabel->setWordWrap(true);
        auto* choose = new QPushButton(tr("&Choose…"));
        connect(choose, &QPushButton::clicked, this, [this] {
            const QString path = chooseFile(tr("Choose a file"), {});
            if (!path.isEmpty())
                setFile(path);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(m_fileLabel, 1);
        row->addWidget(choose);
        form->addRow(tr("File"), row);
        m_kind = new QComboBox;
        for (MaterialKind k :
             {MaterialKind::Image, MaterialKind::Video, MaterialKind::Document, MaterialKind::Poster})
            m_kind->addItem(MaterialListModel::kindName(k), toCode(k));
        form->addRow(tr("&Kind"), m_kind);
        break;
    }
    case Mode::Link:
        setWindowTitle(tr("Add a link"));
        m_url = new QLineEdit;
        m_url->setPlaceholderText(QStringLiteral("https://"));
        form->addRow(tr("&Address"), m_url);
        break;
    case Mode::MiniProgram: {
        setWindowTitle(tr("Add a mini-program card"));
        m_appId = new QLineEdit;
        m_appId->setPlaceholderText(tr("wx followed by 16 letters or digits"));
        m_pagePath = new QLineEdit;
        m_pagePath->setPlaceholderText(QStringLiteral("pages/product/index?id=42"));
        m_url = new QLineEdit;
        m_url->setPlaceholderText(tr("Optional web page for those without WeChat"));
        m_coverLabel = new QLabel(tr("No cover image"));
        auto* choose = new QPushButton(tr("C&hoose…"));
        connect(choose, &QPushButton::clicked, this, [this] {
            const QString path =
                chooseFile(tr("Choose a cover image"), tr("Images (*.png *.jpg *.jpeg *.webp *.gif)"));
            if (!path.isEmpty()) {
                m_coverPath = path;
                m_coverLabel->setText(QFileInfo(path).fileName());
            }
        });
        auto* row = new QHBoxLayout;
        row->addWidget(m_coverLabel, 1);
        row->addWidget(choose);
        form->addRow(tr("&App id"), m_appId);
        form->addRow(tr("&Page path"), m_pagePath);
        form->addRow(tr("&Web page"), m_url);
        form->addRow(tr("Cover"), row);
        break;
    }
    }

    m_title = new QLineEdit;
    m_description = new QPlainTextEdit;
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    m_category = new QLineEdit;
    m_category->setPlaceholderText(tr("e.g. 新品, 活动"));
    m_tags = new QLineEdit;
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_team = new QCheckBox(tr("Team material (everyone in the store can use it)"));
    m_team->setVisible(offerTeam);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("Cate&gory"), m_category);
    form->addRow(tr("T&ags"), m_tags);
    form->addRow(QString(), m_team);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("addMaterialError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddMaterialDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AddMaterialDialog::chooseFile(const QString& caption, const QString& filter)
{
    return QFileDialog::getOpenFileName(this, caption, {}, filter);
}

void AddMaterialDialog::setFile(const QString& path)
{
    m_filePath = path;
    const QFileInfo info(path);
    if (m_fileLabel)
        m_fileLabel->setText(info.fileName());
    if (m_kind)
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(kindForFile(path))));
    if (m_title->text().isEmpty())
        m_title->setText(info.completeBaseName());
}

MaterialInput AddMaterialDialog::input() const
{
    MaterialInput in;
    switch (m_mode) {
    case Mode::File:
        in.kind = m_kind->currentData().toString();
        in.filePath = m_filePath;
        break;
    case Mode::Link:
        in.kind = toCode(MaterialKind::Link);
        in.url = m_url->text().trimmed();
        break;
    case Mode::MiniProgram:
        in.kind = toCode(MaterialKind::MiniProgram);
        in.appId = m_appId->text().trimmed();
        in.pagePath = m_pagePath->text().trimmed();
        if (!m_url->text().trimmed().isEmpty())
            in.url = m_url->text().trimmed();
        in.coverPath = m_coverPath;
        break;
    }
    if (!m_title->text().trimmed().isEmpty())
        in.title = m_title->text().trimmed();
    if (!m_description->toPlainText().trimmed().isEmpty())
        in.description = m_description->toPlainText().trimmed();
    if (!m_category->text().trimmed().isEmpty())
        in.category = m_category->text().trimmed();
    QStringList tags;
    for (const QString& t : m_tags->text().split(QRegularExpression(QStringLiteral("[,，、]"))))
        if (!t.trimmed().isEmpty())
            tags << t.trimmed();
    if (!tags.isEmpty())
        in.tags = tags;
    return in;
}

void AddMaterialDialog::accept()
{
    if (m_mode == Mode::File && m_filePath.isEmpty()) {
        m_error->setText(tr("Choose a file first."));
        m_error->show();
        return;
    }
    const Status status = m_submit(input(), m_team->isVisible() && m_team->isChecked());
    if (!status.ok()) {
        m_error->setText(status.message());
        m_error->show();
        QMessageBox::warning(this, tr("Material not added"), status.message());
        return;
    }
    QDialog::accept();
}

} // namespace ll::ui
