#pragma once

#include "reminders/ReminderCandidates.h"
#include "reminders/ReminderDates.h"
#include "reminders/ReminderRule.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace ll {

class Database;

// The run-out, birthday, lead-SLA and custom-date rules of a full recompute, generated in C++ from one
// ordered scan per source instead of a query per rule: the contacts' scope columns (index
// contact_reminder_scope), the live purchases by (contact, product) (purchase_by_contact_product) and the
// live follow-ups by contact (followup_by_contact_live; both covering, schema v7), each read once however
// many rules use it; custom dates read their field's rows and take the contact's scope from the same scan,
// not from the wide contact rows. They yield exactly the rows of ReminderEngine's SQL for the same rules,
// which recomputeContact() still runs for one contact; the tests compare both.
class NativeRules
{
public:
    NativeRules(Database& db, const LocalCalendar& calendar, reminder_candidates::TextPool& pool,
                const QDate& reference, const QDate& horizonEnd, const QList<ReminderRule>& rules);

    static bool handles(RuleKind kind);
    Status append(const ReminderRule& rule, std::vector<reminder_candidates::Candidate>& out);
    // How many reminders a holiday or dormant rule (computed when read, never stored) has: what
    // ReminderEngine's SQL for the rule would list, counted from the same contact scan.
    Result<int> countComputed(const ReminderRule& rule);

private:
    struct ContactRow
    {
        qint64 rowId = 0;
        bool live = false;     // deleted = 0
        bool unmerged = false; // merged_into = ''
        int owner = 0;
        int stage = 0;
        int store = 0;
        int birthday = 0;
        qint64 createdAt = 0;
        qint64 lastContactedAt = 0;
    };
    struct PurchaseGroup
    {
        qint64 contactRowId = 0;
        qint64 productRowId = 0;
        int latestDay = 0;   // pool id of max(purchased_on)
        qint64 quantity = 0; // bought on that day
    };
    struct FollowUp
    {
        qint64 contactRowId;
        qint64 at;
    };
    struct Product
    {
        int id = 0; // pool id
        qint64 cycleDays = 0;
    };
    // Whether a contact passes a rule's scope (scopeWhere in ReminderEngine.cpp).
    struct Scope
    {
        int owner = -1; // -1 = any
        QSet<int> stages;
        QSet<int> stores;
        bool byTags = false;
        QSet<qint64> tagged;
    };

    Status loadContacts();
    Status loadPurchases();
    Status loadFollowUps();
    Result<Scope> scopeOf(const ReminderRule& rule);
    bool inScope(const Scope& scope, const ContactRow& c) const;
    const ContactRow* contact(qint64 rowId) const;
    std::optional<qint64> firstFollowUpFrom(qint64 contactRowId, qint64 from) const;
    int day(const QDate& date); // pool id of its ISO text
    int dayOfJulian(qint64 jd);
    qint64 julianDay(int dayId); // of a canonical ISO day ('YYYY-MM-DD'), else a value below every real one
    qint64 dayStart(int dayId);
    Result<int> dayPlus(int dayId, qint64 days); // date(julianday(day) + days); -1 = NULL
    qint64 nextYearly(int textId);               // ll_next_yearly(text, reference) as a julian day
    Result<bool> isSqlDate(int textId);          // date(text) = text

    Status appendRunOut(const ReminderRule& rule, const Scope& scope,
                        std::vector<reminder_candidates::Candidate>& out);
    Status appendBirthday(const ReminderRule& rule, const Scope& scope,
                          std::vector<reminder_candidates::Candidate>& out);
    Status appendCustomDate(const ReminderRule& rule, const Scope& scope,
                            std::vector<reminder_candidates::Candidate>& out);
    Status appendLeadSla(const ReminderRule& rule, const Scope& scope,
                         std::vector<reminder_candidates::Candidate>& out);

    Database& m_db;
    const LocalCalendar& m_calendar;
    reminder_candidates::TextPool& m_pool;
    QDate m_reference;
    QDate m_horizonEnd;
    int m_horizonDay = 0;
    bool m_contactsLoaded = false;
    bool m_purchasesLoaded = false;
    bool m_followUpsLoaded = false;
    std::vector<ContactRow> m_contacts; // by rowid
    std::vector<PurchaseGroup> m_purchases;
    std::vector<FollowUp> m_followUps; // by (contact, at)
    struct Needs
    {
        bool owner = false;
        bool store = false;
        bool birthday = false;
    } m_needs;                   // which contact columns the rules read beyond the usual
    QHash<qint64, int> m_dayIds; // julian day -> pool id
    // By pool id:
    std::vector<qint64> m_julianDays; // julian day of a canonical ISO day
    std::vector<qint64> m_dayStarts;  // UTC ms of local midnight
    std::vector<qint64> m_nextYearly; // of a day's text: julian day of its next anniversary
    std::vector<qint64> m_sqlDates;   // of a text: whether date(text) = text (1) or not (0)
};

} // namespace ll
