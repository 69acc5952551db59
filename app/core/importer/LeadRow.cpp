#include "importer/LeadRow.h"

#include "domain/Contact.h"
#include "text/LeadHistoryText.h"
#include "text/TextLimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ll {

namespace {

// Messages of this file, filed under ll::LeadImporter for lupdate and at run time alike.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ll::LeadImporter)
};

QString cell(const QStringList& fields, int index)
{
    return index < fields.size() ? stripFormulaGuard(fields.at(index)).trimmed() : QString();
}

QString firstValue(const QStringList& fields, const ColumnMapping& m, LeadField f)
{
    for (int i : m.columnsFor(f)) {
        const QString v = cell(fields, i);
        if (!v.isEmpty())
            return v;
    }
    return {};
}

// Single-line text fields: line breaks inside a quoted cell become spaces (a name has no second line).
QString oneLine(const QString& s)
{
    if (!s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s.trimmed(); // nothing for the expression to replace (the common case, and much cheaper)
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    QString out = s;
    out.replace(breaks, QStringLiteral(" "));
    return out.trimmed();
}

Status checkField(const QString& label, const QString& value, int maxChars)
{
    if (characterCount(value) > maxChars)
        return makeError(ErrorCode::InvalidInput, Text::tr("%1 is too long: %2 characters (at most %3)")
                                                      .arg(label)
                                                      .arg(characterCount(value))
                                                      .arg(maxChars));
    return {};
}

} // namespace

QString stripFormulaGuard(const QString& cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'')) {
        const QChar c = cell.at(1);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
            c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return cell.mid(1);
    }
    return cell;
}

QString LeadRow::historyLine() const
{
    QString flatNotes = notes;
    if (notes.contains(QLatin1Char('\n')) || notes.contains(QLatin1Char('\r'))) {
        static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
        flatNotes.replace(breaks, QStringLiteral(" / "));
    }
    return composeLeadHistoryLine(
        {source, createdText, name, nickname, city, intentText, extensions.join(u'/'), flatNotes});
}

QDateTime parseLeadTime(const QString& text, const QTimeZone& zone)
{
    const QString t = text.trimmed().normalized(QString::NormalizationForm_KC);
    if (t.isEmpty())
        return {};
    static const QRegularExpression epoch(QStringLiteral("^(\\d{10}|\\d{13})$"));
    if (const auto m = epoch.match(t); m.hasMatch()) {
        const qint64 v = m.captured(1).toLongLong();
        return QDateTime::fromMSecsSinceEpoch(m.captured(1).size() == 10 ? v * 1000 : v, Qt::UTC);
    }
    static const QRegularExpression shape(QStringLiteral(
        "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
        "(?:(?:\\s+|T)(\\d{1,2})\\s*[:时]\\s*(\\d{1,2})(?:\\s*[:分]\\s*(\\d{1,2})(?:\\.\\d+)?\\s*秒?)?)?"
        "\\s*(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = shape.match(t);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).isEmpty() ? 0 : m.captured(4).toInt(),
                     m.captured(5).isEmpty() ? 0 : m.captured(5).toInt(),
                     m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const QString offset = m.captured(7);
    if (offset.isEmpty())
        return QDateTime(date, time, zone).toUTC();
    if (offset == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    QString digits = offset.mid(1);
    digits.remove(QLatin1Char(':'));
    const int seconds = (digits.left(2).toInt() * 60 + digits.mid(2).toInt()) * 60;
    return QDateTime(date, time, Qt::OffsetFromUTC, offset.at(0) == QLatin1Char('-') ? -seconds : seconds)
        .toUTC();
}

std::optional<int> parseIntent(const QString& text)
{
    const QString t = text.trimmed().normalized(QString::NormalizationForm_KC).toCaseFolded();
    if (t.isEmpty() || t == QLatin1String("0") || t == QStringLiteral("无") || t == QStringLiteral("未知") ||
        t == QLatin1String("none") || t == QLatin1String("unknown"))
        return 0;
    if (t == QLatin1String("3") || t == QLatin1String("a") || t == QLatin1String("high") ||
        t == QLatin1String("h"))
        return 3;
    if (t == QLatin1String("2") || t == QLatin1String("b") || t == QLatin1String("medium") ||
        t == QLatin1String("m"))
        return 2;
    if (t == QLatin1String("1") || t == QLatin1String("c") || t == QLatin1String("low") ||
        t == QLatin1String("l"))
        return 1;
    // "高意向", "意向强", "一般", "较低": the level word decides.
    if (t.contains(QStringLiteral("高")) || t.contains(QStringLiteral("强")))
        return 3;
    if (t.contains(QStringLiteral("中")) || t.contains(QStringLiteral("一般")))
        return 2;
    if (t.contains(QStringLiteral("低")) || t.contains(QStringLiteral("弱")))
        return 1;
    return std::nullopt;
}

Result<LeadRow> parseLeadRow(const QStringList& fields, const ColumnMapping& mapping,
                             const LeadRowContext& context)
{
    LeadRow row;
    row.name = oneLine(firstValue(fields, mapping, LeadField::Name));
    row.nickname = oneLine(firstValue(fields, mapping, LeadField::Nickname));
    row.city = oneLine(firstValue(fields, mapping, LeadField::City));
    row.source = oneLine(firstValue(fields, mapping, LeadField::Source));
    if (row.source.isEmpty())
        row.source = context.defaultSource;
    LL_TRY(checkField(Text::tr("Name"), row.name, ContactLimits::Name));
    LL_TRY(checkField(Text::tr("Nickname"), row.nickname, ContactLimits::Nickname));
    LL_TRY(checkField(Text::tr("City"), row.city, ContactLimits::City));
    LL_TRY(checkField(Text::tr("Source"), row.source, ContactLimits::Source));

    QStringList notes;
    for (int i : mapping.columnsFor(LeadField::Notes))
        if (const QString v = cell(fields, i); !v.isEmpty())
            notes << v;
    row.notes = notes.join(QStringLiteral("; "));

    // WeChat IDs as a person types them into a form: full-width letters and stray spaces are folded.
    QString wechat = firstValue(fields, mapping, LeadField::Wechat).normalized(QString::NormalizationForm_KC);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    wechat.remove(spaces);
    if (!wechat.isEmpty()) {
        static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_.@+-]+$"));
        if (!shape.match(wechat).hasMatch())
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("Invalid WeChat ID %1: only letters, digits and _ - . @ + are allowed")
                                 .arg(wechat.left(40)));
        LL_TRY(checkField(Text::tr("WeChat ID"), wechat, ContactLimits::WechatId));
        row.wechatId = wechat;
    }

    // A phone cell may hold several numbers: "13800138000 / 010-62345678", "138...;139...".
    static const QRegularExpression separators(QStringLiteral("[,;/、，；|\\n]+"));
    QStringList seen;
    for (int i : mapping.columnsFor(LeadField::Phone)) {
        for (const QString& part : cell(fields, i).split(separators, Qt::SkipEmptyParts)) {
            const QString raw = part.trimmed();
            if (raw.isEmpty())
                continue;
            auto phone = PhoneNumber::parse(raw);
            if (!phone.ok())
                return makeError(ErrorCode::InvalidInput,
                                 Text::tr("Invalid phone number %1: %2").arg(raw.left(40), phone.message()));
            const QString key =
                (phone->isInternational() ? QStringLiteral("+") : QString()) + phone->digits();
            if (seen.contains(key))
                continue;
            seen << key;
            if (!phone->extension().isEmpty())
                row.extensions << phone->display();
            (phone->isMobile() ? row.mobiles : row.otherPhones) << phone.value();
        }
    }
    if (row.mobiles.size() + row.otherPhones.size() > ContactLimits::Phones)
        return makeError(ErrorCode::InvalidInput, Text::tr("Too many phone numbers: %1 (at most %2)")
                                                      .arg(row.mobiles.size() + row.otherPhones.size())
                                                      .arg(ContactLimits::Phones));

    if (!row.hasIdentity()) {
        if (!row.otherPhones.isEmpty())
            return makeError(
                ErrorCode::InvalidInput,
                Text::tr("Only a landline or service number (%1), which does not identify a person: "
                         "a mobile number or WeChat ID is needed")
                    .arg(row.otherPhones.first().display()));
        return makeError(ErrorCode::InvalidInput, Text::tr("Neither a mobile number nor a WeChat ID"));
    }

    const QString intent = firstValue(fields, mapping, LeadField::Intent);
    if (const auto level = parseIntent(intent))
        row.intent = *level;
    else
        row.intentText = oneLine(intent);

    row.createdText = oneLine(firstValue(fields, mapping, LeadField::Created));
    const QDateTime created = parseLeadTime(row.createdText, context.timeZone);
    // A time in the future cannot be when the lead was left; the import time starts the SLA clock then.
    if (created.isValid() && created <= context.now.addSecs(3600))
        row.createdAt = created;

    LL_TRY(checkField(Text::tr("Notes"), row.historyLine(), ContactLimits::Notes));
    return row;
}

} // namespace ll
