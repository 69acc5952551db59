#pragma once

#include "library/Actor.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ll {

class Store;

struct SensitiveHit
{
    QString word;     // the listed word that matched
    int position = 0; // UTF-16 offset in the checked text (what QTextCursor and QString use)
    int length = 0;   // UTF-16 length of the matched span in the checked text
};

// The team's sensitive-word list (敏感词; synced entity "sensitive_word", edited by managers and admins).
// Matching ignores case, full-width forms (ＶＸ = vx) and Traditional/Simplified differences (紅包 = 红包,
// 加我微信 found in 加我微信吧); Latin words match whole words only ("vx" does not flag "vxd"), Chinese words anywhere.
class SensitiveWords
{
public:
    SensitiveWords(Store& store, Actor actor);

    Status add(const QString& word);        // Conflict if already listed (ignoring case/width/script form)
    Status remove(const QString& word);     // by the word as listed; NotFound otherwise
    Result<QStringList> list();
    Result<QList<SensitiveHit>> check(const QString& text);

    // The matching itself, for a given list: hits sorted by position (longest first at the same position).
    static QList<SensitiveHit> find(const QString& text, const QStringList& words);
    // A translated sentence naming the words found, for errors and tooltips.
    static QString describe(const QList<SensitiveHit>& hits);

private:
    Store& m_store;
    Actor m_actor;
};

} // namespace ll
