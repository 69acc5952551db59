#include "Stats.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace llbench {

double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1)];
}

double Measurement::median() const
{
    if (samples.isEmpty())
        return 0;
    QList<double> s = samples;
    std::sort(s.begin(), s.end());
    const qsizetype n = s.size();
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

double Measurement::p95() const
{
    return percentile(samples, 95);
}

double Measurement::min() const
{
    return samples.isEmpty() ? 0 : *std::min_element(samples.begin(), samples.end());
}

std::optional<bool> Measurement::met() const
{
    if (!target)
        return std::nullopt;
    return checked() <= *target;
}

namespace {

double rounded(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

} // namespace

QString toJsonLine(const Measurement& m)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), m.name);
    o.insert(QStringLiteral("unit"), m.unit);
    o.insert(QStringLiteral("median"), rounded(m.median()));
    o.insert(QStringLiteral("p95"), rounded(m.p95()));
    o.insert(QStringLiteral("min"), rounded(m.min()));
    o.insert(QStringLiteral("runs"), int(m.samples.size()));
    o.insert(QStringLiteral("target"), m.target ? QJsonValue(*m.target) : QJsonValue());
    const auto met = m.met();
    o.insert(QStringLiteral("met"), met ? QJsonValue(*met) : QJsonValue());
    if (!m.note.isEmpty())
        o.insert(QStringLiteral("note"), m.note);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString toTextLine(const Measurement& m)
{
    const auto met = m.met();
    const QString verdict =
        !met ? QStringLiteral("-") : (*met ? QStringLiteral("met") : QStringLiteral("MISSED"));
    const QString target =
        m.target ? QStringLiteral("%1 %2").arg(*m.target).arg(m.unit) : QStringLiteral("-");
    return QStringLiteral("%1  median %2 %3  p95 %4  (n=%5)  target %6  %7%8")
        .arg(m.name, -40)
        .arg(m.median(), 9, 'f', 3)
        .arg(m.unit)
        .arg(m.p95(), 9, 'f', 3)
        .arg(m.samples.size())
        .arg(target, verdict, m.note.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(m.note));
}

void report(const Measurement& m, bool json)
{
    const QByteArray line = (json ? toJsonLine(m) : toTextLine(m)).toUtf8();
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

} // namespace llbench
