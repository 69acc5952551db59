# macOS recipe (cannot be built on the Linux CI; read by every configure, so its syntax stays checked).
#   brew install qt sqlcipher libsodium icu4c qtkeychain pkg-config ninja
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DLIULIANG_BUILD_TESTS=OFF \
#         -DCMAKE_PREFIX_PATH="$(brew --prefix qt);$(brew --prefix qtkeychain)"
#   cmake --build build --target liuliang_dmg     # build/Liuliang.dmg
# The app becomes Liuliang.app; macdeployqt copies Qt, SQLCipher and libsodium into it and makes the .dmg.
# Keychain: qtkeychain stores the wrapped store key in the login Keychain. Sign with one stable Developer
# ID (codesign --options runtime, then notarize): the Keychain item's access list names the signature,
# and an unsigned or re-signed build makes macOS ask the user again or refuse, leaving only the passphrase.
if(NOT APPLE OR NOT TARGET liuliang)
    return()
endif()

set(LL_ICONSET ${CMAKE_BINARY_DIR}/liuliang.iconset)
set(LL_ICNS ${CMAKE_BINARY_DIR}/liuliang.icns)
set(LL_ICON_COPIES)
foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    list(APPEND LL_ICON_COPIES
        COMMAND ${CMAKE_COMMAND} -E copy ${LL_PACKAGING_DIR}/linux/icons/liuliang-${size}.png
                ${LL_ICONSET}/icon_${size}x${size}.png)
    if(double LESS_EQUAL 512)
        list(APPEND LL_ICON_COPIES
            COMMAND ${CMAKE_COMMAND} -E copy ${LL_PACKAGING_DIR}/linux/icons/liuliang-${double}.png
                    ${LL_ICONSET}/icon_${size}x${size}@2x.png)
    endif()
endforeach()
add_custom_command(OUTPUT ${LL_ICNS}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${LL_ICONSET}
    ${LL_ICON_COPIES}
    COMMAND iconutil -c icns ${LL_ICONSET} -o ${LL_ICNS}
    VERBATIM)
target_sources(liuliang PRIVATE ${LL_ICNS})
set_source_files_properties(${LL_ICNS} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(liuliang PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME Liuliang
    MACOSX_BUNDLE_BUNDLE_NAME Liuliang
    MACOSX_BUNDLE_GUI_IDENTIFIER com.liuliang.Liuliang
    MACOSX_BUNDLE_ICON_FILE liuliang.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})

find_program(LL_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
# The catalogues stay embedded in the binary (:/i18n), which is where Language.cpp falls back to.
add_custom_target(liuliang_dmg
    COMMAND ${LL_MACDEPLOYQT} $<TARGET_BUNDLE_DIR:liuliang> -dmg -always-overwrite
    COMMAND ${CMAKE_COMMAND} -E rename $<TARGET_BUNDLE_DIR:liuliang>/../Liuliang.dmg
            ${CMAKE_BINARY_DIR}/Liuliang.dmg
    DEPENDS liuliang
    VERBATIM)
