// The material page draws thumbnails in memory (PNG, and PDF first pages with QtPdf), copies image data to
// the clipboard, records each use, and refuses a file over the size limit with a message.
#include "UiTestSupport.h"

#include "app/Language.h"
#include "app/Session.h"
#include "domain/OrgRepository.h"
#include "library/MaterialLibrary.h"
#include "main/MainWindow.h"
#include "materials/AddMaterialDialog.h"
#include "materials/MaterialListModel.h"
#include "materials/MaterialsPage.h"
#include "profile/Profile.h"
#include "scripts/CustomerPicker.h"
#include "store/Store.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

#ifdef LIULIANG_HAVE_QTPDF
#include <QPdfWriter>
#endif

using namespace ll;
using namespace ll::ui;

class TestMaterialsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Session> m_session;
    Actor m_guide;
    QString m_wang;
    QString m_png;

    static std::shared_ptr<QString> captureMessageBox()
    {
        auto text = std::make_shared<QString>();
        uitest::whenModal<QMessageBox>([text](QMessageBox* box) {
            *text = box->text();
            box->accept();
        });
        return text;
    }

    QString writePng(const QString& name, const QColor& color, const QSize& size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(color);
        const QString path = m_tmp.filePath(name);
        return image.save(path, "PNG") ? path : QString();
    }

    QString addFile(MaterialsPage& page, const QString& path, const QString& title)
    {
        MaterialInput in;
        in.kind = AddMaterialDialog::kindForFile(path);
        in.filePath = path;
        in.title = title;
        if (!page.addMaterial(in))
            return {};
        return page.currentMaterialId();
    }

    // Asks for the cell's picture the way the view does, then waits (bounded) for the worker to draw it.
    static bool waitForThumbnail(MaterialsPage& page, const QString& id)
    {
        const int row = page.model()->rowOf(id);
        if (row < 0)
            return false;
        (void)page.model()->index(row, 0).data(Qt::DecorationRole);
        QElapsedTimer waited;
        waited.start();
        while (!page.model()->hasThumbnail(id) && waited.elapsed() < 30000) {
            QTest::qWait(20);
            if (page.model()->thumbnailsIdle() && !page.model()->hasThumbnail(id))
                break; // finished without a picture
        }
        return page.model()->hasThumbnail(id);
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
        auto guide = org.addStaff(QStringLiteral("王导购"), QStringLiteral("guide"));
        QVERIFY(guide.ok());
        m_guide = Actor{guide->id, StaffRole::Guide};
        QVERIFY(m_session->store().setActorId(m_guide.staffId).ok());
        ContactInput in;
        in.name = QStringLiteral("王芳");
        in.phones = QStringList{QStringLiteral("13800138000")};
        auto c = m_session->contacts().add(in);
        QVERIFY(c.ok());
        m_wang = c->id;
        m_png = writePng(QStringLiteral("red.png"), Qt::red, QSize(300, 200));
        QVERIFY(!m_png.isEmpty());
    }

    void kindIsDetectedFromTheFileType()
    {
        QCOMPARE(AddMaterialDialog::kindForFile(m_png), QStringLiteral("image"));
        QFile text(m_tmp.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello");
        text.close();
        QCOMPARE(AddMaterialDialog::kindForFile(text.fileName()), QStringLiteral("document"));
    }

    void addedPngGetsAThumbnail()
    {
        MaterialsPage page(*m_session);
        const QString id = addFile(page, m_png, QStringLiteral("红色海报"));
        QVERIFY(!id.isEmpty());
        QVERIFY(waitForThumbnail(page, id));
        const auto pixmap =
            page.model()->index(page.model()->rowOf(id), 0).data(Qt::DecorationRole).value<QPixmap>();
        QCOMPARE(pixmap.size(), QSize(128, 85)); // scaled, aspect kept
        QCOMPARE(pixmap.toImage().pixelColor(64, 40), QColor(Qt::red));
    }

    void pdfFirstPageGetsAThumbnail()
    {
#ifndef LIULIANG_HAVE_QTPDF
        QSKIP("built without QtPdf: documents show their kind icon");
#else
        const QString path = m_tmp.filePath(QStringLiteral("价目表.pdf"));
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A5));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            QPainter painter(&writer);
            painter.fillRect(QRect(QPoint(0, 0), QSize(writer.width(), writer.height() / 2)), Qt::black);
            painter.end();
        }
        MaterialsPage page(*m_session);
        const QString id = addFile(page, path, QStringLiteral("价目表"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(page.library().get(id)->kind, MaterialKind::Document);
        QVERIFY(waitForThumbnail(page, id));
        const QImage thumb = page.model()
                                 ->index(page.model()->rowOf(id), 0)
                                 .data(Qt::DecorationRole)
                                 .value<QPixmap>()
                                 .toImage();
        QCOMPARE(thumb.height(), 128);                             // portrait page
        QVERIFY(qGray(thumb.pixel(thumb.width() / 2, 16)) < 40);   // the drawn half
        QVERIFY(qGray(thumb.pixel(thumb.width() / 2, 112)) > 215); // the paper
#endif
    }

    void copyPutsImageDataOnTheClipboardAndRecordsTheUse()
    {
        MaterialsPage page(*m_session);
        const QString id = addFile(page, writePng(QStringLiteral("blue.png"), Qt::blue, QSize(40, 30)),
                                   QStringLiteral("蓝色"));
        QVERIFY(!id.isEmpty());
        page.customerPicker()->setContact(m_wang);
        QVERIFY(page.copyCurrent());
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime && mime->hasImage());
        const QImage copied = qvariant_cast<QImage>(mime->imageData());
        QCOMPARE(copied.size(), QSize(40, 30));
        QCOMPARE(copied.pixelColor(5, 5), QColor(Qt::blue));
        QCOMPARE(page.library().get(id)->usageCount, 1);
        QCOMPARE(page.model()->index(page.model()->rowOf(id), 0).data(MaterialListModel::UsageRole).toInt(),
                 1);
        auto followUps = m_session->followUps().forContact(m_wang);
        QVERIFY(followUps.ok() && !followUps->isEmpty());
        QCOMPARE(followUps->first().materialId, id);
    }

    void linksCopyTheirAddressAndFilterByKind()
    {
        MaterialsPage page(*m_session);
        MaterialInput link;
        link.kind = QStringLiteral("link");
        link.url = QStringLiteral("https://example.com/spring");
        link.title = QStringLiteral("春季新品");
        QVERIFY(page.addMaterial(link));
        QVERIFY(page.copyCurrent());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://example.com/spring"));

        page.kindFilter()->setCurrentIndex(page.kindFilter()->findData(QStringLiteral("link")));
        QCOMPARE(page.model()->rowCount(), 1);
        page.kindFilter()->setCurrentIndex(0);
        page.searchEdit()->setText(QStringLiteral("chunji")); // pinyin
        page.applyFilterNow();
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void oversizeFileIsRefusedWithAMessage()
    {
        MaterialsPage page(*m_session);
        page.library().setMaxFileBytes(64);
        const int before = page.model()->rowCount();
        MaterialInput in;
        in.kind = QStringLiteral("image");
        in.filePath = writePng(QStringLiteral("big.png"), Qt::green, QSize(200, 200));
        auto message = captureMessageBox();
        QVERIFY(!page.addMaterial(in));
        QVERIFY2(message->contains(QStringLiteral("big.png")), qPrintable(*message));
        QVERIFY(!page.statusLabel()->text().isEmpty());
        page.applyFilterNow();
        QCOMPARE(page.model()->rowCount(), before);
    }

    // Not a check: writes docs/screenshots/materials-*.png when LIULIANG_SCREENSHOT_DIR is set.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("LIULIANG_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set LIULIANG_SCREENSHOT_DIR to write screenshots");
        {
            MaterialsPage page(*m_session);
            MaterialInput mini;
            mini.kind = QStringLiteral("mini_program");
            mini.title = QStringLiteral("会员积分商城");
            mini.appId = QStringLiteral("wx0123456789abcdef");
            mini.pagePath = QStringLiteral("pages/points/index");
            (void)page.library().add(mini, false);
            MaterialInput poster;
            poster.kind = QStringLiteral("poster");
            poster.title = QStringLiteral("双11活动海报");
            poster.filePath =
                writePng(QStringLiteral("poster.png"), QColor(0xe0, 0x60, 0x40), QSize(200, 300));
            (void)page.library().add(poster, false);
        }
        for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            Language::setPreference(language);
            Language::apply();
            MainWindow window(*m_session);
            window.resize(1360, 820);
            window.showPage(MainWindow::Materials);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            MaterialsPage* page = window.materialsPage();
            page->refresh();
            for (int row = 0; row < page->model()->rowCount(); ++row)
                waitForThumbnail(*page,
                                 page->model()->index(row, 0).data(MaterialListModel::IdRole).toString());
            page->view()->setCurrentIndex(page->model()->index(0, 0));
            QTest::qWait(200);
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("materials-%1.png").arg(language))));
        }
    }
};

QTEST_MAIN(TestMaterialsPage)
#include "TestMaterialsPage.moc"
