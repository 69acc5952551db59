#!/usr/bin/env bash
# Renders resources/icons/liuliang.svg into the hicolor PNG sizes that packaging/linux/icons holds.
# The PNGs are committed, so building a package needs no SVG renderer; rerun this after editing the SVG.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/icons/liuliang.svg"
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" -o "$here/icons/liuliang-$size.png"
done
