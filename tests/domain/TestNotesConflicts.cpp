#include "DomainTestSupport.h"

#include "domain/ContactRepository.h"
#include "domain/NotesConflicts.h"
#include "store/FieldClocks.h"

using namespace ll;
using namespace ll::test;

// Conflict rows are inserted the way sync/engine/ChangeApplier::recordConflicts does.
class TestNotesConflicts : public QObject
{
    Q_OBJECT

private:
    static qint64 insertConflict(TempStore& s, const QString& contactId, const QString& text,
                                 const QString& hlc = QStringLiteral("000001732540000123-0000-tablet-7f3a"))
    {
        Statement st(s->db(), "INSERT INTO record_conflict (entity, record_id, field, value, hlc) "
                              "VALUES ('contact', ?, 'notes', ?, ?)");
        st.bind(1, contactId).bind(2, text).bind(3, hlc);
        if (!st.exec().ok())
            qFatal("cannot insert conflict");
        return s->db().lastInsertRowId();
    }

    static Contact addContact(TempStore& s, const QString& name, const QString& notes)
    {
        ContactInput in;
        in.name = name;
        in.notes = notes;
        auto added = ContactRepository(*s).add(in);
        if (!added.ok())
            qFatal("cannot add contact: %s", qPrintable(added.message()));
        return added.value();
    }

    static qint64 seen(TempStore& s, qint64 conflictId)
    {
        Statement st(s->db(), "SELECT seen FROM record_conflict WHERE rowid = ?");
        st.bind(1, conflictId);
        auto row = st.step();
        return row.ok() && row.value() ? st.int64(0) : -1;
    }

private slots:
    void listsUnseenWithContactAndOtherVersion()
    {
        TempStore s;
        const Contact a = addContact(s, QStringLiteral("张三"), QStringLiteral("喜欢瑜伽"));
        const Contact b = addContact(s, QStringLiteral("李四"), QStringLiteral("周末有空"));
        const qint64 id = insertConflict(s, a.id, QStringLiteral("喜欢跑步"));
        // A conflict on another field and a seen one are not notes conflicts to show.
        Statement other(
            s->db(), "INSERT INTO record_conflict (entity, record_id, field, value, hlc, seen) "
                     "VALUES ('contact', ?1, 'city', 'x', 'h1', 0), ('contact', ?1, 'notes', 'y', 'h2', 1)");
        other.bind(1, b.id);
        QVERIFY(other.exec().ok());

        NotesConflicts conflicts(*s);
        QCOMPARE(conflicts.unseenCount().value(), 1);
        auto all = conflicts.unseen();
        QVERIFY2(all.ok(), qPrintable(all.message()));
        QCOMPARE(all->size(), 1);
        const NotesConflict& c = all->first();
        QCOMPARE(c.id, id);
        QCOMPARE(c.contactId, a.id);
        QCOMPARE(c.contactName, QStringLiteral("张三"));
        QCOMPARE(c.currentNotes, QStringLiteral("喜欢瑜伽"));
        QCOMPARE(c.otherNotes, QStringLiteral("喜欢跑步"));
        QCOMPARE(c.deviceId, QStringLiteral("tablet-7f3a"));
        QCOMPARE(c.editedAt.toMSecsSinceEpoch(), qint64(1732540000123));
        QVERIFY(!c.fromThisDevice);

        QCOMPARE(conflicts.unseenFor(a.id)->size(), 1);
        QCOMPARE(conflicts.unseenFor(b.id)->size(), 0);
        QCOMPARE(conflicts.unseenFor(QString())->size(), 0);
    }

    void keepOtherWritesNotesWithOutboxEntryAndMarksSeen()
    {
        TempStore s;
        const Contact a = addContact(s, QStringLiteral("张三"), QStringLiteral("喜欢瑜伽"));
        const qint64 id = insertConflict(s, a.id, QStringLiteral("喜欢跑步"));
        const QString notesClockBefore =
            FieldClocks::parse(s.text("SELECT clocks FROM contact")).get("notes");
        const qint64 mark = s.lastMutation();

        NotesConflicts conflicts(*s);
        const Status done = conflicts.resolve(id, NotesChoice::KeepOther);
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QCOMPARE(ContactRepository(*s).get(a.id)->notes, QStringLiteral("喜欢跑步"));
        QCOMPARE(seen(s, id), qint64(1));
        QCOMPARE(conflicts.unseenCount().value(), 0);

        const auto entries = s.outboxAfter(mark);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].entity, QStringLiteral("contact"));
        QCOMPARE(entries[0].recordId, a.id);
        const QJsonObject notes = entries[0].payload.value("fields").toObject().value("notes").toObject();
        QCOMPARE(notes.value("v").toString(), QStringLiteral("喜欢跑步"));
        // The edit names the clock of the text it replaces, so the server sees a decision, not a new
        // conflict.
        QCOMPARE(notes.value("b").toString(), notesClockBefore);
    }

    void keepMergedWritesTheMergedText()
    {
        TempStore s;
        const Contact a = addContact(s, QStringLiteral("张三"), QStringLiteral("喜欢瑜伽"));
        const qint64 id = insertConflict(s, a.id, QStringLiteral("喜欢跑步"));
        const QString merged = NotesConflicts::joined(a.notes, QStringLiteral("喜欢跑步"));
        QCOMPARE(merged, QStringLiteral("喜欢瑜伽\n喜欢跑步"));
        QVERIFY(NotesConflicts(*s).resolve(id, NotesChoice::KeepMerged, merged + QStringLiteral("！")).ok());
        QCOMPARE(ContactRepository(*s).get(a.id)->notes, merged + QStringLiteral("！"));
        QCOMPARE(seen(s, id), qint64(1));
    }

    void keepCurrentAndDismissOnlyMarkSeen()
    {
        TempStore s;
        const Contact a = addContact(s, QStringLiteral("张三"), QStringLiteral("喜欢瑜伽"));
        const qint64 first = insertConflict(s, a.id, QStringLiteral("喜欢跑步"));
        const qint64 second = insertConflict(s, a.id, QStringLiteral("喜欢游泳"),
                                             QStringLiteral("000001732540000999-0000-phone-01"));
        const qint64 mark = s.lastMutation();
        NotesConflicts conflicts(*s);
        QCOMPARE(conflicts.unseenFor(a.id)->size(), 2);
        QVERIFY(conflicts.resolve(first, NotesChoice::KeepCurrent).ok());
        QCOMPARE(conflicts.unseenFor(a.id)->size(), 1);
        QVERIFY(conflicts.dismiss(second).ok());
        QCOMPARE(conflicts.unseenCount().value(), 0);
        QCOMPARE(ContactRepository(*s).get(a.id)->notes, QStringLiteral("喜欢瑜伽"));
        QCOMPARE(s.outboxAfter(mark).size(), 0);
        // Resolving twice is refused: the conflict is no longer open.
        QCOMPARE(conflicts.resolve(first, NotesChoice::KeepOther).code(), ErrorCode::NotFound);
        QCOMPARE(ContactRepository(*s).get(a.id)->notes, QStringLiteral("喜欢瑜伽"));
    }

    void refusedEditLeavesConflictOpenAndWritesNothing()
    {
        TempStore s;
        const Contact a = addContact(s, QStringLiteral("张三"), QStringLiteral("喜欢瑜伽"));
        const qint64 id = insertConflict(s, a.id, QStringLiteral("喜欢跑步"));
        const qint64 mark = s.lastMutation();
        NotesConflicts conflicts(*s);
        // The repository's checks apply: an over-long merged text is refused, not truncated.
        const Status tooLong = conflicts.resolve(id, NotesChoice::KeepMerged,
                                                 QString(ContactLimits::Notes + 1, QLatin1Char('x')));
        QCOMPARE(tooLong.code(), ErrorCode::InvalidInput);
        QCOMPARE(seen(s, id), qint64(0));
        QCOMPARE(s.outboxAfter(mark).size(), 0);
        QCOMPARE(ContactRepository(*s).get(a.id)->notes, QStringLiteral("喜欢瑜伽"));
    }

    void deletedContactHasNoConflictToResolve()
    {
        TempStore s;
        const Contact a = addContact(s, QStringLiteral("张三"), QStringLiteral("喜欢瑜伽"));
        const qint64 id = insertConflict(s, a.id, QStringLiteral("喜欢跑步"));
        QVERIFY(ContactRepository(*s).remove(a.id).ok());
        const qint64 mark = s.lastMutation();
        NotesConflicts conflicts(*s);
        QCOMPARE(conflicts.unseenCount().value(), 0);
        QCOMPARE(conflicts.unseen()->size(), 0);
        QCOMPARE(conflicts.resolve(id, NotesChoice::KeepOther).code(), ErrorCode::NotFound);
        QCOMPARE(conflicts.dismiss(id).code(), ErrorCode::NotFound);
        QCOMPARE(s.outboxAfter(mark).size(), 0);
        QCOMPARE(seen(s, id), qint64(0));
        QCOMPARE(conflicts.get(0).code(), ErrorCode::NotFound);
    }

    void ownDeviceIsRecognised()
    {
        TempStore s;
        const Contact a = addContact(s, QStringLiteral("张三"), QStringLiteral("喜欢瑜伽"));
        insertConflict(s, a.id, QStringLiteral("旧的"),
                       QStringLiteral("000001732540000123-0000-") + s->deviceId());
        auto list = NotesConflicts(*s).unseenFor(a.id);
        QVERIFY(list.ok() && list->size() == 1);
        QVERIFY(list->first().fromThisDevice);
    }

    void joinedKeepsEveryLineAndSharedLinesOnce()
    {
        QCOMPARE(NotesConflicts::joined(QStringLiteral("a\nb"), QStringLiteral("a")), QStringLiteral("a\nb"));
        QCOMPARE(NotesConflicts::joined(QStringLiteral("a"), QStringLiteral("a\nb")), QStringLiteral("a\nb"));
        QCOMPARE(NotesConflicts::joined(QString(), QStringLiteral("b")), QStringLiteral("b"));
        QCOMPARE(NotesConflicts::joined(QStringLiteral("b"), QString()), QStringLiteral("b"));
        QCOMPARE(NotesConflicts::joined(QStringLiteral("a\nx\nc"), QStringLiteral("a\ny\nc\nd")),
                 QStringLiteral("a\nx\ny\nc\nd"));
    }

    void lineDiffMarksOnlyLinesTheOtherLacks()
    {
        const QStringList a{QStringLiteral("喜欢瑜伽"), QStringLiteral("周末有空"), QStringLiteral("VIP")};
        const QStringList b{QStringLiteral("喜欢瑜伽"), QStringLiteral("工作日晚上有空"),
                            QStringLiteral("VIP")};
        QCOMPARE(NotesConflicts::changedLines(a, b), (QList<bool>{false, true, false}));
        QCOMPARE(NotesConflicts::changedLines(a, a), (QList<bool>{false, false, false}));
        QCOMPARE(NotesConflicts::changedLines(a, {}), (QList<bool>{true, true, true}));
        // A moved line is in both, but only one of the two positions can match.
        const QList<bool> moved = NotesConflicts::changedLines({QStringLiteral("x"), QStringLiteral("y")},
                                                               {QStringLiteral("y"), QStringLiteral("x")});
        QCOMPARE(moved.count(true), 1);
    }
};

QTEST_GUILESS_MAIN(TestNotesConflicts)
#include "TestNotesConflicts.moc"
