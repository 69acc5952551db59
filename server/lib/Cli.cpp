#include "Cli.h"

#include "AdminCommand.h"
#include "DevCa.h"
#include "ServeCommand.h"

#include <cstdio>

namespace ll::server {

namespace {

int usage()
{
    std::fprintf(stderr,
                 "usage:\n"
                 "  liuliang-server serve --data DIR --listen IP:PORT --tls-cert FILE --tls-key FILE "
                 "[--database postgresql://user@host:port/db] [--token-lifetime SECONDS]\n"
                 "  liuliang-server serve --config FILE   (key = value lines; command-line options win)\n"
                 "  liuliang-server admin --data DIR [--database URL] org-create --name N\n"
                 "  liuliang-server admin ... store-create --org ID --name N\n"
                 "  liuliang-server admin ... staff-create --org ID [--store ID] --username U --name N "
                 "--role guide|manager|admin   (password on stdin)\n"
                 "  liuliang-server admin ... staff-depart --username U [--transfer-to U2 | --evenly U2,U3 | "
                 "--by-store yes] [--capacity N] [--reason TEXT]\n"
                 "  liuliang-server admin ... password-reset --username U   (password on stdin)\n"
                 "  liuliang-server admin ... audit [--org ID] [--limit N]   (JSON lines, newest first)\n"
                 "  liuliang-server dev-ca --out DIR [--host 127.0.0.1,localhost]\n");
    return 2;
}

} // namespace

int runCli(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("serve")) {
        auto o = CliOptions::parse(rest, {QStringLiteral("data"), QStringLiteral("listen"),
                                          QStringLiteral("tls-cert"), QStringLiteral("tls-key"),
                                          QStringLiteral("database"), QStringLiteral("token-lifetime"),
                                          QStringLiteral("config")});
        if (!o || !o->words.isEmpty())
            return usage();
        return runServe(o.value());
    }
    if (command == QLatin1String("admin")) {
        auto o = CliOptions::parse(
            rest, {QStringLiteral("data"), QStringLiteral("database"), QStringLiteral("name"),
                   QStringLiteral("org"), QStringLiteral("store"), QStringLiteral("username"),
                   QStringLiteral("role"), QStringLiteral("limit"), QStringLiteral("transfer-to"),
                   QStringLiteral("evenly"), QStringLiteral("by-store"), QStringLiteral("capacity"),
                   QStringLiteral("reason")});
        if (!o)
            return usage();
        return runAdmin(o.value());
    }
    if (command == QLatin1String("dev-ca")) {
        auto o = CliOptions::parse(rest, {QStringLiteral("out"), QStringLiteral("host")});
        if (!o || o->value(QStringLiteral("out")).isEmpty())
            return usage();
        const QString hosts = o->value(QStringLiteral("host")).isEmpty()
                                  ? QStringLiteral("127.0.0.1,localhost")
                                  : o->value(QStringLiteral("host"));
        const Status s = createDevCa(o->value(QStringLiteral("out")), hosts.split(u',', Qt::SkipEmptyParts));
        if (!s) {
            std::fprintf(stderr, "error: %s\n", qPrintable(s.message()));
            return 1;
        }
        std::printf("CA: %s/ca.pem  server: %s/server.pem %s/server.key\n",
                    qPrintable(o->value(QStringLiteral("out"))), qPrintable(o->value(QStringLiteral("out"))),
                    qPrintable(o->value(QStringLiteral("out"))));
        return 0;
    }
    return usage();
}

} // namespace ll::server
