// liuliang: the desktop app. Everything lives in liuliang_ui; this only prepares the process.
#include "app/AppController.h"
#include "app/Language.h"
#include "app/SingleInstance.h"
#include "crypto/Bootstrap.h"
#include "profile/Profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <sys/stat.h>

int main(int argc, char** argv)
{
    // Before anything can hold a key: no core dumps, no ptrace; files we create are private to the user.
    ll::hardenProcess();
    umask(077);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Liuliang"));
    QApplication::setOrganizationName(QStringLiteral("Liuliang"));
    QApplication::setApplicationVersion(QStringLiteral(LIULIANG_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/liuliang.svg")));
    QApplication::setDesktopFileName(QStringLiteral("liuliang"));
    ll::ui::Language::apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Liuliang: customers, tags and follow-ups for store guides."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption profileOption(
        QStringLiteral("profile"), QCoreApplication::translate("main", "Use the profile in <dir>."),
        QCoreApplication::translate("main", "dir"), ll::Profile::defaultDirectory());
    parser.addOption(profileOption);
    parser.process(app);
    const QString profileDir = parser.value(profileOption);

    ll::ui::SingleInstance instance(profileDir);
    if (!instance.claim())
        return 0; // the running instance has been asked to come to the front

    ll::ui::AppController controller(profileDir);
    QObject::connect(&instance, &ll::ui::SingleInstance::activationRequested, &controller,
                     &ll::ui::AppController::activate);
    controller.start();
    return QApplication::exec();
}
