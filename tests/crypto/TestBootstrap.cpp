#include "crypto/Bootstrap.h"

#include <QtTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace ll;

class TestBootstrap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hardenProcessDisablesCoreDumps()
    {
        hardenProcess();
        struct rlimit limit
        {
        };
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestBootstrap)
#include "TestBootstrap.moc"
