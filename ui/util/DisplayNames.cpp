#include "util/DisplayNames.h"

namespace ll::ui {

QString DisplayNames::stage(Stage stage)
{
    switch (stage) {
    case Stage::Lead:
        return tr("Lead");
    case Stage::Prospect:
        return tr("Prospect");
    case Stage::Customer:
        return tr("Customer");
    case Stage::Loyal:
        return tr("Loyal");
    case Stage::Dormant:
        return tr("Dormant");
    case Stage::Lost:
        return tr("Lost");
    }
    return {};
}

QString DisplayNames::stageCode(const QString& code)
{
    const auto s = stageFromCode(code);
    return s ? stage(*s) : code;
}

QString DisplayNames::gender(Gender gender)
{
    switch (gender) {
    case Gender::Unknown:
        return tr("Unknown", "gender");
    case Gender::Female:
        return tr("Female");
    case Gender::Male:
        return tr("Male");
    case Gender::Other:
        return tr("Other", "gender");
    }
    return {};
}

QString DisplayNames::followUpKind(FollowUpKind kind)
{
    switch (kind) {
    case FollowUpKind::Call:
        return tr("Call");
    case FollowUpKind::Chat:
        return tr("Chat", "WeChat conversation");
    case FollowUpKind::Visit:
        return tr("Visit", "store or home visit");
    case FollowUpKind::Message:
        return tr("Message", "text message");
    }
    return {};
}

QString DisplayNames::source(const QString& code)
{
    if (code == QLatin1String("ad_form"))
        return tr("Ad lead form");
    if (code == QLatin1String("live_stream"))
        return tr("Live stream");
    if (code == QLatin1String("walk_in"))
        return tr("Store walk-in");
    if (code == QLatin1String("referral"))
        return tr("Referral");
    if (code == QLatin1String("search"))
        return tr("Search");
    if (code == QLatin1String("other"))
        return tr("Other", "source channel");
    return code;
}

} // namespace ll::ui
