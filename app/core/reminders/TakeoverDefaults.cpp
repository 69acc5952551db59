#include "reminders/TakeoverDefaults.h"

#include "library/ScriptLibrary.h"
#include "reminders/RuleRepository.h"
#include "store/Statement.h"
#include "store/Store.h"

#include <QLocale>
#include <QUuid>

namespace ll::takeover_defaults {

namespace {

// Namespace of the defaults' ids; fixed forever, since every device must derive the same ids.
const QUuid kDefaultsNamespace(QStringLiteral("{8f1d6c2a-47b3-4e95-9a0d-3c5e7b21f468}"));

QString nameBasedId(const QString& name)
{
    return QUuid::createUuidV5(kDefaultsNamespace, name).toString(QUuid::WithoutBraces);
}

// Tombstones count: a default the guide deleted is not brought back.
Result<bool> exists(Store& store, const char* sql, const QString& id)
{
    Statement& st = store.db().cached(sql);
    st.bind(1, id);
    auto row = st.step();
    if (!row.ok())
        return row.error();
    st.reset();
    return row.value();
}

} // namespace

QString scriptIdFor(const QString& staffId)
{
    return nameBasedId(QStringLiteral("takeover-script/") + staffId);
}

QString ruleIdFor(const QString& staffId)
{
    return nameBasedId(QStringLiteral("takeover-rule/") + staffId);
}

QString scriptTitle(bool chinese)
{
    return chinese ? QStringLiteral("接手客户问候") : QStringLiteral("Hand-over greeting");
}

QString scriptBody(bool chinese)
{
    return chinese
               ? QStringLiteral(
                     "{name}您好，我是{store}的{guide}。之前为您服务的同事已调岗，以后由我继续为您服务。"
                     "您之前的购买和需求我都已了解，有任何问题随时找我～")
               : QStringLiteral("Hello {name}, this is {guide} from {store}. The colleague who looked after "
                                "you has moved on, and I will be taking care of you from now on. I have your "
                                "history with us at hand, so just message me whenever you need anything.");
}

Result<int> ensure(Store& store, const Actor& actor)
{
    if (actor.staffId.isEmpty())
        return 0;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    int created = 0;
    const QString scriptId = scriptIdFor(actor.staffId);
    auto haveScript = exists(store, "SELECT 1 FROM script WHERE id = ?", scriptId);
    if (!haveScript.ok())
        return haveScript.error();
    if (!haveScript.value()) {
        ScriptInput in;
        in.category = QStringLiteral("welcome");
        in.title = scriptTitle(chinese);
        in.body = scriptBody(chinese);
        auto added = ScriptLibrary(store, actor).add(in, false, scriptId);
        if (!added.ok())
            return added.error();
        ++created;
    }
    const QString ruleId = ruleIdFor(actor.staffId);
    auto haveRule = exists(store, "SELECT 1 FROM reminder_rule WHERE id = ?", ruleId);
    if (!haveRule.ok())
        return haveRule.error();
    if (!haveRule.value()) {
        RuleInput in;
        in.kind = QStringLiteral("takeover");
        in.name =
            chinese ? QStringLiteral("接手客户欢迎回访") : QStringLiteral("Welcome a taken-over customer");
        in.leadDays = 0;
        in.scriptId = scriptId;
        auto added = RuleRepository(store, actor).add(in, false, ruleId);
        if (!added.ok())
            return added.error();
        ++created;
    }
    return created;
}

} // namespace ll::takeover_defaults
