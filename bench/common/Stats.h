#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace llbench {

// One benchmark result: the raw samples and, when the project states one, the target it is held to.
struct Measurement
{
    QString name;
    QString unit = QStringLiteral("ms");
    QList<double> samples;
    std::optional<double> target; // upper bound on the p95 (or on the ratio for "x" units)
    QString note;

    double median() const;
    double p95() const; // nearest-rank: with 5 samples this is the slowest one
    double min() const;
    // The statistic the target is checked against: p95 for times, the median for ratios.
    double checked() const { return unit == QLatin1String("x") ? median() : p95(); }
    std::optional<bool> met() const;
};

double percentile(QList<double> samples, double p);

// {"name":…,"unit":…,"median":…,"p95":…,"min":…,"runs":…,"target":…|null,"met":…|null,"note":…}
QString toJsonLine(const Measurement& m);
QString toTextLine(const Measurement& m);

// Prints each result as soon as it is known, so a long run shows progress and a crash keeps the lines so far.
void report(const Measurement& m, bool json);

} // namespace llbench
