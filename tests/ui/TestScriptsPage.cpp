// The script page personalises for the customer picked, flags what cannot be filled in, refuses sensitive
// words on save and on copy, records each copy, and keeps team scripts read-only for guides.
#include "UiTestSupport.h"

#include "app/Language.h"
#include "app/Session.h"
#include "domain/OrgRepository.h"
#include "library/ScriptLibrary.h"
#include "library/SensitiveWords.h"
#include "main/MainWindow.h"
#include "profile/Profile.h"
#include "scripts/CustomerPicker.h"
#include "scripts/ScriptEditor.h"
#include "scripts/ScriptHighlighter.h"
#include "scripts/ScriptListModel.h"
#include "scripts/ScriptsPage.h"
#include "store/Store.h"

#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

using namespace ll;
using namespace ll::ui;

class TestScriptsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Session> m_session;
    Actor m_manager;
    Actor m_guide;
    QString m_wang;
    QString m_li;
    QString m_welcome; // team script

    QString addContact(const QString& name, const QString& phone)
    {
        ContactInput in;
        in.name = name;
        in.phones = QStringList{phone};
        auto c = m_session->contacts().add(in);
        return c.ok() ? c->id : QString();
    }

    QString addScript(const Actor& actor, const QString& title, const QString& body, bool team)
    {
        ScriptInput in;
        in.title = title;
        in.body = body;
        in.category = QStringLiteral("welcome");
        auto s = ScriptLibrary(m_session->store(), actor).add(in, team);
        return s.ok() ? s->id : QString();
    }

    // Answers the next message box and hands back its text.
    static std::shared_ptr<QString> captureMessageBox()
    {
        auto text = std::make_shared<QString>();
        uitest::whenModal<QMessageBox>([text](QMessageBox* box) {
            *text = box->text();
            box->accept();
        });
        return text;
    }

private slots:
    void initTestCase()
    {
        uitest::isolateSettings();
        auto opened = uitest::openTestSession(m_tmp.filePath(QStringLiteral("p")));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        m_session = std::move(opened.value());

        OrgRepository org(m_session->store());
        QVERIFY(org.setOrg(QStringLiteral("留量")).ok());
        auto manager = org.addStaff(QStringLiteral("陈店长"), QStringLiteral("manager"));
        auto guide = org.addStaff(QStringLiteral("王导购"), QStringLiteral("guide"));
        QVERIFY2(manager.ok() && guide.ok(), qPrintable(manager.message() + guide.message()));
        m_manager = Actor{manager->id, StaffRole::Manager};
        m_guide = Actor{guide->id, StaffRole::Guide};
        // The app signs in as the guide: pages take their role from the store's actor.
        QVERIFY(m_session->store().setActorId(m_guide.staffId).ok());

        m_wang = addContact(QStringLiteral("王芳"), QStringLiteral("13800138000"));
        m_li = addContact(QStringLiteral("李娜"), QStringLiteral("13900139000"));
        m_welcome = addScript(m_manager, QStringLiteral("欢迎新客"),
                              QStringLiteral("{name}您好，欢迎来到我们的店！"), true);
        QVERIFY(!m_wang.isEmpty() && !m_li.isEmpty() && !m_welcome.isEmpty());
    }

    void livePreviewFollowsTheSelectedCustomer()
    {
        ScriptsPage page(*m_session);
        page.selectScript(m_welcome);
        QCOMPARE(page.currentScriptId(), m_welcome);
        QVERIFY(page.preview()->toPlainText().isEmpty()); // nobody picked yet
        QVERIFY(!page.copyButton()->isEnabled());

        // Picking through the search box, as a guide would.
        uitest::typeText(page.customerPicker()->edit(), QStringLiteral("王芳"));
        page.customerPicker()->searchNow();
        QVERIFY(page.customerPicker()->results()->rowCount() >= 1);
        page.customerPicker()->setContact(m_wang);
        QCOMPARE(page.preview()->toPlainText(), QStringLiteral("王芳您好，欢迎来到我们的店！"));
        QVERIFY(page.copyButton()->isEnabled());

        page.customerPicker()->setContact(m_li);
        QCOMPARE(page.preview()->toPlainText(), QStringLiteral("李娜您好，欢迎来到我们的店！"));
    }

    void previewFollowsTheBodyWhileTyping()
    {
        ScriptsPage page(*m_session);
        page.newScript();
        page.customerPicker()->setContact(m_wang);
        page.editor()->bodyEdit()->setPlainText(QStringLiteral("早上好，"));
        page.editor()->bodyEdit()->moveCursor(QTextCursor::End);
        page.editor()->insertPlaceholder(QStringLiteral("name"));
        page.updateNow();
        QCOMPARE(page.preview()->toPlainText(), QStringLiteral("早上好，王芳"));
    }

    void unknownPlaceholderIsFlaggedWhileEditing()
    {
        ScriptsPage page(*m_session);
        page.newScript();
        page.editor()->bodyEdit()->setPlainText(QStringLiteral("您好{nmae}，{name}"));
        page.updateNow();
        QVERIFY(!page.editor()->problemsLabel()->isHidden());
        QVERIFY2(page.editor()->problemsLabel()->text().contains(QStringLiteral("{nmae}")),
                 qPrintable(page.editor()->problemsLabel()->text()));
        QVERIFY(!page.editor()->problemsLabel()->text().contains(QStringLiteral("{name}")));

        // The typo is underlined where it stands, the known placeholder is not.
        const QTextBlock block = page.editor()->bodyEdit()->document()->firstBlock();
        bool typoFlagged = false;
        bool knownFlagged = false;
        for (const QTextLayout::FormatRange& r : block.layout()->formats()) {
            if (!ScriptHighlighter::isUnknownPlaceholderFormat(r.format))
                continue;
            const QString span = block.text().mid(r.start, r.length);
            typoFlagged |= span == QStringLiteral("{nmae}");
            knownFlagged |= span == QStringLiteral("{name}");
        }
        QVERIFY(typoFlagged);
        QVERIFY(!knownFlagged);

        // The preview says it cannot be filled in rather than sending "{nmae}".
        page.customerPicker()->setContact(m_wang);
        QVERIFY(!page.previewProblems()->isHidden());
    }

    void sensitiveWordsBlockSaveAndCopy()
    {
        const QString stored =
            addScript(m_guide, QStringLiteral("加好友"), QStringLiteral("{name}，请加微信好友"), false);
        QVERIFY(!stored.isEmpty());
        QVERIFY(SensitiveWords(m_session->store(), m_manager).add(QStringLiteral("加微信")).ok());

        ScriptsPage page(*m_session);
        // Saving is refused with the word named, and nothing is stored.
        const int before = ScriptLibrary(m_session->store(), m_guide).list()->size();
        page.newScript();
        page.editor()->titleEdit()->setText(QStringLiteral("领红包"));
        page.editor()->bodyEdit()->setPlainText(QStringLiteral("加微信领红包"));
        page.updateNow();
        QVERIFY(page.editor()->problemsLabel()->text().contains(QStringLiteral("加微信")));
        bool highlighted = false;
        for (const auto& r : page.editor()->bodyEdit()->document()->firstBlock().layout()->formats())
            highlighted |= ScriptHighlighter::isSensitiveFormat(r.format) && r.start == 0 && r.length == 3;
        QVERIFY(highlighted);
        auto saveMessage = captureMessageBox();
        QVERIFY(!page.save());
        QVERIFY2(saveMessage->contains(QStringLiteral("加微信")), qPrintable(*saveMessage));
        QCOMPARE(ScriptLibrary(m_session->store(), m_guide).list()->size(), before);
        page.editor()->markSaved();

        // A script saved before the word was listed cannot be copied either.
        page.selectScript(stored);
        page.customerPicker()->setContact(m_li);
        QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
        auto copyMessage = captureMessageBox();
        QVERIFY(!page.copyPersonalised());
        QVERIFY2(copyMessage->contains(QStringLiteral("加微信")), qPrintable(*copyMessage));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("untouched"));
        QCOMPARE(ScriptLibrary(m_session->store(), m_guide).get(stored)->usageCount, 0);

        QVERIFY(SensitiveWords(m_session->store(), m_manager).remove(QStringLiteral("加微信")).ok());
    }

    void copyRecordsUsageAndFollowUp()
    {
        ScriptsPage page(*m_session);
        page.selectScript(m_welcome);
        page.customerPicker()->setContact(m_wang);
        const int usesBefore = ScriptLibrary(m_session->store(), m_guide).get(m_welcome)->usageCount;
        QVERIFY(page.copyPersonalised());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("王芳您好，欢迎来到我们的店！"));
        QCOMPARE(ScriptLibrary(m_session->store(), m_guide).get(m_welcome)->usageCount, usesBefore + 1);
        auto followUps = m_session->followUps().forContact(m_wang);
        QVERIFY(followUps.ok());
        QVERIFY(!followUps->isEmpty());
        QCOMPARE(followUps->first().scriptId, m_welcome);
        QVERIFY(!page.statusLabel()->text().isEmpty());
        // The list shows the new count.
        const int row = page.model()->rowOf(m_welcome);
        QCOMPARE(page.model()->index(row, 0).data(ScriptListModel::UsageRole).toInt(), usesBefore + 1);
    }

    void teamScriptIsReadOnlyForAGuide()
    {
        ScriptsPage page(*m_session);
        page.selectScript(m_welcome);
        QVERIFY(page.editor()->bodyEdit()->isReadOnly());
        QVERIFY(page.editor()->titleEdit()->isReadOnly());
        QVERIFY(!page.saveButton()->isEnabled());
        QVERIFY(!page.deleteButton()->isEnabled());
        QVERIFY(!page.deleteButton()->toolTip().isEmpty());
        QVERIFY(!page.save());

        // The guide's own script is theirs to edit.
        const QString own =
            addScript(m_guide, QStringLiteral("生日祝福"), QStringLiteral("{name}生日快乐"), false);
        page.refresh();
        page.selectScript(own);
        QVERIFY(!page.editor()->bodyEdit()->isReadOnly());
        QVERIFY(page.saveButton()->isEnabled());
        QVERIFY(page.deleteButton()->isEnabled());
    }

    void savesWithCtrlEnterAndGuardsUnsavedEdits()
    {
        ScriptsPage page(*m_session);
        page.resize(1000, 700);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.newScript();
        page.editor()->titleEdit()->setText(QStringLiteral("回访"));
        page.editor()->bodyEdit()->setFocus();
        QTest::keyClicks(page.editor()->bodyEdit(), QStringLiteral("Hi {name}"));
        QVERIFY(page.editor()->isDirty());
        QTest::keyClick(page.editor()->bodyEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!page.editor()->isDirty());
        QVERIFY(!page.currentScriptId().isEmpty());
        QCOMPARE(ScriptLibrary(m_session->store(), m_guide).get(page.currentScriptId())->body,
                 QStringLiteral("Hi {name}"));

        // Switching away from an edit asks; Cancel keeps the edit.
        page.editor()->bodyEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(page.editor()->bodyEdit(), QStringLiteral("!"));
        uitest::whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!page.confirmLeave());
        QVERIFY(page.editor()->isDirty());
        QCOMPARE(page.editor()->body(), QStringLiteral("Hi {name}!"));
    }

    // Not a check: writes docs/screenshots/scripts-*.png when LIULIANG_SCREENSHOT_DIR is set.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("LIULIANG_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set LIULIANG_SCREENSHOT_DIR to write screenshots");
        addScript(m_manager, QStringLiteral("香薰精油补货提醒"),
                  QStringLiteral(
                      "{name}您好，您{days_since_purchase}天前买的{product}应该快用完了，需要帮您留一瓶吗？"),
                  true);
        addScript(m_manager, QStringLiteral("节日问候"), QStringLiteral("{name}，祝您中秋快乐，阖家团圆！"),
                  true);
        for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            Language::setPreference(language);
            Language::apply();
            MainWindow window(*m_session);
            window.resize(1360, 820);
            window.showPage(MainWindow::Scripts);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            ScriptsPage* page = window.scriptsPage();
            page->refresh();
            page->selectScript(m_welcome);
            page->customerPicker()->setContact(m_wang);
            QTest::qWait(200);
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("scripts-%1.png").arg(language))));
        }
    }
};

QTEST_MAIN(TestScriptsPage)
#include "TestScriptsPage.moc"
