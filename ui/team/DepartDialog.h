#pragma once

#include "DirectoryMessages.h"
#include "TransferMessages.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ll::ui {

// "Depart staff…": who leaves, who receives their customers (one guide, several evenly, or by
// store), an optional capacity and reason, and an explicit confirmation, because departing wipes
// the person's devices at their next sync.
class DepartDialog : public QDialog
{
    Q_OBJECT

public:
    DepartDialog(const Directory& directory, const QString& myId, QWidget* parent = nullptr);

    QString staffId() const;
    TransferTargets targets() const;

    QComboBox* staffCombo() const { return m_staff; }
    QRadioButton* toOneRadio() const { return m_toOne; }
    QRadioButton* evenlyRadio() const { return m_evenly; }
    QRadioButton* byStoreRadio() const { return m_byStore; }
    QComboBox* receiverCombo() const { return m_receiver; }
    QListWidget* evenlyList() const { return m_evenlyList; }
    QSpinBox* capacitySpin() const { return m_capacity; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QCheckBox* confirmBox() const { return m_confirm; }

private:
    void update();

    QComboBox* m_staff;
    QRadioButton* m_toOne;
    QRadioButton* m_evenly;
    QRadioButton* m_byStore;
    QRadioButton* m_nobody;
    QComboBox* m_receiver;
    QListWidget* m_evenlyList;
    QSpinBox* m_capacity;
    QLineEdit* m_reason;
    QCheckBox* m_confirm;
    QPushButton* m_ok = nullptr;
};

} // namespace ll::ui
