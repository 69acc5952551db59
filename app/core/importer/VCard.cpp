#include "importer/VCard.h"

#include "domain/Contact.h"

namespace ll::vcard {

QString escapeText(const QString& value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char(','))
            out += QLatin1String("\\,");
        else if (c == QLatin1Char(';'))
            out += QLatin1String("\\;");
        else if (c == QLatin1Char('\r')) {
            out += QLatin1String("\\n");
            if (i + 1 < value.size() && value.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray foldLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype lineOctets = 0;
    qsizetype i = 0;
    while (i < utf8.size()) {
        // Length of the UTF-8 sequence starting here (the input is valid UTF-8: it came from a QString).
        const auto lead = static_cast<unsigned char>(utf8.at(i));
        const qsizetype len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (lineOctets + len > 75) {
            out += "\r\n ";
            lineOctets = 1; // the leading space counts towards the 75 octets
        }
        out += utf8.mid(i, len);
        lineOctets += len;
        i += len;
    }
    out += "\r\n";
    return out;
}

namespace {

QString telUri(const PhoneNumber& p)
{
    // Domestic numbers as global tel: URIs (RFC 3966): +86 and the number without the trunk 0.
    if (p.isInternational())
        return QStringLiteral("tel:+") + p.digits();
    if (p.kind() == PhoneNumber::Kind::Landline)
        return QStringLiteral("tel:+86-") + p.digits().mid(1);
    if (p.kind() == PhoneNumber::Kind::Mobile)
        return QStringLiteral("tel:+86-") + p.digits();
    return QStringLiteral("tel:") + p.digits(); // service numbers (95588, 400...) have no global form
}

} // namespace

QByteArray fromContact(const Contact& c, const QStringList& tags)
{
    QByteArray out;
    auto prop = [&out](const QString& nameAndParams, const QString& value) {
        out += foldLine(nameAndParams + QLatin1Char(':') + value);
    };
    prop(QStringLiteral("BEGIN"), QStringLiteral("VCARD"));
    prop(QStringLiteral("VERSION"), QStringLiteral("4.0"));
    QString fn = c.name;
    if (fn.isEmpty())
        fn = c.nickname;
    if (fn.isEmpty())
        fn = c.wechatId;
    if (fn.isEmpty() && !c.phones.isEmpty())
        fn = c.phones.first().display();
    prop(QStringLiteral("FN"), escapeText(fn));
    if (!c.nickname.isEmpty())
        prop(QStringLiteral("NICKNAME"), escapeText(c.nickname));
    for (const PhoneNumber& p : c.phones)
        prop(p.isMobile() ? QStringLiteral("TEL;VALUE=uri;TYPE=cell")
                          : QStringLiteral("TEL;VALUE=uri;TYPE=voice"),
             telUri(p));
    if (c.gender != Gender::Unknown)
        prop(QStringLiteral("GENDER"), c.gender == Gender::Female ? QStringLiteral("F")
                                       : c.gender == Gender::Male ? QStringLiteral("M")
                                                                  : QStringLiteral("O"));
    if (c.birthday.isValid())
        prop(QStringLiteral("BDAY"), c.birthday.toString(QStringLiteral("yyyyMMdd")));
    if (!c.city.isEmpty())
        prop(QStringLiteral("ADR"), QStringLiteral(";;;%1;;;").arg(escapeText(c.city))); // locality component
    if (!tags.isEmpty()) {
        QStringList escaped;
        for (const QString& t : tags)
            escaped << escapeText(t);
        prop(QStringLiteral("CATEGORIES"), escaped.join(QLatin1Char(',')));
    }
    if (!c.notes.isEmpty())
        prop(QStringLiteral("NOTE"), escapeText(c.notes));
    if (!c.wechatId.isEmpty())
        prop(QStringLiteral("X-WECHAT"), escapeText(c.wechatId));
    prop(QStringLiteral("UID"), QStringLiteral("urn:uuid:") + c.id);
    if (c.updatedAt.isValid())
        prop(QStringLiteral("REV"), c.updatedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    prop(QStringLiteral("END"), QStringLiteral("VCARD"));
    return out;
}

} // namespace ll::vcard
