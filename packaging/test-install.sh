#!/usr/bin/env bash
# Builds the two Debian packages, installs them with apt in a clean Debian 12 root (debootstrap +
# chroot) and checks that they work there: the server starts as its unprivileged user from the unit's
# ExecStart line and answers /v1/health over TLS, the CLI and the desktop app run, and files and
# permissions are where they belong.
#
# Needs root and network (debootstrap and apt fetch from the Debian mirror), so it is not part of
# CTest. The base root is cached as a tarball in /var/cache/liuliang-pkgtest, so reruns are quick.
#
#   packaging/test-install.sh [BUILD_DIR]     (default: build-pkg in the repository)
#   LL_PKGTEST_KEEP=1   keep the installed root for inspection (its path is printed)
#   LL_JOBS=N           build parallelism (default 2)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${1:-$repo/build-pkg}")
cache=/var/cache/liuliang-pkgtest
tarball=$cache/bookworm-minbase.tar.gz
mirror=${LL_DEBIAN_MIRROR:-http://deb.debian.org/debian}
root=""
server_pid=""
passed=0

step() { printf '\n== %s\n' "$*"; }
fail() {
  printf 'FAIL: %s\n' "$*" >&2
  exit 1
}
pass() {
  printf 'ok   %s\n' "$*"
  passed=$((passed + 1))
}
in_root() { chroot "$root" "$@"; }

cleanup() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; fi
  [[ -n $root ]] || return 0
  for m in dev/pts dev proc; do
    if mountpoint -q "$root/$m"; then umount "$root/$m" || umount -l "$root/$m" || true; fi
  done
  if [[ ${LL_PKGTEST_KEEP:-0} == 1 ]]; then
    echo "root kept in $root"
  elif grep -q " $root/" /proc/mounts; then
    # Never rm -rf through a bind mount of the host's /dev.
    echo "warning: something is still mounted under $root; not deleting it" >&2
  else
    rm -rf "$root"
  fi
}
trap cleanup EXIT

[[ $(id -u) -eq 0 ]] || fail "run as root (debootstrap, chroot, mount)"
for tool in debootstrap curl dpkg-shlibdeps; do
  if ! command -v "$tool" >/dev/null; then
    case $tool in
    dpkg-shlibdeps) pkg=dpkg-dev ;;
    *) pkg=$tool ;;
    esac
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg"
  fi
done

step "build the packages in $build"
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DLIULIANG_BUILD_TESTS=OFF -DLIULIANG_BUILD_BENCH=OFF >/dev/null
ninja -C "$build" -j"${LL_JOBS:-2}" >/dev/null
rm -f "$build"/*.deb
(cd "$build" && cpack -G DEB >/dev/null)
desktop_deb=$(ls "$build"/liuliang_*.deb)
server_deb=$(ls "$build"/liuliang-server_*.deb)
for deb in "$desktop_deb" "$server_deb"; do
  echo "$(basename "$deb"): $(dpkg-deb -f "$deb" Depends)"
done
pass "cpack built $(basename "$desktop_deb") and $(basename "$server_deb")"

step "clean Debian 12 root"
if [[ ! -f $tarball ]]; then
  mkdir -p "$cache"
  rm -rf "$cache/root.tmp"
  debootstrap --variant=minbase bookworm "$cache/root.tmp" "$mirror"
  tar -C "$cache/root.tmp" -czf "$tarball.part" .
  mv "$tarball.part" "$tarball"
  rm -rf "$cache/root.tmp"
fi
root=$(mktemp -d /var/tmp/liuliang-pkgtest.XXXXXX)
tar -C "$root" -xzf "$tarball"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
EOF
# There is no init in the root: maintainer scripts must not try to start services.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
cp "$desktop_deb" "$server_deb" "$root/tmp/"
pass "Debian $(cat "$root/etc/debian_version") root in $root"

step "apt install both packages"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  "/tmp/$(basename "$desktop_deb")" "/tmp/$(basename "$server_deb")" >"$root/tmp/apt.log" 2>&1 ||
  {
    tail -30 "$root/tmp/apt.log"
    fail "apt-get install"
  }
in_root dpkg -s liuliang liuliang-server | grep -q '^Status: install ok installed' || fail "dpkg status"
pass "apt installed liuliang and liuliang-server with their dependencies"

step "files and permissions"
expect_mode() { # PATH MODE OWNER:GROUP
  local got
  got=$(in_root stat -c '%a %U:%G' "$1") # names as the root's own passwd/group files give them
  [[ $got == "$2 $3" ]] || fail "$1 is $got, expected $2 $3"
  pass "$1 $2 $3"
}
in_root getent passwd liuliang | grep -q ':/usr/sbin/nologin$' || fail "user liuliang missing or has a shell"
pass "system user liuliang exists, no login shell"
expect_mode /var/lib/liuliang 700 liuliang:liuliang
expect_mode /etc/liuliang/server.conf 640 root:liuliang
expect_mode /etc/liuliang/tls 750 root:liuliang
grep -qx /etc/liuliang/server.conf "$root/var/lib/dpkg/info/liuliang-server.conffiles" || fail "conffile"
pass "/etc/liuliang/server.conf is a conffile"
for f in /usr/bin/liuliang /usr/bin/liuliang-cli /usr/bin/liuliang-server \
  /usr/share/liuliang/translations/liuliang_zh_CN.qm /usr/share/liuliang/translations/liuliang_en.qm \
  /usr/share/applications/liuliang.desktop /usr/share/metainfo/com.liuliang.Liuliang.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/liuliang.svg /usr/lib/systemd/system/liuliang-server.service; do
  [[ -s $root$f ]] || fail "$f not installed"
done
for size in 16 22 24 32 48 64 128 256 512; do
  icon=/usr/share/icons/hicolor/${size}x${size}/apps/liuliang.png
  file "$root$icon" | grep -q "PNG image data, $size x $size" || fail "$icon is not a ${size}px PNG"
done
pass "executables, .qm catalogues, desktop entry, metainfo, unit, scalable + 9 hicolor PNG icons"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/com.liuliang.Liuliang.metainfo.xml" >/dev/null ||
    fail "appstreamcli validate"
  pass "installed metainfo validates"
fi

step "liuliang-server from the unit's ExecStart line, as user liuliang"
unit=$root/usr/lib/systemd/system/liuliang-server.service
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
[[ -n $exec_start ]] || fail "no ExecStart in the unit"
in_root liuliang-server dev-ca --out /etc/liuliang/tls --host 127.0.0.1,localhost >/dev/null
in_root chgrp liuliang /etc/liuliang/tls/server.key
in_root chmod 0640 /etc/liuliang/tls/server.key
# Port 0: the machine is shared; the server prints the port it bound.
sed -i 's/^listen = .*/listen = 127.0.0.1:0/' "$root/etc/liuliang/server.conf"
server_log=$root/tmp/server.log
# shellcheck disable=SC2086 # ExecStart is a command line to split, as systemd does
chroot "$root" setpriv --reuid=liuliang --regid=liuliang --init-groups \
  sh -c 'umask 0077; exec "$@"' sh $exec_start >"$server_log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 60); do
  port=$(sed -n 's|^listening https://127\.0\.0\.1:\([0-9]*\)$|\1|p' "$server_log")
  [[ -n $port ]] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.5
done
[[ -n $port ]] || {
  cat "$server_log"
  fail "server did not report listening"
}
[[ $(stat -c %u "/proc/$server_pid") == $(in_root id -u liuliang) ]] || fail "server does not run as liuliang"
pass "server runs as liuliang on 127.0.0.1:$port ($exec_start)"
health=$(curl -sS --max-time 10 --cacert "$root/etc/liuliang/tls/ca.pem" "https://127.0.0.1:$port/v1/health")
echo "$health" | grep -q '"ok"' || fail "health answered: $health"
pass "GET /v1/health over TLS with the dev CA: $health"
if curl -sS --max-time 10 "https://127.0.0.1:$port/v1/health" >/dev/null 2>&1; then
  fail "health answered without the dev CA: TLS not verified"
fi
pass "without the dev CA the TLS handshake is refused by curl"
leaky=$(find "$root/var/lib/liuliang" -mindepth 1 -perm /077 -printf '%P ')
[[ -z $leaky ]] || fail "group/world access in /var/lib/liuliang: $leaky"
pass "data files private: $(find "$root/var/lib/liuliang" -mindepth 1 -printf '%P(%m) ')"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=""

step "liuliang-cli and liuliang in the root"
version=$(in_root liuliang-cli --version)
[[ $version == *0.* ]] || fail "liuliang-cli --version printed: $version"
pass "liuliang-cli --version: $version"
# strace shows which catalogue the app opens: the installed file, not the embedded fallback.
help=$(strace -f -qq -e trace=openat -o "$root/tmp/open.log" chroot "$root" \
  env QT_QPA_PLATFORM=offscreen LANG=zh_CN.UTF-8 HOME=/root liuliang --help 2>/dev/null)
echo "$help" | grep -q -- '--profile' || fail "liuliang --help printed: $help"
pass "liuliang --help (offscreen, zh_CN): $(echo "$help" | sed -n 2p)"
grep -q 'openat(.*share/liuliang/translations/liuliang_zh_CN\.qm".* = [0-9]' "$root/tmp/open.log" ||
  fail "the app did not open the installed zh_CN catalogue"
pass "the app loads /usr/share/liuliang/translations/liuliang_zh_CN.qm"

step "summary"
echo "PASS: $passed checks"
