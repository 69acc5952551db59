#pragma once

#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ll {

// What a column of a lead file holds. Ignore: a column the import does not use (kept in the rejected-rows
// file).
enum class LeadField
{
    Ignore,
    Name,
    Phone,
    Wechat,
    Nickname,
    Source,
    City,
    Intent,
    Created,
    Notes
};

QString toCode(LeadField field); // "name", "phone", "wechat", "nickname", "source", "city", "intent",
                                 // "created", "notes", "ignore"
std::optional<LeadField> leadFieldFromCode(const QString& code); // also accepts "skip" for ignore
QStringList leadFieldCodes();

// The header names (after normalisation) that mean each field: Chinese synonyms used by ad platforms
// and lead forms (姓名/客户姓名/名字, 手机/手机号/电话/联系电话/手机号码, 微信/微信号, 昵称,
// 来源/线索来源/渠道, 城市/所在城市, 意向/意向等级, 创建时间/留资时间, 备注) and English names (name, phone,
// wechat, ...).
std::optional<LeadField> leadFieldForHeader(const QString& header);

// A header cell folded for matching: NFKC, case-folded, without spaces, '_'/'-', a leading '*' (required
// marks) and bracketed hints ("手机号(必填)" → "手机号").
QString normaliseHeader(const QString& header);

struct MappedColumn
{
    int index = 0;
    QString header; // as written in the file
    LeadField field = LeadField::Ignore;
    bool overridden = false; // set by an explicit mapping rather than detected
};

// The column-mapping step: detected from the header row, then adjusted by explicit overrides
// (header text → field code, as given by `--map 列名=field` or a mapping screen).
struct ColumnMapping
{
    QList<MappedColumn> columns;

    // Overrides name a header as written or normalised; NotFound if no column has that header,
    // InvalidInput for an unknown field code.
    static Result<ColumnMapping> detect(const QStringList& headers,
                                        const QHash<QString, QString>& overrides = {});

    bool has(LeadField field) const;
    // The column indexes mapped to `field`, in file order (several phone or notes columns are allowed).
    QList<int> columnsFor(LeadField field) const;
};

} // namespace ll
