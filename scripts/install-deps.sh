#!/usr/bin/env bash
# Installs every Debian 12 package Liuliang needs to build, test and run.
# Idempotent: apt-get runs only when something is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git file
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-translations-l10n qt6-pdf-dev
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins qt6-image-formats-plugins
  qtkeychain-qt6-dev libsodium-dev libicu-dev libuchardet-dev libcurl4-openssl-dev
  libsqlcipher-dev sqlcipher libssl-dev openssl libzip-dev libmimalloc-dev
  postgresql postgresql-client
  xvfb xauth dbus dbus-x11 gnome-keyring
  fonts-noto-cjk binutils zlib1g-dev util-linux wrk curl
  clang libclang-rt-14-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
