#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ll {

struct Contact;

// vCard 4.0 (RFC 6350) writing: the pieces that are easy to get subtly wrong, kept apart so they are tested
// alone.
namespace vcard {

// A TEXT value: backslash, comma, semicolon and line breaks escaped (RFC 6350 §3.4).
QString escapeText(const QString& value);
// "NAME:value" (or "NAME;PARAMS:value") folded at 75 octets (§3.2): each continuation line starts with one
// space, lines end with CRLF, and a UTF-8 sequence is never split across lines.
QByteArray foldLine(const QString& line);

// One contact as a vCard: FN (name, else nickname, WeChat ID or first phone), NICKNAME, TEL (tel: URIs,
// TYPE=cell for mobiles), GENDER, BDAY, ADR with the city, CATEGORIES (tags), NOTE, X-WECHAT, UID, REV.
QByteArray fromContact(const Contact& contact, const QStringList& tags);

} // namespace vcard
} // namespace ll
