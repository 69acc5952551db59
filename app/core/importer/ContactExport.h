#pragma once

#include "domain/ContactQuery.h"
#include "util/Result.h"

#include <QStringList>
#include <QTimeZone>

#include <optional>

class QIODevice;

namespace ll {

class Store;
struct Contact;

enum class ExportFormat
{
    Csv,
    VCard
};
QString toCode(ExportFormat format); // "csv", "vcard"
std::optional<ExportFormat> exportFormatFromCode(const QString& code);

struct ContactExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    ContactQuery query; // which contacts; limit/offset are ignored (all of them)
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // of the times written in CSV
};

// Contacts to CSV (UTF-8 with BOM, Chinese headers, formula injection neutralised — see CsvWriter) or to
// vCard 4.0. The CSV headers are ones the lead importer recognises, so an export can be imported elsewhere.
// Streams page by page; returns the number of contacts written.
Result<qint64> exportContacts(Store& store, const ContactExportOptions& options, QIODevice& out);

// The CSV header and one contact's cells (for tests and the app's own table exports).
QStringList contactCsvHeader();
QStringList contactCsvCells(const Contact& contact, const QStringList& tags, const QTimeZone& zone);

} // namespace ll
