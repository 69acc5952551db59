#include "LibraryTestSupport.h"

#include "library/MaterialLibrary.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>

using namespace ll;
using namespace ll::test;

namespace {

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32*>(bytes.data()), n / 4);
    return bytes;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file under dir whose bytes contain any of the needles.
QStringList filesContaining(const QString& dir, const QList<QByteArray>& needles)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray content = readFile(path);
        for (const QByteArray& needle : needles)
            if (content.contains(needle))
                found << path;
    }
    return found;
}

MaterialInput fileInput(const QString& kind, const QString& path, const QString& title = {})
{
    MaterialInput in;
    in.kind = kind;
    in.filePath = path;
    if (!title.isEmpty())
        in.title = title;
    return in;
}

} // namespace

class TestMaterialLibrary : public QObject
{
    Q_OBJECT

private slots:
    void filesAreEncryptedAtRestInTheProfile()
    {
        Fixture f;
        QTemporaryDir outside;
        const QByteArray marker = "LIULIANG-PLAINTEXT-MARKER-0123456789";
        QByteArray plain = randomBytes(2 * 1024 * 1024 + 12345, 7); // three chunks
        plain.replace(1000, marker.size(), marker);
        plain.replace(plain.size() - 500, marker.size(), marker);
        const QString source = writeFile(outside, QStringLiteral("海报-秋季新品.png"), plain);
        MaterialLibrary library(*f.store, f.guideActor());
        auto added = library.add(fileInput(QStringLiteral("poster"), source), false);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(added->size, plain.size());
        QCOMPARE(added->title, QStringLiteral("海报-秋季新品"));
        QCOMPARE(added->sha256.size(), 64);

        // Windows of the plaintext from its start, middle and end, the marker, the file name and the hash.
        QList<QByteArray> needles{marker, plain.left(64), plain.mid(plain.size() / 2, 64), plain.right(64),
                                  QStringLiteral("海报-秋季新品").toUtf8(), added->sha256.toLatin1(),
                                  QByteArray::fromHex(added->sha256.toLatin1())};
        // The scan does find the plaintext where it is (the source file holds the marker and the three windows),
        // so an empty result below means something.
        QCOMPARE(filesContaining(outside.path(), needles).size(), 4);
        QStringList leaks = filesContaining(f.dir.path(), needles);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));
        // No file per blob: the profile holds the store and its search index (each with its WAL/SHM) only.
        QDirIterator files(f.dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString name = QFileInfo(files.next()).fileName();
            QVERIFY2(name.startsWith(QLatin1String("store.db")) ||
                         name.startsWith(QLatin1String("search.db")),
                     qPrintable(files.filePath()));
        }

        // Export decrypts to the caller's path.
        const QString exported = outside.filePath(QStringLiteral("导出.png"));
        QVERIFY(library.exportTo(added->id, exported).ok());
        QCOMPARE(readFile(exported), plain);
        QCOMPARE(library.content(added->id).value(), plain);

        // And after the store is closed (WAL checkpointed into the main file) still nothing.
        f.store.reset();
        leaks = filesContaining(f.dir.path(), needles);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));
    }

    void sameFileIsStoredOnce()
    {
        Fixture f;
        QTemporaryDir outside;
        const QByteArray bytes = randomBytes(300 * 1024, 11);
        const QString a = writeFile(outside, QStringLiteral("a.jpg"), bytes);
        const QString b = writeFile(outside, QStringLiteral("b-copy.jpg"), bytes);
        const QString other = writeFile(outside, QStringLiteral("c.jpg"), randomBytes(300 * 1024, 12));
        MaterialLibrary library(*f.store, f.managerActor());
        auto first = library.add(fileInput(QStringLiteral("image"), a, QStringLiteral("新品图")), true);
        auto second = library.add(fileInput(QStringLiteral("image"), b, QStringLiteral("同一张图")), true);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->sha256, second->sha256);
        QVERIFY(first->id != second->id);
        QCOMPARE(library.storedBlobCount().value(), 1);
        QVERIFY(library.add(fileInput(QStringLiteral("image"), other), true).ok());
        QCOMPARE(library.storedBlobCount().value(), 2);
        QCOMPARE(library.list().value().size(), 3);
        // Removing one of the two materials keeps the shared file; removing both lets it be purged.
        QVERIFY(library.remove(first->id).ok());
        QCOMPARE(library.purgeUnusedFiles().value(), 0);
        QVERIFY(library.exportTo(second->id, outside.filePath(QStringLiteral("x.jpg"))).ok());
        QVERIFY(library.remove(second->id).ok());
        QCOMPARE(library.purgeUnusedFiles().value(), 1);
        QCOMPARE(library.storedBlobCount().value(), 1);
    }

    void filesOverTheSizeLimitAreRefusedClearly()
    {
        Fixture f;
        QTemporaryDir outside;
        const QString big = writeFile(outside, QStringLiteral("发布会.mp4"), randomBytes(300 * 1024, 3));
        MaterialLibrary library(*f.store, f.guideActor());
        library.setMaxFileBytes(100 * 1024);
        auto added = library.add(fileInput(QStringLiteral("video"), big), false);
        QCOMPARE(added.code(), ErrorCode::InvalidInput);
        QVERIFY2(added.message().contains(QStringLiteral("发布会.mp4")), qPrintable(added.message()));
        QVERIFY2(added.message().contains(QStringLiteral("300.0 KB")), qPrintable(added.message()));
        QVERIFY2(added.message().contains(QStringLiteral("100.0 KB")), qPrintable(added.message()));
        QCOMPARE(library.storedBlobCount().value(), 0);
        QVERIFY(library.list().value().isEmpty());
        library.setMaxFileBytes(300 * 1024);
        QVERIFY(library.add(fileInput(QStringLiteral("video"), big), false).ok()); // exactly at the limit
        QCOMPARE(library.add(fileInput(QStringLiteral("video"), outside.filePath(QStringLiteral("missing.mp4"))), false)
                     .code(),
                 ErrorCode::NotFound);
        MaterialInput noFile;
        noFile.kind = QStringLiteral("image");
        noFile.title = QStringLiteral("无文件");
        QCOMPARE(library.add(noFile, false).code(), ErrorCode::InvalidInput);
    }

    void linksAndMiniProgramCardsAreValidated()
    {
        Fixture f;
        QTemporaryDir outside;
        MaterialLibrary library(*f.store, f.guideActor());
        MaterialInput link;
        link.kind = QStringLiteral("link");
        link.title = QStringLiteral("品牌故事");
        QCOMPARE(library.add(link, false).code(), ErrorCode::InvalidInput);
        link.url = QStringLiteral("javascript:alert(1)");
        QCOMPARE(library.add(link, false).code(), ErrorCode::InvalidInput);
        link.url = QStringLiteral("https://example.com/story");
        auto savedLink = library.add(link, false);
        QVERIFY(savedLink.ok());
        QVERIFY(!savedLink->hasFile());
        QCOMPARE(library.exportTo(savedLink->id, outside.filePath(QStringLiteral("x"))).code(), ErrorCode::NotFound);

        MaterialInput card;
        card.kind = QStringLiteral("mini_program");
        card.title = QStringLiteral("会员商城");
        card.appId = QStringLiteral("wx123");
        card.pagePath = QStringLiteral("pages/mall/index?from=guide");
        QCOMPARE(library.add(card, false).code(), ErrorCode::InvalidInput);
        card.appId = QStringLiteral("wx0123456789abcdef");
        const QByteArray cover = randomBytes(40 * 1024, 5);
        card.coverPath = writeFile(outside, QStringLiteral("cover.jpg"), cover);
        auto savedCard = library.add(card, false);
        QVERIFY2(savedCard.ok(), qPrintable(savedCard.message()));
        QCOMPARE(savedCard->pagePath, QStringLiteral("pages/mall/index?from=guide"));
        QVERIFY(!savedCard->coverSha256.isEmpty());
        const QString coverOut = outside.filePath(QStringLiteral("cover-out.jpg"));
        QVERIFY(library.exportTo(savedCard->id, coverOut, true).ok());
        QCOMPARE(readFile(coverOut), cover);
        MaterialInput patch;
        patch.pagePath = QStringLiteral("https://not-a-path");
        QCOMPARE(library.update(savedCard->id, patch).code(), ErrorCode::InvalidInput);
        patch.pagePath = QStringLiteral("pages/index/index");
        patch.tags = QStringList{QStringLiteral("会员"), QStringLiteral("商城")};
        QCOMPARE(library.update(savedCard->id, patch).value().tags.size(), 2);
    }

    void usesAreRecordedAndCounted()
    {
        Fixture f;
        QTemporaryDir outside;
        const Contact c = f.addContact(QStringLiteral("周女士"));
        MaterialLibrary asManager(*f.store, f.managerActor());
        auto m = asManager.add(fileInput(QStringLiteral("document"), writeFile(outside, QStringLiteral("产品手册.pdf"),
                                                                                 randomBytes(10 * 1024, 9))),
                               true);
        QVERIFY(m.ok());
        MaterialLibrary library(*f.store, f.guideActor());
        MaterialInput patch;
        patch.title = QStringLiteral("改名");
        QCOMPARE(library.update(m->id, patch).code(), ErrorCode::PermissionDenied);
        auto use = library.recordUse(m->id, QStringLiteral("send"), c.id);
        QVERIFY2(use.ok(), qPrintable(use.message()));
        QVERIFY(!use->followUpId.isEmpty());
        QVERIFY(library.recordUse(m->id, QStringLiteral("copy")).ok());
        QCOMPARE(library.recordUse(m->id, QStringLiteral("print")).code(), ErrorCode::InvalidInput);
        QCOMPARE(library.get(m->id).value().usageCount, 2);
        const QList<FollowUp> history = FollowUpRepository(*f.store).forContact(c.id).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.constFirst().materialId, m->id);
        QCOMPARE(history.constFirst().kind, FollowUpKind::Message);
    }

    void searchFindsMaterialsByPinyin()
    {
        Fixture f;
        QTemporaryDir outside;
        MaterialLibrary library(*f.store, f.guideActor());
        MaterialInput in = fileInput(QStringLiteral("poster"), writeFile(outside, QStringLiteral("p.png"), randomBytes(1024, 1)),
                                     QStringLiteral("中秋海报"));
        in.category = QStringLiteral("节日");
        in.tags = QStringList{QStringLiteral("月饼")};
        QVERIFY(library.add(in, false).ok());
        MaterialInput link;
        link.kind = QStringLiteral("link");
        link.title = QStringLiteral("Brand story");
        link.url = QStringLiteral("https://example.com");
        QVERIFY(library.add(link, false).ok());
        auto titles = [&](const QString& search, const QString& kind = {}) {
            MaterialQuery q;
            q.search = search;
            q.kind = kind;
            QStringList out;
            const QList<Material> found = library.list(q).value();
            for (const Material& m : found)
                out << m.title;
            return out;
        };
        QCOMPARE(titles(QStringLiteral("zhongqiu")), QStringList{QStringLiteral("中秋海报")});
        QCOMPARE(titles(QStringLiteral("zqhb")), QStringList{QStringLiteral("中秋海报")});
        QCOMPARE(titles(QStringLiteral("月饼")), QStringList{QStringLiteral("中秋海报")});
        QCOMPARE(titles(QStringLiteral("brand")), QStringList{QStringLiteral("Brand story")});
        QCOMPARE(titles(QString(), QStringLiteral("link")), QStringList{QStringLiteral("Brand story")});
        QVERIFY(titles(QStringLiteral("不存在")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMaterialLibrary)
#include "TestMaterialLibrary.moc"
