# CPack: two Debian packages from one build, `cpack -G DEB` in the build directory.
#   liuliang        the desktop app, liuliang-cli, translations, icons, desktop entry, AppStream data
#   liuliang-server the sync server with its systemd unit, /etc/liuliang/server.conf and service user
# Windows and macOS recipes are included too; each returns at once on other platforms, so Linux
# configure still reads (and syntax-checks) them. See packaging/README.md.
set(LL_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

set(CPACK_PACKAGE_NAME liuliang)
set(CPACK_PACKAGE_VENDOR "Liuliang")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Empty on purpose: CPackDeb would put a common summary line above each package's own first line.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGE_CONTACT "Liuliang maintainers <packaging@liuliang.invalid>")
set(CPACK_STRIP_FILES ON)

set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_COMPONENTS_ALL desktop server)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # library dependencies from dpkg-shlibdeps
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Plugins are loaded at run time, so dpkg-shlibdeps cannot see them: name them explicitly.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME liuliang)
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION
    "Desktop SCRM for store guides with an encrypted local store
Liuliang keeps customers, tags, purchases and follow-ups of frontline store guides
in a SQLCipher-encrypted store whose key is wrapped by the OS keychain and/or a
passphrase. Includes the desktop app (liuliang) and the headless liuliang-cli.")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION utils)
# qt6-qpa-plugins: xcb/wayland platform plugins; libqt6svg6: the SVG icon engine for the UI icons.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins")
# Qt's own strings in Chinese, the fonts the UI is designed with, and a keychain for the store key.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk, gnome-keyring | kwalletmanager")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME liuliang-server)
set(CPACK_DEBIAN_SERVER_DESCRIPTION
    "Liuliang sync server
HTTPS sync server for the Liuliang desktop app: accounts, organisations, stores and
record sync, on SQLite or PostgreSQL. Runs as the unprivileged user liuliang under a
hardened systemd unit; settings in /etc/liuliang/server.conf.")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# libqt6sql6-sqlite: the embedded database driver; adduser: the postinst creates the service user.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
# openssl: `liuliang-server dev-ca` runs it to make a development CA.
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "openssl")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${LL_PACKAGING_DIR}/linux/server/postinst
    ${LL_PACKAGING_DIR}/linux/server/prerm
    ${LL_PACKAGING_DIR}/linux/server/postrm
    ${LL_PACKAGING_DIR}/linux/server/conffiles)

include(${LL_PACKAGING_DIR}/windows/LiuliangWindows.cmake)
include(${LL_PACKAGING_DIR}/macos/LiuliangMacos.cmake)

include(CPack)
