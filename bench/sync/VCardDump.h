#pragma once

#include "util/Result.h"

#include <QString>

namespace ll {
class Store;
}

namespace llbench {

// Writes every live contact of the store as one vCard file per contact (<uid>.vcf) into `dir`, a vdir as
// vdirsyncer reads it, using the app's own exporter (importer/VCard.h). Returns the number written.
// Bench only: the data is synthetic and the caller deletes the directory after the run.
ll::Result<int> dumpVCards(ll::Store& store, const QString& dir);

} // namespace llbench
