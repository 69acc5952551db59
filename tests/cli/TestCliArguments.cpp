#include "ArgParser.h"
#include "ArgValues.h"
#include "ExitCodes.h"
#include "Table.h"

#include <QTest>

using namespace ll;
using namespace ll::cli;

// The parsing helpers of liuliang-cli, in-process: cheap to cover every edge here rather than by processes.
class TestCliArguments : public QObject
{
    Q_OBJECT

private:
    static QList<OptionSpec> options()
    {
        return {{QStringLiteral("name"), QStringLiteral("N"), QString(), false},
                {QStringLiteral("phone"), QStringLiteral("P"), QString(), true},
                {QStringLiteral("json"), QString(), QString(), false}};
    }

private Q_SLOTS:
    void longOptionsTakeSeparateOrInlineValues()
    {
        const auto parsed =
            ArgParser::parse({QStringLiteral("--name"), QStringLiteral("-5"), QStringLiteral("x"),
                              QStringLiteral("--phone=1"), QStringLiteral("--phone"), QStringLiteral("2")},
                             options());
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.args.value(QStringLiteral("name")), QStringLiteral("-5"));
        QCOMPARE(parsed.args.values(QStringLiteral("phone")),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(parsed.args.positional(), QStringList{QStringLiteral("x")});
    }

    void doubleDashEndsOptions()
    {
        const auto parsed = ArgParser::parse({QStringLiteral("--"), QStringLiteral("--json")}, options());
        QVERIFY(parsed.error.isEmpty());
        QVERIFY(!parsed.args.isSet(QStringLiteral("json")));
        QCOMPARE(parsed.args.positional(), QStringList{QStringLiteral("--json")});
    }

    void emptyValueIsSetButEmpty()
    {
        const auto parsed = ArgParser::parse({QStringLiteral("--name=")}, options());
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.args.optional(QStringLiteral("name")), std::optional<QString>(QString()));
        QCOMPARE(parsed.args.optional(QStringLiteral("phone")), std::nullopt);
    }

    void malformedCommandLinesAreUsageErrors()
    {
        for (const QStringList& args :
             {QStringList{QStringLiteral("--nope")}, QStringList{QStringLiteral("-x")},
              QStringList{QStringLiteral("--name")},
              QStringList{QStringLiteral("--name"), QStringLiteral("a"), QStringLiteral("--name"),
                          QStringLiteral("b")},
              QStringList{QStringLiteral("--json=yes")}})
            QVERIFY2(!ArgParser::parse(args, options()).error.isEmpty(),
                     qPrintable(args.join(QLatin1Char(' '))));
    }

    void amountsAreExactCents()
    {
        QCOMPARE(parseAmountCents(QStringLiteral("amount"), QStringLiteral("0.29")).value(), 29);
        QCOMPARE(parseAmountCents(QStringLiteral("amount"), QStringLiteral("12.3")).value(), 1230);
        QCOMPARE(parseAmountCents(QStringLiteral("amount"), QStringLiteral("7")).value(), 700);
        for (const char* bad : {"-1", "1.234", "1e3", "", "１２", "12,5"})
            QCOMPARE(parseAmountCents(QStringLiteral("amount"), QLatin1String(bad)).code(),
                     ErrorCode::InvalidInput);
    }

    void datesMustBeRealCalendarDays()
    {
        QCOMPARE(parseDate(QStringLiteral("date"), QStringLiteral("2024-02-29")).value(), QDate(2024, 2, 29));
        for (const char* bad : {"2023-02-29", "2024-2-1", "20240201", "2024-13-01", ""})
            QCOMPARE(parseDate(QStringLiteral("date"), QLatin1String(bad)).code(), ErrorCode::InvalidInput);
    }

    void dateTimesAcceptIsoWithOrWithoutOffset()
    {
        const auto utc = parseDateTime(QStringLiteral("at"), QStringLiteral("2026-05-01T06:30:00Z"));
        const auto beijing = parseDateTime(QStringLiteral("at"), QStringLiteral("2026-05-01T14:30:00+08:00"));
        QVERIFY(utc.ok() && beijing.ok());
        QCOMPARE(utc.value(), beijing.value());
        QVERIFY(parseDateTime(QStringLiteral("at"), QStringLiteral("2026-05-01 14:30")).ok());
        QVERIFY(parseDateTime(QStringLiteral("at"), QStringLiteral("2026-05-01")).ok());
        QVERIFY(!parseDateTime(QStringLiteral("at"), QStringLiteral("yesterday")).ok());
        QVERIFY(!parseDateTime(QStringLiteral("at"), QStringLiteral("2026-05-01T25:00")).ok());
    }

    void integersAreRangeChecked()
    {
        QCOMPARE(parseInteger(QStringLiteral("intent"), QStringLiteral("3"), 0, 3).value(), 3);
        for (const char* bad : {"4", "-1", "1.0", "high", "", "99999999999999999999"})
            QCOMPARE(parseInteger(QStringLiteral("intent"), QLatin1String(bad), 0, 3).code(),
                     ErrorCode::InvalidInput);
    }

    void everyCoreErrorHasADocumentedExitCode()
    {
        QCOMPARE(exitCodeFor(ErrorCode::WrongPassphrase), ExitCode::WrongPassphrase);
        QCOMPARE(exitCodeFor(ErrorCode::NotInitialised), ExitCode::NotInitialised);
        QCOMPARE(exitCodeFor(ErrorCode::NotFound), ExitCode::NotFound);
        QCOMPARE(exitCodeFor(ErrorCode::InvalidInput), ExitCode::InvalidInput);
        QCOMPARE(exitCodeFor(ErrorCode::EncryptionInactive), ExitCode::EncryptionProblem);
        QCOMPARE(exitCodeFor(ErrorCode::Corrupt), ExitCode::EncryptionProblem);
        QCOMPARE(exitCodeFor(ErrorCode::AlreadyExists), ExitCode::AlreadyExists);
        QCOMPARE(exitCodeFor(ErrorCode::Io), ExitCode::Other);
        QCOMPARE(toInt(ExitCode::Usage), 2);
    }

    void tablesAlignChineseByTerminalColumns()
    {
        QCOMPARE(Table::displayWidth(QStringLiteral("张三")), 4);
        QCOMPARE(Table::displayWidth(QStringLiteral("Tom")), 3);
        Table table({QStringLiteral("NAME"), QStringLiteral("X")});
        table.addRow({QStringLiteral("张三"), QStringLiteral("1")});
        table.addRow({QStringLiteral("Tom"), QStringLiteral("2")});
        const QStringList lines = table.render().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(Table::displayWidth(lines.at(1).section(QLatin1Char('1'), 0, 0)),
                 Table::displayWidth(lines.at(2).section(QLatin1Char('2'), 0, 0)));
    }

    void terminalControlCharactersAreNeutralised()
    {
        Table table({QStringLiteral("NAME")});
        table.addRow({QStringLiteral("evil\x1b[2Jname")});
        QVERIFY(!table.render().contains(QChar(0x1b)));
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "TestCliArguments.moc"
