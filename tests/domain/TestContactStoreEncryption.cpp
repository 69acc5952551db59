#include "DomainTestSupport.h"

#include "domain/ContactRepository.h"
#include "domain/FollowUpRepository.h"

#include <QDir>
#include <QFile>

using namespace ll;
using namespace ll::test;

class TestContactStoreEncryption : public QObject
{
    Q_OBJECT

private slots:
    // What `strings store.db` would show an attacker who took the laptop: no name, phone or note.
    void storeFilesNeverContainCustomerDataInTheClear()
    {
        TempStore s;
        const QString name = QStringLiteral("欧阳娜娜");
        const QString phone = QStringLiteral("13800138000");
        const QString note = QStringLiteral("plaintext-canary-note");
        {
            ContactRepository repo(*s);
            for (int i = 0; i < 200; ++i) { // enough rows to spill over several pages
                ContactInput in;
                in.name = i == 0 ? name : QStringLiteral("客户%1").arg(i);
                in.phones =
                    QStringList{i == 0 ? phone : QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'))};
                in.notes = note;
                auto added = repo.add(in);
                QVERIFY2(added.ok(), qPrintable(added.message()));
            }
            FollowUpInput f;
            f.contactId = repo.list(ContactQuery())->first().id;
            f.kind = QStringLiteral("chat");
            f.note = note;
            QVERIFY(FollowUpRepository(*s).add(f).ok());
        }
        const QString dir = s.dir();
        s.close();

        QByteArray all;
        const auto files = QDir(dir).entryList(QDir::Files);
        QVERIFY(files.contains(QStringLiteral("store.db")));
        QVERIFY(files.contains(QStringLiteral("search.db"))); // the tokens below live there
        for (const QString& file : files) {
            QFile f(QDir(dir).filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            all += f.readAll();
        }
        QVERIFY(all.size() > 4096);
        QVERIFY(!all.startsWith("SQLite format 3"));
        for (const QByteArray& needle :
             {name.toUtf8(), phone.toUtf8(), note.toUtf8(), QByteArray("r00083100831"),
              QStringLiteral("客户1").toUtf8(), QByteArray("contact_fts"), QByteArray("CREATE TABLE")})
            QVERIFY2(!all.contains(needle), needle.constData());
    }
};

QTEST_GUILESS_MAIN(TestContactStoreEncryption)
#include "TestContactStoreEncryption.moc"
