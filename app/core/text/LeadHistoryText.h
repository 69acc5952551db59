#pragma once

#include <QString>

namespace ll {

// The line a lead import adds to a contact's notes, and what search takes from it. One place owns the format
// because two read it: the importer writes it (and finds it again on a re-import), the search index skips
// its labels and its time.
//
//   【线索导入】来源:抖音 · 留资时间:2026-10-01 09:30 · 姓名:王丽 · 城市:上海 · 意向:高 · 备注:周末到店
//
// The marker and labels are fixed Chinese text, not translations: the same row gives the same line in any UI
// language, so a re-import recognises it.
struct LeadHistoryFields
{
    QString source;
    QString createdText; // the lead's time as the file wrote it
    QString name;
    QString nickname;
    QString city;
    QString intentText;
    QString extensions; // landline extensions, joined with '/'
    QString notes;      // one line: breaks become " / "
};

QString leadHistoryMarker(); // "【线索导入】"

// The line for these fields: the marker, then each non-empty field as "label:value", joined with " · ".
QString composeLeadHistoryLine(const LeadHistoryFields& fields);

// Notes as the search index should read them: every lead history line keeps only its values worth finding
// (source, names, city, extensions, notes), without the marker, the labels, the time or the intent, which
// every imported lead shares (indexing them cost more than half of a large import's search entries and found
// nothing but "all leads"). Other lines stay as they are.
QString notesSearchText(const QString& notes);

} // namespace ll
