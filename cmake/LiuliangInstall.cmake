# Install rules for the two Debian packages (components `desktop` and `server`, see
# packaging/CPackConfig.cmake). The executables install themselves in their own CMakeLists; this file
# adds what lives beside them: translations, desktop integration, and the server's system files.
# Included at the end of the top-level CMakeLists, so every target already exists.
set(LL_LINUX_PACKAGING ${CMAKE_CURRENT_SOURCE_DIR}/packaging/linux)

if(TARGET liuliang)
    # Catalogues as files in share/liuliang/translations, where ui/app/Language.cpp looks first
    # (relative to the executable); the build also embeds them, so a build tree needs none of this.
    find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
    set(LL_QM_DIR ${CMAKE_BINARY_DIR}/share/liuliang/translations)
    set(LL_QM_FILES)
    foreach(lang zh_CN en)
        set(ts ${CMAKE_CURRENT_SOURCE_DIR}/translations/liuliang_${lang}.ts)
        set(qm ${LL_QM_DIR}/liuliang_${lang}.qm)
        add_custom_command(OUTPUT ${qm}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${LL_QM_DIR}
            COMMAND Qt6::lrelease -silent ${ts} -qm ${qm}
            DEPENDS ${ts}
            VERBATIM)
        list(APPEND LL_QM_FILES ${qm})
    endforeach()
    add_custom_target(liuliang_installed_translations ALL DEPENDS ${LL_QM_FILES})
    install(FILES ${LL_QM_FILES} DESTINATION share/liuliang/translations COMPONENT desktop)

    install(FILES ${LL_LINUX_PACKAGING}/liuliang.desktop DESTINATION share/applications COMPONENT desktop)
    install(FILES ${LL_LINUX_PACKAGING}/com.liuliang.Liuliang.metainfo.xml
        DESTINATION share/metainfo COMPONENT desktop)
    # PNGs rendered from the SVG by packaging/linux/render-icons.sh and committed.
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES ${LL_LINUX_PACKAGING}/icons/liuliang-${size}.png
            DESTINATION share/icons/hicolor/${size}x${size}/apps RENAME liuliang.png COMPONENT desktop)
    endforeach()
    install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/resources/icons/liuliang.svg
        DESTINATION share/icons/hicolor/scalable/apps COMPONENT desktop)
endif()

if(TARGET liuliang-server)
    # The config may hold a database password: not world-readable; postinst gives the group to `liuliang`.
    install(FILES ${LL_LINUX_PACKAGING}/server/server.conf
        DESTINATION /etc/liuliang
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ
        COMPONENT server)
    install(FILES ${LL_LINUX_PACKAGING}/server/liuliang-server.service
        DESTINATION lib/systemd/system COMPONENT server)
endif()
