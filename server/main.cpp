#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("liuliang-server"));
    return ll::server::runCli(QCoreApplication::arguments());
}
