; Liuliang installer for Windows: packs the tree made by `cmake --install build --prefix stage`
; (with windeployqt already run by packaging/windows/LiuliangWindows.cmake). Build with:
;   makensis /DSTAGE=C:\path\to\stage /DVERSION=0.1.0 packaging\windows\liuliang.nsi
Unicode true
!include "MUI2.nsh"

!ifndef STAGE
  !error "pass /DSTAGE=<install tree>"
!endif
!ifndef VERSION
  !define VERSION "0.0.0"
!endif

Name "Liuliang ${VERSION}"
OutFile "liuliang-${VERSION}-win64.exe"
InstallDir "$PROGRAMFILES64\Liuliang"
InstallDirRegKey HKLM "Software\Liuliang" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

Section "Liuliang"
  SetOutPath "$INSTDIR"
  ; bin\ (executables, Qt and vcpkg DLLs, plugins) and share\liuliang\translations side by side, the
  ; layout ui/app/Language.cpp looks in.
  File /r "${STAGE}\*.*"
  CreateShortcut "$SMPROGRAMS\Liuliang.lnk" "$INSTDIR\bin\liuliang.exe"
  WriteRegStr HKLM "Software\Liuliang" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\Liuliang" "DisplayName" "Liuliang"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\Liuliang" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\Liuliang" "UninstallString" "$INSTDIR\uninstall.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
SectionEnd

Section "Uninstall"
  ; Program files only: each user's encrypted profile in %APPDATA% stays, it is their customer data.
  Delete "$SMPROGRAMS\Liuliang.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\Liuliang"
  DeleteRegKey HKLM "Software\Liuliang"
SectionEnd
