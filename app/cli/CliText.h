#pragma once

#include <QCoreApplication>

namespace ll::cli {

// Every user-visible string of the CLI is CliText::tr("..."), i.e.
// QCoreApplication::translate("ll::cli", "..."): one translation context that lupdate extracts.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(ll::cli)
};

} // namespace ll::cli
