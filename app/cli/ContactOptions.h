#pragma once

#include "ArgParser.h"
#include "CliContext.h"
#include "domain/Contact.h"

#include <QList>

#include <optional>

namespace ll::cli {

// The field options shared by `contact add` and `contact edit`.
QList<OptionSpec> contactFieldOptions(bool forEdit);

// Reads the field options into a ContactInput. Values that have a fixed syntax (numbers, dates, codes,
// phones) are checked here so the message can name the option; the repository validates everything again
// (lengths, ids) before writing. nullopt once a problem has been reported on ctx.
std::optional<ContactInput> contactInputFrom(CliContext& ctx, const ParsedArgs& args, bool forEdit);

} // namespace ll::cli
