#include "text/SearchTokens.h"

#include <QRegularExpression>
#include <QTest>

#include <sqlite3.h>

#include <ctime>

using ll::SearchDocument;

namespace {

// A real FTS4 table in an in-memory SQLCipher database, shaped as the store creates it.
class FtsTable
{
public:
    FtsTable()
    {
        if (sqlite3_open(":memory:", &m_db) != SQLITE_OK)
            qFatal("cannot open in-memory database");
        exec("CREATE VIRTUAL TABLE contact_fts USING fts4(tokens, tokenize=simple, prefix=\"1,2,3\")");
    }
    ~FtsTable() { sqlite3_close(m_db); }
    FtsTable(const FtsTable&) = delete;
    FtsTable& operator=(const FtsTable&) = delete;

    void exec(const char* sql)
    {
        char* err = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK)
            qFatal("%s: %s", sql, err);
    }

    void insert(qint64 rowid, const QString& tokens)
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(m_db, "INSERT INTO contact_fts(rowid, tokens) VALUES(?, ?)", -1, &st, nullptr);
        const QByteArray utf8 = tokens.toUtf8();
        sqlite3_bind_int64(st, 1, rowid);
        sqlite3_bind_text(st, 2, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            qFatal("insert failed: %s", sqlite3_errmsg(m_db));
    }

    // Rows matching the expression, or an error string in *error.
    QList<qint64> match(const QString& expression, QString* error = nullptr)
    {
        QList<qint64> rows;
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rowid", -1,
                           &st, nullptr);
        const QByteArray utf8 = expression.toUtf8();
        sqlite3_bind_text(st, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            rows.append(sqlite3_column_int64(st, 0));
        if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(st);
        return rows;
    }

private:
    sqlite3* m_db = nullptr;
};

enum Row : qint64
{
    ZhangSan = 1,
    ZhangWei,
    Tommy,
    LandlineCo,
    ZengGuofan,
    Traditional,
    Foreign
};

} // namespace

class TestSearchTokens : public QObject
{
    Q_OBJECT

private:
    FtsTable m_fts;

    QList<qint64> find(const QString& userQuery)
    {
        const QString expr = ll::searchMatchExpression(userQuery);
        if (expr.isEmpty())
            return {};
        QString error;
        const QList<qint64> rows = m_fts.match(expr, &error);
        if (!error.isEmpty())
            qWarning("query %s -> %s failed: %s", qPrintable(userQuery), qPrintable(expr), qPrintable(error));
        return rows;
    }

private slots:
    void initTestCase()
    {
        // What this SQLCipher build offers; FTS4 ships inside the FTS3 module.
        qInfo("sqlite %s", sqlite3_libversion());
        m_fts.insert(ZhangSan, ll::searchTokensFor({QStringLiteral("张三"),
                                                    QStringLiteral("三哥"),
                                                    QStringLiteral("zhang_san88"),
                                                    {QStringLiteral("+86 138-0013-8000")},
                                                    QStringLiteral("北京"),
                                                    QStringLiteral("喜欢香薰精油，每月复购")}));
        m_fts.insert(ZhangWei, ll::searchTokensFor({QStringLiteral("张伟"),
                                                    QString(),
                                                    QString(),
                                                    {QStringLiteral("13987654321")},
                                                    QStringLiteral("上海"),
                                                    QString()}));
        m_fts.insert(Tommy, ll::searchTokensFor({QStringLiteral("李明"),
                                                 QStringLiteral("Tommy🌟"),
                                                 QStringLiteral("tommy_li"),
                                                 {},
                                                 QStringLiteral("深圳"),
                                                 QStringLiteral("Prefers e-mail")}));
        m_fts.insert(LandlineCo, ll::searchTokensFor({QStringLiteral("王芳"),
                                                      QString(),
                                                      QString(),
                                                      {QStringLiteral("(010) 1234-5678")},
                                                      QString(),
                                                      QString()}));
        m_fts.insert(
            ZengGuofan,
            ll::searchTokensFor(
                {QStringLiteral("曾国藩"), QString(), QString(), {}, QString(), QStringLiteral("湖南人")}));
        m_fts.insert(Traditional, ll::searchTokensFor({QStringLiteral("陳美玲"),
                                                       QStringLiteral("ＭＡＹ"),
                                                       QString(),
                                                       {},
                                                       QStringLiteral("臺北"),
                                                       QString()}));
        m_fts.insert(Foreign, ll::searchTokensFor({QStringLiteral("José Müller"),
                                                   QStringLiteral("Привет"),
                                                   QString(),
                                                   {},
                                                   QString(),
                                                   QString()}));
    }

    void tokensHaveOnlyTheTwoAllowedShapes()
    {
        const QString tokens =
            ll::searchTokensFor({QStringLiteral("張三 Ｔｏｍ O'Neil"),
                                 QStringLiteral("🌸小美🌸 José"),
                                 QStringLiteral("wxid_AbC-123"),
                                 {QStringLiteral("１３８００１３８０００"), QStringLiteral("bad")},
                                 QStringLiteral("北京/朝阳"),
                                 QStringLiteral("\"OR\" * NEAR( -x ü")});
        static const QRegularExpression shape(QStringLiteral("^([a-z0-9]+|\\p{Han}+)$"));
        QVERIFY(!tokens.isEmpty());
        QVERIFY(!tokens.contains(QStringLiteral("  ")));
        QCOMPARE(tokens, tokens.trimmed());
        for (const QString& t : tokens.split(u' '))
            QVERIFY2(shape.match(t).hasMatch(),
                     qPrintable(QStringLiteral("bad token '%1' in: %2").arg(t, tokens)));
    }

    void tokensForZhangSan()
    {
        QStringList tokens = ll::searchTokensFor({QStringLiteral("张三"),
                                                  QString(),
                                                  QString(),
                                                  {QStringLiteral("13800138000")},
                                                  QString(),
                                                  QString()})
                                 .split(u' ');
        for (const char* expected :
             {"张", "三", "张三", "zhangsan", "san", "zs", "13800138000", "r00083100831"})
            QVERIFY2(tokens.contains(QString::fromUtf8(expected)), expected);
        QCOMPARE(tokens.removeDuplicates(), 0);
    }

    // The exact tokens of a mixed document (Traditional and Simplified, characters outside the BMP, emoji,
    // Latin, digits), so a faster tokenizer cannot change what is indexed. The notes are a lead history line:
    // its marker and the label 来源 give no tokens; 備註 is no label of that line, so its text is kept.
    void mixedDocumentTokensAreStable()
    {
        const QString tokens = ll::searchTokensFor(
            {QStringLiteral("張三豐"),
             QStringLiteral("小😀丽𠀀𠀁"),
             QStringLiteral("zhang_san"),
             {QStringLiteral("13800138000")},
             QStringLiteral("上海"),
             QStringLiteral("【线索导入】来源:抖音 · 備註:想買戒指 José 𠀀𠀁𠀂 ok 甚麼")});
        QCOMPARE(tokens,
                 QStringLiteral("张 张三 三 三丰 丰 zhangsanfeng sanfeng feng zsf 小 丽 丽𠀀 𠀀 𠀀𠀁 𠀁 "
                                "xiaoliheqi liheqi heqi qi xlhq zhang san zhangsan 13800138000 r00083100831 "
                                "上 上海 海 shanghai 抖 抖音 音 备 备注 注 想 想买 买 买戒 戒 戒指 指 jose "
                                "𠀁𠀂 𠀂 ok 什 什么 么"));
    }

    // Null, not empty: the tokens are bound to SQL as they are, and a null string binds as NULL.
    void documentWithoutTokensGivesNullString()
    {
        QVERIFY(ll::searchTokensFor({}).isNull());
        QVERIFY(ll::searchTokensFor({QStringLiteral("…"), {}, QStringLiteral("--"), {}, {}, {}}).isNull());
    }

    void otherScriptsBecomeAsciiWords()
    {
        const QStringList tokens =
            ll::searchTokensFor({QStringLiteral("José"), QStringLiteral("Привет"), {}, {}, {}, {}})
                .split(u' ');
        QVERIFY2(tokens.contains(QStringLiteral("jose")), qPrintable(tokens.join(u' ')));
        QVERIFY2(tokens.contains(QStringLiteral("privet")), qPrintable(tokens.join(u' ')));
    }

    void notesAreCapped()
    {
        QString notes;
        for (int i = 0; i < 5000; ++i)
            notes += QStringLiteral("word%1 ").arg(i);
        const QStringList tokens =
            ll::searchTokensFor({QStringLiteral("张三"), {}, {}, {}, {}, notes}).split(u' ');
        QVERIFY2(tokens.size() <= ll::kMaxNoteTokens + 10, qPrintable(QString::number(tokens.size())));
    }

    void everyFieldIsBounded()
    {
        QString han;
        for (int i = 0; i < 5000; ++i)
            han += QChar(0x4E00 + (i * 7919) % 20000);
        QStringList phones;
        for (int i = 0; i < 500; ++i)
            phones << QStringLiteral("139%1").arg(10000000 + i);
        const QString tokens = ll::searchTokensFor({han, han, han, phones, han, han});
        // name, nickname, city: 100 chars -> <= 199 uni/bigrams + 17 pinyin tokens each; wechat 199;
        // 20 phones x 2; notes 256.
        QVERIFY2(tokens.split(u' ').size() <= 3 * (199 + 17) + 199 + 40 + 256,
                 qPrintable(QString::number(tokens.split(u' ').size())));
    }

    // Random mixtures of FTS syntax, Han, digits and letters: always a valid expression made of
    // quoted tokens of the allowed shapes, and never an FTS error.
    void fuzzedQueries()
    {
        const QString alphabet = QStringLiteral("\"*()-+:^ ORANDNEAR/ab zZ0189张三張豐 　，。🌟é_'\\");
        static const QRegularExpression term(
            QStringLiteral("^(\"([a-z0-9]+\\*|\\p{Han}+)\"|\\(\"[0-9]+\\*\" OR \"r[0-9]+\\*\"\\))$"));
        quint32 seed = 12345;
        for (int i = 0; i < 2000; ++i) {
            QString query;
            const int length = int(seed % 24);
            for (int k = 0; k < length; ++k) {
                seed = seed * 1664525u + 1013904223u;
                query += alphabet.at((seed >> 8) % alphabet.size());
            }
            seed = seed * 1664525u + 1013904223u;
            const QString expr = ll::searchMatchExpression(query);
            if (expr.isEmpty())
                continue;
            // Split into terms at spaces that are not inside an OR group.
            QStringList terms;
            QString current;
            int depth = 0;
            for (QChar c : expr) {
                if (c == u'(')
                    ++depth;
                if (c == u')')
                    --depth;
                if (c == u' ' && depth == 0) {
                    terms << current;
                    current.clear();
                } else {
                    current += c;
                }
            }
            terms << current;
            for (const QString& t : terms)
                QVERIFY2(term.match(t).hasMatch(), qPrintable(QStringLiteral("%1 -> %2").arg(query, expr)));
            QString error;
            m_fts.match(expr, &error);
            QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("%1 -> %2: %3").arg(query, expr, error)));
        }
    }

    void queries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("rows");
        const QList<qint64> zhangSan{ZhangSan};
        QTest::newRow("full pinyin") << QStringLiteral("zhangsan") << zhangSan;
        QTest::newRow("initials") << QStringLiteral("zs") << zhangSan;
        QTest::newRow("surname pinyin") << QStringLiteral("zhang") << QList<qint64>{ZhangSan, ZhangWei};
        QTest::newRow("given-name pinyin") << QStringLiteral("san") << zhangSan;
        QTest::newRow("pinyin with space") << QStringLiteral("zhang san") << zhangSan;
        QTest::newRow("upper-case pinyin") << QStringLiteral("ZhangSan") << zhangSan;
        QTest::newRow("full-width pinyin") << QStringLiteral("ｚｈａｎｇｓａｎ") << zhangSan;
        QTest::newRow("simplified") << QStringLiteral("张三") << zhangSan;
        QTest::newRow("traditional query") << QStringLiteral("張三") << zhangSan;
        QTest::newRow("surname character") << QStringLiteral("张") << QList<qint64>{ZhangSan, ZhangWei};
        QTest::newRow("given-name character") << QStringLiteral("三") << zhangSan;
        QTest::newRow("phone suffix") << QStringLiteral("8000") << zhangSan;
        QTest::newRow("phone prefix") << QStringLiteral("138001") << zhangSan;
        QTest::newRow("phone full, typed with dashes") << QStringLiteral("138-0013-8000") << zhangSan;
        QTest::newRow("phone typed with spaces") << QStringLiteral("138 0013 8000") << zhangSan;
        QTest::newRow("phone with country code") << QStringLiteral("+86 138 0013 8000") << zhangSan;
        QTest::newRow("landline as printed")
            << QStringLiteral("(010) 1234-5678") << QList<qint64>{LandlineCo};
        QTest::newRow("landline local suffix") << QStringLiteral("12345678") << QList<qint64>{LandlineCo};
        QTest::newRow("landline with area code") << QStringLiteral("010") << QList<qint64>{LandlineCo};
        QTest::newRow("nickname prefix") << QStringLiteral("tom") << QList<qint64>{Tommy};
        QTest::newRow("wechat id") << QStringLiteral("zhangsan88") << zhangSan;
        QTest::newRow("wechat id part") << QStringLiteral("tommy_li") << QList<qint64>{Tommy};
        QTest::newRow("city") << QStringLiteral("北京") << zhangSan;
        QTest::newRow("city pinyin") << QStringLiteral("beijing") << zhangSan;
        QTest::newRow("notes bigrams") << QStringLiteral("香薰") << zhangSan;
        QTest::newRow("notes Latin") << QStringLiteral("mail") << QList<qint64>{Tommy};
        QTest::newRow("mixed pinyin and Han") << QStringLiteral("zhang 三") << zhangSan;
        QTest::newRow("name and city") << QStringLiteral("张 上海") << QList<qint64>{ZhangWei};
        QTest::newRow("surname reading zeng") << QStringLiteral("zeng") << QList<qint64>{ZengGuofan};
        QTest::newRow("three-char name bigrams") << QStringLiteral("曾国藩") << QList<qint64>{ZengGuofan};
        QTest::newRow("traditional doc, simplified query")
            << QStringLiteral("陈美玲") << QList<qint64>{Traditional};
        QTest::newRow("traditional city, simplified query")
            << QStringLiteral("台北") << QList<qint64>{Traditional};
        QTest::newRow("full-width nickname") << QStringLiteral("may") << QList<qint64>{Traditional};
        QTest::newRow("accented name, plain query") << QStringLiteral("jose") << QList<qint64>{Foreign};
        QTest::newRow("accented name, accented query") << QStringLiteral("JOSÉ") << QList<qint64>{Foreign};
        QTest::newRow("umlaut") << QStringLiteral("müll") << QList<qint64>{Foreign};
        QTest::newRow("cyrillic transliterated") << QStringLiteral("privet") << QList<qint64>{Foreign};
        QTest::newRow("no such person") << QStringLiteral("王五") << QList<qint64>{};
        QTest::newRow("AND across words") << QStringLiteral("zhang 8000") << zhangSan;
        QTest::newRow("AND excludes") << QStringLiteral("zhangwei 8000") << QList<qint64>{};
    }
    void queries()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, rows);
        QCOMPARE(find(query), rows);
    }

    void matchExpressionShape()
    {
        QCOMPARE(ll::searchMatchExpression(QStringLiteral("张三丰")), QStringLiteral("\"张三\" \"三丰\""));
        QCOMPARE(ll::searchMatchExpression(QStringLiteral("張")), QStringLiteral("\"张\""));
        QCOMPARE(ll::searchMatchExpression(QStringLiteral("Tom")), QStringLiteral("\"tom*\""));
        QCOMPARE(ll::searchMatchExpression(QStringLiteral("8000")),
                 QStringLiteral("(\"8000*\" OR \"r0008*\")"));
        QCOMPARE(ll::searchMatchExpression(QStringLiteral("Tom张")), QStringLiteral("\"tom*\" \"张\""));
    }

    void nothingSearchableGivesEmpty()
    {
        QCOMPARE(ll::searchMatchExpression(QString()), QString());
        QCOMPARE(ll::searchMatchExpression(QStringLiteral("   ")), QString());
        QCOMPARE(ll::searchMatchExpression(QStringLiteral("\" * ( ) - : ^ 🌟")), QString());
    }

    // Whatever the user types, the expression is valid FTS syntax.
    void hostileQueriesNeverError_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("operators") << QStringLiteral("\" OR * NEAR( -");
        QTest::newRow("upper-case keywords") << QStringLiteral("AND OR NOT NEAR NEAR/3");
        QTest::newRow("column filter") << QStringLiteral("tokens:zhang");
        QTest::newRow("unbalanced quote") << QStringLiteral("\"zhang");
        QTest::newRow("parens") << QStringLiteral("(zhang OR (san");
        QTest::newRow("caret and minus") << QStringLiteral("^zhang -san");
        QTest::newRow("sql injection") << QStringLiteral("'); DROP TABLE contact_fts; --");
        QTest::newRow("only a star") << QStringLiteral("*");
        QTest::newRow("many words") << QStringLiteral("a b c d e f g h i j k l m n o p q r s t u v w x y z");
        QTest::newRow("long digits") << QString(500, u'9');
    }
    void hostileQueriesNeverError()
    {
        QFETCH(QString, query);
        const QString expr = ll::searchMatchExpression(query);
        if (expr.isEmpty())
            return;
        QString error;
        m_fts.match(expr, &error);
        QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("%1 -> %2: %3").arg(query, expr, error)));
    }

    // Not an assertion: reports what indexing one contact costs on this machine.
    void costPerDocument()
    {
        // 20 x 25 x 25 = 12,500 distinct names, so the pinyin cache is mostly cold for names, while
        // nicknames and cities repeat as they do in real data.
        QList<SearchDocument> docs;
        const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高");
        const QString given = QStringLiteral("伟芳娜英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂华玉");
        const QStringList cities{"杭州", "上海", "北京", "深圳", "成都", "武汉", "西安", "重庆"};
        for (int i = 0; i < 10000; ++i) {
            docs.append({QString(surnames[i % 20]) + given[(i / 20) % 25] + given[(i / 500) % 25],
                         u'小' + given[i % 25] + QStringLiteral("Amy"),
                         QStringLiteral("wx_user%1").arg(i),
                         {QStringLiteral("13%1").arg(800000000 + i)},
                         cities[i % cities.size()],
                         QStringLiteral("上次购买香薰精油，%1天后回访").arg(i % 90)});
        }
        // CPU time, not wall time: the build machine is often busy with other jobs.
        const std::clock_t start = std::clock();
        qsizetype chars = 0;
        for (const SearchDocument& d : docs)
            chars += ll::searchTokensFor(d).size();
        const double us = double(std::clock() - start) * 1e6 / CLOCKS_PER_SEC;
        qInfo("searchTokensFor: %d docs, %.1f ms CPU = %.1f us/doc, %.0f chars/doc", int(docs.size()),
              us / 1e3, us / double(docs.size()), double(chars) / double(docs.size()));
        const std::clock_t queryStart = std::clock();
        for (int i = 0; i < 10000; ++i)
            (void)ll::searchMatchExpression(i % 2 ? QStringLiteral("zhang san") : QStringLiteral("張三 138"));
        qInfo("searchMatchExpression: %.1f us CPU/query",
              double(std::clock() - queryStart) * 1e6 / CLOCKS_PER_SEC / 1e4);
    }
};

QTEST_GUILESS_MAIN(TestSearchTokens)
#include "tst_searchtokens.moc"
