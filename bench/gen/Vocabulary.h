#pragma once

#include "Prng.h"

#include <QString>
#include <QStringList>

namespace llbench {

// The words generated contacts are made of: surnames by real frequency, common given names,
// WeChat-style nicknames, cities, and the short notes guides actually write.
class Vocabulary
{
public:
    Vocabulary();

    QString personName(Prng& rng) const;
    QString nickname(Prng& rng, const QString& name) const;
    QString wechatId(Prng& rng) const;
    QString mobile(Prng& rng) const;
    QString city(Prng& rng) const;
    QString contactNote(Prng& rng) const;
    QString followUpNote(Prng& rng) const;
    QString followUpOutcome(Prng& rng) const;
    QString productName(Prng& rng, int index) const;
    QString productCategory(int index) const;

    const QStringList& tagGroupNames() const { return m_tagGroups; }
    // The name of tag `index` within `group`; unique within the group.
    QString tagName(int group, int index) const;

private:
    QStringList m_surnames;
    WeightedPicker m_surnamePicker;
    QStringList m_given1;
    QStringList m_given2;
    QStringList m_latin;
    QStringList m_nickWords;
    QStringList m_emoji;
    QStringList m_cities;
    WeightedPicker m_cityPicker;
    QStringList m_noteParts;
    QStringList m_followNotes;
    QStringList m_outcomes;
    QStringList m_tagGroups;
    QStringList m_tagWords;
    QStringList m_categories;
    QStringList m_productWords;
    QStringList m_mobilePrefixes;
};

} // namespace llbench
