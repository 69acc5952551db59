#include "text/SearchTokens.h"

#include "text/ChineseText.h"
#include "text/PhoneNumber.h"
#include "text/PhoneSuffixToken.h"
#include "text/TextRuns.h"

#include <QRegularExpression>

#include <algorithm>

namespace ll {

namespace {

QString quotedPrefix(const QString& token)
{
    return u'"' + token + QStringLiteral("*\"");
}

QString quotedExact(const QString& token)
{
    return u'"' + token + u'"';
}

bool isAllDigits(const QString& s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// People type phone numbers the way they are printed: "138 0013 8000", "010-1234 5678",
// "+86 138...". Glue digit groups split only by phone punctuation back together so the number
// is one term, and drop a country prefix the index does not contain.
QString joinPhoneDigits(const QString& folded)
{
    // QRegularExpression is reentrant, not thread-safe: one instance per thread.
    thread_local const QRegularExpression between(QStringLiteral("(?<=[0-9])[ \\-.()/]+(?=[0-9])"));
    QString out = folded;
    out.replace(between, QString());
    thread_local const QRegularExpression longDigits(QStringLiteral("\\+?[0-9]{11,}"));
    QRegularExpressionMatchIterator it = longDigits.globalMatch(out);
    QString result;
    qsizetype last = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto parsed = PhoneNumber::parse(m.captured());
        result += out.mid(last, m.capturedStart() - last) + (parsed.ok() ? parsed->digits() : m.captured());
        last = m.capturedEnd();
    }
    return result + out.mid(last);
}

} // namespace

QString searchMatchExpression(const QString& userQuery)
{
    QStringList terms;
    auto add = [&](const QString& term) {
        if (terms.size() < kMaxQueryTerms && !terms.contains(term))
            terms.append(term);
    };
    // Long pasted text is not a search; the cap also bounds the work done per keystroke.
    for (const TextRun& run : splitRuns(joinPhoneDigits(foldForSearch(userQuery.left(256))))) {
        if (run.kind == TextRun::Kind::Han) {
            const QList<QString> chars = codePointStrings(run.text);
            if (chars.size() == 1)
                add(quotedExact(chars[0]));
            for (qsizetype i = 0; i + 1 < chars.size(); ++i)
                add(quotedExact(chars[i] + chars[i + 1]));
        } else if (run.text.size() >= 3 && isAllDigits(run.text)) {
            add(u'(' + quotedPrefix(run.text) + QStringLiteral(" OR ") +
                quotedPrefix(phoneSuffixToken(run.text)) + u')');
        } else {
            add(quotedPrefix(run.text));
        }
    }
    return terms.join(u' ');
}

} // namespace ll
