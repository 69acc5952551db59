#include "Cli.h"
#include "crypto/Bootstrap.h"

#include <QCoreApplication>

#include <sys/stat.h>

int main(int argc, char** argv)
{
    // Before anything can hold a key: no core dumps, no same-user ptrace.
    ll::hardenProcess();
    // Files the CLI creates (store, WAL, key file, exports) are the owner's alone, whatever the shell's
    // umask.
    umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Liuliang"));
    QCoreApplication::setOrganizationName(QStringLiteral("Liuliang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LIULIANG_VERSION));
    return ll::cli::runCommandLine(argc, argv);
}
