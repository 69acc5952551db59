#pragma once

#include "library/Material.h"
#include "util/Result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ll::ui {

// One form for the three ways to add a material: a file (kind guessed from its type), a link, or a
// mini-program card. OK hands the input to `submit`; on an error (too large, missing app id) the dialog
// stays open with the reason shown, so nothing typed is lost.
class AddMaterialDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        File,
        Link,
        MiniProgram
    };
    using Submit = std::function<Status(const MaterialInput& input, bool team)>;

    AddMaterialDialog(Mode mode, Submit submit, bool offerTeam, QWidget* parent = nullptr);

    // Image, video or document from the file's MIME type (content first, then name).
    static QString kindForFile(const QString& path);

    void setFile(const QString& path);
    MaterialInput input() const;
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* appIdEdit() const { return m_appId; }
    QLineEdit* pagePathEdit() const { return m_pagePath; }
    QLabel* errorLabel() const { return m_error; }

    void accept() override;

private:
    QString chooseFile(const QString& caption, const QString& filter);

    Mode m_mode;
    Submit m_submit;
    QString m_filePath;
    QString m_coverPath;
    QComboBox* m_kind = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_coverLabel = nullptr;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QLineEdit* m_category;
    QLineEdit* m_tags;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_appId = nullptr;
    QLineEdit* m_pagePath = nullptr;
    QCheckBox* m_team;
    QLabel* m_error;
};

} // namespace ll::ui
