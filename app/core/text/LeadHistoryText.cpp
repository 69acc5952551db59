#include "text/LeadHistoryText.h"

#include <QStringList>
#include <QStringTokenizer>

namespace ll {

namespace {

constexpr QStringView kMarker = u"【线索导入】";
constexpr QStringView kSeparator = u" · ";

struct Label
{
    QStringView text;
    bool searchable; // whether search indexes the value
};

// In the order the line writes them.
constexpr Label kSource{u"来源:", true};
constexpr Label kCreated{u"留资时间:", false};
constexpr Label kName{u"姓名:", true};
constexpr Label kNickname{u"昵称:", true};
constexpr Label kCity{u"城市:", true};
constexpr Label kIntent{u"意向:", false};
constexpr Label kExtensions{u"分机:", true};
constexpr Label kNotes{u"备注:", true};
constexpr const Label* kLabels[] = {&kSource, &kCreated, &kName,       &kNickname,
                                    &kCity,   &kIntent,  &kExtensions, &kNotes};

const Label* labelOf(QStringView part)
{
    for (const Label* label : kLabels)
        if (part.startsWith(label->text))
            return label;
    return nullptr;
}

} // namespace

QString leadHistoryMarker()
{
    return kMarker.toString();
}

QString composeLeadHistoryLine(const LeadHistoryFields& fields)
{
    QString line = kMarker.toString();
    bool first = true;
    auto add = [&](const Label& label, const QString& value) {
        if (value.isEmpty())
            return;
        if (!first)
            line += kSeparator;
        first = false;
        line += label.text;
        line += value;
    };
    add(kSource, fields.source);
    add(kCreated, fields.createdText);
    add(kName, fields.name);
    add(kNickname, fields.nickname);
    add(kCity, fields.city);
    add(kIntent, fields.intentText);
    add(kExtensions, fields.extensions);
    add(kNotes, fields.notes);
    return line;
}

QString notesSearchText(const QString& notes)
{
    if (!notes.contains(kMarker))
        return notes;
    QString out;
    out.reserve(notes.size());
    bool firstLine = true;
    for (const QStringView line : qTokenize(notes, u'\n')) {
        if (!firstLine)
            out += QLatin1Char('\n');
        firstLine = false;
        if (!line.startsWith(kMarker)) {
            out += line;
            continue;
        }
        // A part without a label continues the one before it (a value that itself held " · "); a part
        // before any label (a line someone typed with the marker) is kept.
        bool keep = true;
        bool firstValue = true;
        for (QStringView part : qTokenize(line.mid(kMarker.size()), kSeparator)) {
            if (const Label* label = labelOf(part)) {
                keep = label->searchable;
                part = part.mid(label->text.size());
            }
            if (!keep || part.isEmpty())
                continue;
            if (!firstValue)
                out += QLatin1Char(' ');
            firstValue = false;
            out += part;
        }
    }
    return out;
}

} // namespace ll
