# Windows recipe (cannot be built on the Linux CI; read by every configure, so its syntax stays checked).
# Configure with vcpkg, which provides SQLCipher 4, libsodium, ICU and qtkeychain as DLLs:
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DLIULIANG_BUILD_TESTS=OFF ^
#         -DCMAKE_TOOLCHAIN_FILE=%VCPKG_ROOT%/scripts/buildsystems/vcpkg.cmake ^
#         -DX_VCPKG_APPLOCAL_DEPS_INSTALL=ON -DCMAKE_PREFIX_PATH=C:/Qt/6.5.3/msvc2019_64
#   cmake --build build && cmake --install build --prefix stage
#   makensis /DSTAGE=%CD%\stage /DVERSION=0.1.0 packaging\windows\liuliang.nsi
# X_VCPKG_APPLOCAL_DEPS_INSTALL copies the vcpkg DLLs (sqlcipher.dll, libsodium.dll, ICU) into bin/ on
# install; the rule below runs windeployqt over the installed executables for Qt's DLLs and plugins.
if(NOT WIN32)
    return()
endif()

find_program(LL_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)

set(LL_DEPLOY_EXES)
foreach(exe liuliang liuliang-cli liuliang-server)
    if(TARGET ${exe})
        list(APPEND LL_DEPLOY_EXES "\${CMAKE_INSTALL_PREFIX}/bin/${exe}.exe")
    endif()
endforeach()
install(CODE "
    execute_process(COMMAND \"${LL_WINDEPLOYQT}\" --release --no-compiler-runtime --no-opengl-sw
                            --no-translations ${LL_DEPLOY_EXES}
                    COMMAND_ERROR_IS_FATAL ANY)
" COMPONENT desktop)
# The MSVC runtime (vcruntime140.dll, msvcp140.dll) goes into bin/ too, so no redistributable is needed.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT desktop)
include(InstallRequiredSystemLibraries)
