#include "contacts/ContactProfileForm.h"

#include "domain/FieldChecks.h"
#include "text/PhoneNumber.h"
#include "util/DisplayNames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ll::ui {

namespace {

QLabel* errorLabel()
{
    auto* l = new QLabel;
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #c0392b;"));
    l->hide();
    return l;
}

QWidget* withError(QWidget* field, QLabel* error)
{
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(error);
    return box;
}

QStringList splitPhones(const QString& text)
{
    QStringList out;
    for (const QString& part :
         text.split(QRegularExpression(QStringLiteral("[,;，；、/]")), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString phonesText(const Contact& c, bool revealed)
{
    QStringList parts;
    for (const PhoneNumber& p : c.phones)
        parts << (revealed ? p.display() : p.masked());
    return parts.join(QStringLiteral(", "));
}

} // namespace

ContactProfileForm::ContactProfileForm(QWidget* parent)
    : QWidget(parent)
{
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_nameError = errorLabel();
    m_nickname = new QLineEdit;
    m_wechat = new QLineEdit;
    m_phones = new QLineEdit;
    m_phones->setObjectName(QStringLiteral("phones"));
    m_phones->setPlaceholderText(tr("e.g. 138 0013 8000, 010-12345678"));
    m_reveal = new QToolButton;
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show the full numbers to edit or dial them"));
    connect(m_reveal, &QToolButton::clicked, this, &ContactProfileForm::revealPhones);
    m_phoneError = errorLabel();
    m_phoneError->setObjectName(QStringLiteral("phoneError"));
    auto* phoneRow = new QWidget;
    auto* ph = new QHBoxLayout(phoneRow);
    ph->setContentsMargins(0, 0, 0, 0);
    ph->addWidget(m_phones);
    ph->addWidget(m_reveal);

    m_gender = new QComboBox;
    for (Gender g : {Gender::Unknown, Gender::Female, Gender::Male, Gender::Other})
        m_gender->addItem(DisplayNames::gender(g), toCode(g));
    m_birthday = new QLineEdit;
    m_birthday->setObjectName(QStringLiteral("birthday"));
    m_birthday->setPlaceholderText(tr("YYYY-MM-DD"));
    m_birthdayError = errorLabel();
    m_birthdayError->setObjectName(QStringLiteral("birthdayError"));
    m_city = new QLineEdit;
    m_source = new QComboBox;
    m_source->setEditable(true);
    m_source->addItem(QString(), QString());
    for (const QString& code : knownSourceChannels())
        m_source->addItem(DisplayNames::source(code), code);
    m_stage = new QComboBox;
    for (const QString& code : stageCodes())
        m_stage->addItem(DisplayNames::stageCode(code), code);
    m_intent = new QComboBox;
    m_intent->addItems(
        {tr("Unknown", "intent"), tr("Low", "intent"), tr("Medium", "intent"), tr("High", "intent")});
    m_points = new QSpinBox;
    m_points->setRange(0, 2'000'000'000);
    m_points->setGroupSeparatorShown(true);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setMinimumHeight(60);
    m_saveError = errorLabel();

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), withError(m_name, m_nameError));
    form->addRow(tr("WeChat &nickname:"), m_nickname);
    form->addRow(tr("WeChat ID:"), m_wechat);
    form->addRow(tr("&Phones:"), withError(phoneRow, m_phoneError));
    form->addRow(tr("Gender:"), m_gender);
    form->addRow(tr("&Birthday:"), withError(m_birthday, m_birthdayError));
    form->addRow(tr("City:"), m_city);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(tr("Intent:"), m_intent);
    form->addRow(tr("Points:"), m_points);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(m_saveError);

    for (QLineEdit* e : {m_name, m_nickname, m_wechat, m_phones, m_birthday, m_city})
        connect(e, &QLineEdit::textEdited, this, &ContactProfileForm::markDirty);
    connect(m_phones, &QLineEdit::textEdited, this, &ContactProfileForm::validatePhones);
    connect(m_birthday, &QLineEdit::textEdited, this, &ContactProfileForm::validateBirthday);
    connect(m_name, &QLineEdit::textEdited, this, &ContactProfileForm::validateName);
    for (QComboBox* c : {m_gender, m_stage, m_intent})
        connect(c, &QComboBox::currentIndexChanged, this, &ContactProfileForm::markDirty);
    connect(m_source, &QComboBox::currentTextChanged, this, &ContactProfileForm::markDirty);
    connect(m_points, &QSpinBox::valueChanged, this, &ContactProfileForm::markDirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ContactProfileForm::markDirty);
    setEnabled(false);
}

void ContactProfileForm::markDirty()
{
    if (m_loading || m_dirty)
        return;
    m_dirty = true;
    emit dirtyChanged(true);
}

void ContactProfileForm::setFieldError(QWidget* field, QLabel* label, const QString& reason)
{
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
    field->setStyleSheet(reason.isEmpty() ? QString() : QStringLiteral("border: 1px solid #c0392b;"));
}

void ContactProfileForm::load(const Contact& contact)
{
    m_loading = true;
    m_contact = contact;
    m_phonesRevealed = contact.phones.isEmpty();
    m_name->setText(contact.name);
    m_nickname->setText(contact.nickname);
    m_wechat->setText(contact.wechatId);
    m_phones->setText(phonesText(contact, m_phonesRevealed));
    m_phones->setReadOnly(!m_phonesRevealed);
    m_reveal->setVisible(!m_phonesRevealed);
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(toCode(contact.gender))));
    m_birthday->setText(contact.birthday.isValid() ? contact.birthday.toString(Qt::ISODate) : QString());
    m_city->setText(contact.city);
    const int src = m_source->findData(contact.source);
    if (src >= 0)
        m_source->setCurrentIndex(src);
    else
        m_source->setEditText(contact.source);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(toCode(contact.stage))));
    m_intent->setCurrentIndex(qBound(0, contact.intent, 3));
    m_points->setValue(int(qMin<qint64>(contact.points, m_points->maximum())));
    m_notes->setPlainText(contact.notes);
    setFieldError(m_name, m_nameError, {});
    setFieldError(m_phones, m_phoneError, {});
    setFieldError(m_birthday, m_birthdayError, {});
    m_saveError->hide();
    setEnabled(true);
    m_loading = false;
    if (m_dirty) {
        m_dirty = false;
        emit dirtyChanged(false);
    }
}

void ContactProfileForm::clear()
{
    load(Contact{});
    setEnabled(false);
}

void ContactProfileForm::revealPhones()
{
    if (m_phonesRevealed)
        return;
    m_phonesRevealed = true;
    m_loading = true;
    m_phones->setText(phonesText(m_contact, true));
    m_loading = false;
    m_phones->setReadOnly(false);
    m_reveal->hide();
    m_phones->setFocus();
}

bool ContactProfileForm::validateName()
{
    const bool ok = !m_name->text().trimmed().isEmpty();
    setFieldError(m_name, m_nameError,
                  ok ? QString() : tr("A name is needed, even just a surname like 王女士."));
    return ok;
}

bool ContactProfileForm::validatePhones()
{
    if (!m_phonesRevealed) {
        setFieldError(m_phones, m_phoneError, {});
        return true;
    }
    for (const QString& raw : splitPhones(m_phones->text())) {
        auto parsed = PhoneNumber::parse(raw);
        if (!parsed.ok()) {
            setFieldError(m_phones, m_phoneError, tr("“%1”: %2").arg(raw, parsed.message()));
            return false;
        }
    }
    setFieldError(m_phones, m_phoneError, {});
    return true;
}

bool ContactProfileForm::validateBirthday()
{
    const QString text = m_birthday->text().trimmed();
    QString reason;
    if (!text.isEmpty()) {
        auto date = parseIsoDate(tr("Birthday"), text);
        if (!date.ok())
            reason = date.message();
        else if (date.value() > QDate::currentDate())
            reason = tr("The birthday is in the future.");
    }
    setFieldError(m_birthday, m_birthdayError, reason);
    return reason.isEmpty();
}

bool ContactProfileForm::collect(ContactInput& input)
{
    // Every field is validated, so each shows its own error, not only the first bad one.
    const bool nameOk = validateName();
    const bool phonesOk = validatePhones();
    const bool birthdayOk = validateBirthday();
    if (!(nameOk && phonesOk && birthdayOk))
        return false;
    input.name = m_name->text().trimmed();
    input.nickname = m_nickname->text().trimmed();
    input.wechatId = m_wechat->text().trimmed();
    if (m_phonesRevealed)
        input.phones = splitPhones(m_phones->text());
    input.gender = m_gender->currentData().toString();
    input.birthday = m_birthday->text().trimmed();
    input.city = m_city->text().trimmed();
    const int src = m_source->findText(m_source->currentText());
    input.source = src >= 0 ? m_source->itemData(src).toString() : m_source->currentText().trimmed();
    input.stage = m_stage->currentData().toString();
    input.intent = m_intent->currentIndex();
    // The spin box tops out at 2e9; an untouched larger balance must not be written back clipped.
    if (m_points->value() != int(qMin<qint64>(m_contact.points, m_points->maximum())))
        input.points = m_points->value();
    input.notes = m_notes->toPlainText();
    return true;
}

void ContactProfileForm::showSaveError(const QString& message)
{
    m_saveError->setText(message);
    m_saveError->setVisible(!message.isEmpty());
}

} // namespace ll::ui
