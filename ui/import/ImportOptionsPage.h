#pragma once

#include <QWizardPage>

class QButtonGroup;
class QGroupBox;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace ll::ui {

struct ImportDraft;
class Session;

// Step 3: default source, who gets the new leads (only for managers and admins with guides to give them
// to; a guide's own profile keeps them), and where the rejected rows go. Its Next is "Import".
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportOptionsPage(Session& session, ImportDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit* sourceEdit() const { return m_source; }
    QLineEdit* rejectedEdit() const { return m_rejected; }
    QGroupBox* allocationBox() const { return m_allocation; }
    QRadioButton* keepMineRadio() const { return m_keepMine; }
    QRadioButton* roundRobinRadio() const { return m_roundRobin; }
    QRadioButton* byCityRadio() const { return m_byCity; }
    QRadioButton* byLoadRadio() const { return m_byLoad; }
    QListWidget* guideList() const { return m_guides; }

private:
    void loadGuides();
    QStringList checkedGuides() const;

    Session& m_session;
    ImportDraft& m_draft;
    QLineEdit* m_source;
    QGroupBox* m_allocation;
    QRadioButton* m_keepMine;
    QRadioButton* m_roundRobin;
    QRadioButton* m_byCity;
    QRadioButton* m_byLoad;
    QListWidget* m_guides;
    QLineEdit* m_rejected;
    bool m_mayAllocate = false;
};

} // namespace ll::ui
