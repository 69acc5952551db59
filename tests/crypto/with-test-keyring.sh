#!/bin/sh
# Runs "$@" in a private D-Bus session with a fresh, unlocked GNOME keyring inside a throw-away home,
# so keychain tests use the real Secret Service headlessly and never touch the developer's own keyring.
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-test-keyring: $tool is not installed" >&2
        exit 1
    fi
done
scratch=$(mktemp -d "${TMPDIR:-/tmp}/liuliang-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM
mkdir -m 700 "$scratch/run" "$scratch/data" "$scratch/config"
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/run"
# Without a display nothing can autolaunch a second bus or pop up an unlock prompt.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export LIULIANG_TEST_KEYRING=1
# gnome-keyring only creates (and makes default) the login keyring when unlocked with a non-empty
# password; this one guards a keyring that is deleted when the test ends.
dbus-run-session -- sh -c '
    printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec "$@"' sh "$@"
