#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QString>

namespace ll::ui {

// Translated names for the stable codes of the core (stage, gender, follow-up kind, source channel).
// The codes stay in the store; only what the user reads is translated.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString stage(Stage stage);
    static QString stageCode(const QString& code);
    static QString gender(Gender gender);
    static QString followUpKind(FollowUpKind kind);
    static QString source(const QString& code);
};

} // namespace ll::ui
