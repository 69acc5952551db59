#include "CliContext.h"

#include "CliText.h"
#include "Console.h"
#include "TerminalPrompt.h"
#include "text/Utf8.h"

#include <string.h>

namespace ll::cli {

void wipeSecret(QString& secret)
{
    if (!secret.isDetached()) {
        secret.clear();
        return;
    }
    explicit_bzero(secret.data(), size_t(secret.size()) * sizeof(QChar));
    secret.clear();
}

namespace {

void wipeBytes(QByteArray& bytes)
{
    if (bytes.isDetached())
        explicit_bzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

CliContext::CliContext(const ParsedArgs& args)
    : m_profileDir(args.isSet(QStringLiteral("profile")) ? args.value(QStringLiteral("profile"))
                                                         : Profile::defaultDirectory())
    , m_passphraseEnv(args.value(QStringLiteral("passphrase-env")))
    , m_useKeychain(args.isSet(QStringLiteral("keychain")))
    , m_json(args.isSet(QStringLiteral("json")))
    , m_reveal(args.isSet(QStringLiteral("reveal")))
{}

CliContext::~CliContext() = default;

int CliContext::fail(const Error& error)
{
    return fail(exitCodeFor(error.code), error.message);
}

int CliContext::fail(ExitCode code, const QString& message)
{
    m_exitCode = toInt(code == ExitCode::Ok ? ExitCode::Other : code);
    writeErr(QStringLiteral("liuliang-cli: ") + forTerminal(message) + QLatin1Char('\n'));
    return m_exitCode;
}

int CliContext::usage(const QString& message)
{
    fail(ExitCode::Usage, message);
    writeErr(CliText::tr("Run 'liuliang-cli --help' for the list of commands.\n"));
    return m_exitCode;
}

void CliContext::warn(const QString& message)
{
    writeErr(CliText::tr("liuliang-cli: warning: %1\n").arg(forTerminal(message)));
}

void CliContext::print(const QString& text)
{
    writeOut(text);
}

std::optional<QString> CliContext::passphraseFromEnvironment()
{
    const QByteArray name = m_passphraseEnv.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData())) {
        fail(ExitCode::Usage,
             CliText::tr("--passphrase-env: the environment variable %1 is not set.").arg(m_passphraseEnv));
        return std::nullopt;
    }
    QByteArray raw = qgetenv(name.constData());
    std::optional<QString> passphrase;
    if (!isValidUtf8(raw))
        fail(ExitCode::InvalidInput,
             CliText::tr("--passphrase-env: %1 is not valid UTF-8.").arg(m_passphraseEnv));
    else if (raw.isEmpty())
        fail(ExitCode::InvalidInput, CliText::tr("--passphrase-env: %1 is empty.").arg(m_passphraseEnv));
    else
        passphrase = QString::fromUtf8(raw);
    wipeBytes(raw);
    return passphrase;
}

namespace {

std::optional<QString> askTerminal(CliContext& ctx, const QString& prompt)
{
    std::optional<QByteArray> raw = readHiddenLine(prompt);
    if (!raw) {
        ctx.fail(ExitCode::Usage, CliText::tr("No passphrase given."));
        return std::nullopt;
    }
    std::optional<QString> passphrase;
    if (!isValidUtf8(*raw))
        ctx.fail(ExitCode::InvalidInput, CliText::tr("The passphrase is not valid UTF-8."));
    else if (raw->isEmpty())
        ctx.fail(ExitCode::InvalidInput, CliText::tr("The passphrase is empty."));
    else
        passphrase = QString::fromUtf8(*raw);
    wipeBytes(*raw);
    return passphrase;
}

} // namespace

Profile* CliContext::profile()
{
    if (m_profile)
        return m_profile.get();
    // Checked before asking for a passphrase, so a typo in --profile is not answered with a prompt.
    if (!Profile::exists(m_profileDir)) {
        fail(ExitCode::NotInitialised,
             CliText::tr("No profile in %1. Create one with 'liuliang-cli init' (or pass --profile DIR).")
                 .arg(m_profileDir));
        return nullptr;
    }
    Result<std::unique_ptr<Profile>> opened = makeError(ErrorCode::Internal, QString());
    if (m_useKeychain) {
        opened = Profile::unlockWithKeychain(m_profileDir);
    } else {
        std::optional<QString> passphrase;
        if (!m_passphraseEnv.isEmpty()) {
            passphrase = passphraseFromEnvironment();
        } else if (stdinIsTerminal()) {
            passphrase = askTerminal(*this, CliText::tr("Passphrase for %1: ").arg(m_profileDir));
        } else {
            fail(ExitCode::Usage, CliText::tr("The profile is locked and standard input is not a terminal: "
                                              "use --passphrase-env VAR or --keychain."));
        }
        if (!passphrase)
            return nullptr;
        opened = Profile::unlockWithPassphrase(m_profileDir, *passphrase);
        wipeSecret(*passphrase);
    }
    if (!opened.ok()) {
        fail(opened.error());
        return nullptr;
    }
    m_profile = std::move(opened.value());
    if (!m_profile->vault().warning().isEmpty())
        warn(m_profile->vault().warning());
    return m_profile.get();
}

std::optional<QString> CliContext::newPassphrase()
{
    if (!m_passphraseEnv.isEmpty())
        return passphraseFromEnvironment();
    if (!stdinIsTerminal()) {
        fail(ExitCode::Usage, CliText::tr("Standard input is not a terminal: pass the new passphrase with "
                                          "--passphrase-env VAR, or use --keychain --no-passphrase."));
        return std::nullopt;
    }
    std::optional<QString> first = askTerminal(*this, CliText::tr("New passphrase: "));
    if (!first)
        return std::nullopt;
    std::optional<QString> second = askTerminal(*this, CliText::tr("Repeat the passphrase: "));
    if (!second) {
        wipeSecret(*first);
        return std::nullopt;
    }
    const bool same = *first == *second;
    wipeSecret(*second);
    if (!same) {
        wipeSecret(*first);
        fail(ExitCode::InvalidInput, CliText::tr("The two passphrases differ; nothing was created."));
        return std::nullopt;
    }
    return first;
}

} // namespace ll::cli
