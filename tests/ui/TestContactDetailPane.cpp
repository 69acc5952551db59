// Bad input is shown where it was typed, with the reason, and never silently dropped or half-saved;
// switching contacts never loses an edit.
#include "UiTestSupport.h"

#include "app/Session.h"
#include "contacts/ContactDetailPane.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactProfileForm.h"
#include "contacts/ContactsPage.h"
#include "profile/Profile.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ll;
using namespace ll::ui;

class TestContactDetailPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Session> m_session;
    QString m_wang;
    QString m_li;

    QString add(const QString& name, const QString& phone)
    {
        ContactInput in;
        in.name = name;
        in.phones = QStringList{phone};
        auto c = m_session->contacts().add(in);
        return c.ok() ? c->id : QString();
    }

private slots:
    void initTestCase()
    {
        uitest::isolateSettings();
        auto opened = uitest::openTestSession(m_tmp.filePath(QStringLiteral("p")));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        m_session = std::move(opened.value());
        m_wang = add(QStringLiteral("王芳"), QStringLiteral("13800138000"));
        m_li = add(QStringLiteral("李娜"), QStringLiteral("13900139000"));
        QVERIFY(!m_wang.isEmpty() && !m_li.isEmpty());
    }

    void invalidPhoneIsHighlightedWithReasonAndNotSaved()
    {
        ContactDetailPane pane(*m_session);
        pane.showContact(m_wang);
        ContactProfileForm* form = pane.form();
        QVERIFY(form->phoneEdit()->isReadOnly()); // masked until revealed
        QCOMPARE(form->phoneEdit()->text(), QStringLiteral("138****8000"));
        form->revealPhones();
        QVERIFY(!form->phoneEdit()->isReadOnly());
        form->phoneEdit()->selectAll();
        QTest::keyClicks(form->phoneEdit(), QStringLiteral("1380013800"));
        QVERIFY(!form->phoneError()->isHidden());
        QVERIFY(!form->phoneError()->text().isEmpty());
        QVERIFY(pane.isDirty());
        QVERIFY(!pane.save());
        QCOMPARE(m_session->contacts().get(m_wang)->phones.first().digits(), QStringLiteral("13800138000"));
        // Fixing the number clears the highlight and saves.
        form->phoneEdit()->selectAll();
        QTest::keyClicks(form->phoneEdit(), QStringLiteral("13800138001"));
        QVERIFY(form->phoneError()->isHidden());
        QVERIFY(pane.save());
        QCOMPARE(m_session->contacts().get(m_wang)->phones.first().digits(), QStringLiteral("13800138001"));
    }

    void impossibleBirthdayIsHighlightedWithReason()
    {
        ContactDetailPane pane(*m_session);
        pane.showContact(m_li);
        QTest::keyClicks(pane.form()->birthdayEdit(), QStringLiteral("1990-02-30"));
        QVERIFY(!pane.form()->birthdayError()->isHidden());
        QVERIFY(!pane.save());
        QVERIFY(pane.isDirty()); // still there for the user to fix
        pane.form()->birthdayEdit()->clear();
        QTest::keyClicks(pane.form()->birthdayEdit(), QStringLiteral("1990-02-28"));
        QVERIFY(pane.form()->birthdayError()->isHidden());
        QVERIFY(pane.save());
        QCOMPARE(m_session->contacts().get(m_li)->birthday, QDate(1990, 2, 28));
    }

    void switchingContactsAsksAndSavesTheEdit()
    {
        ContactsPage page(*m_session, QStringLiteral("test"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ContactListModel* model = page.model();
        const int wang = model->rowOf(m_wang);
        const int li = model->rowOf(m_li);
        page.view()->setCurrentIndex(model->index(wang, 0));
        QCOMPARE(page.detail()->contactId(), m_wang);
        uitest::typeText(page.detail()->form()->notesEdit(), QStringLiteral("喜欢玫瑰味"));
        QVERIFY(page.detail()->isDirty());
        uitest::whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Save)->click(); });
        page.view()->setCurrentIndex(model->index(li, 0));
        QCOMPARE(page.detail()->contactId(), m_li);
        QCOMPARE(m_session->contacts().get(m_wang)->notes, QStringLiteral("喜欢玫瑰味"));
    }

    void cancellingTheQuestionStaysOnTheEditedContact()
    {
        ContactsPage page(*m_session, QStringLiteral("test"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ContactListModel* model = page.model();
        page.view()->setCurrentIndex(model->index(model->rowOf(m_li), 0));
        uitest::typeText(page.detail()->form()->notesEdit(), QStringLiteral("未保存"));
        uitest::whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
        page.view()->setCurrentIndex(model->index(model->rowOf(m_wang), 0));
        QCOMPARE(page.detail()->contactId(), m_li);
        QVERIFY(page.detail()->isDirty());
        QTRY_COMPARE(page.view()->currentIndex().row(), model->rowOf(m_li));
    }
};

QTEST_MAIN(TestContactDetailPane)
#include "TestContactDetailPane.moc"
