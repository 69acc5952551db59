#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ll {

enum class ScriptCategory { Welcome, ProductIntro, Objection, Holiday, Birthday, RunOut, Custom };

// Codes: welcome, product_intro, objection, holiday, birthday, runout, custom.
QString toCode(ScriptCategory category);
std::optional<ScriptCategory> scriptCategoryFromCode(const QString& code);
QStringList scriptCategoryCodes();

struct Script
{
    qint64 rowId = 0;
    QString id;
    QString ownerId; // "" = team script (read-only for guides)
    ScriptCategory category = ScriptCategory::Custom;
    QString title;
    QString body;    // with {placeholders}; see ScriptTemplate.h
    QStringList tags;
    int usageCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isTeamScript() const { return ownerId.isEmpty(); }
};

struct ScriptInput
{
    std::optional<QString> category; // code; defaults to custom when adding
    std::optional<QString> title;
    std::optional<QString> body;
    std::optional<QStringList> tags;
};

struct ScriptQuery
{
    QString search;   // title, body, tags; Chinese, pinyin ("huanying") or initials ("hy")
    QString category; // code, empty = any
    enum class Scope { All, Team, Personal } scope = Scope::All;
};

// What editors show live while a script is typed.
struct ScriptCheck
{
    QStringList placeholders;
    QStringList unknownPlaceholders;
    QStringList syntaxProblems; // translated, with positions
    QList<int> sensitivePositions;
    QStringList sensitiveWords;
    bool ok() const { return unknownPlaceholders.isEmpty() && syntaxProblems.isEmpty() && sensitiveWords.isEmpty(); }
};

struct ScriptUse
{
    QString text;       // the personalised text to copy
    QString followUpId; // the follow-up recorded on the customer
    QString usageId;
};

} // namespace ll
