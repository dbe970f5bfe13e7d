; Sổ tay học tập — Windows installer (make windows-installer, with Debian's nsis).
; Installs sotay.exe and sotayctl.exe for the current user or for all users,
; Start-menu and desktop shortcuts named in Vietnamese, the .sotay study-pack
; file type (a double-click opens the app with the pack), and an uninstaller
; that removes the program and leaves the user's library
; (%APPDATA%\SoTay\sotay.db, its originals and backups) where it is.

Unicode true
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef DIST
  !define DIST "..\..\dist"
!endif

Name "Sổ tay học tập"
OutFile "${DIST}\SoTay-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\SoTay"
InstallDirRegKey HKLM "Software\SoTay" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\sotay.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Mở Sổ tay học tập"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductName" "Sổ tay học tập"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileDescription" "Cài đặt Sổ tay học tập"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "LegalCopyright" "Sổ tay học tập"

Section "Sổ tay học tập" SecMain
  SectionIn RO
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File "${DIST}\sotay.exe"
  File "${DIST}\sotayctl.exe"
  WriteUninstaller "$INSTDIR\Gỡ cài đặt Sổ tay.exe"

  CreateDirectory "$SMPROGRAMS\Sổ tay học tập"
  CreateShortcut "$SMPROGRAMS\Sổ tay học tập\Sổ tay học tập.lnk" "$INSTDIR\sotay.exe"
  CreateShortcut "$SMPROGRAMS\Sổ tay học tập\Gỡ cài đặt Sổ tay.lnk" "$INSTDIR\Gỡ cài đặt Sổ tay.exe"
  CreateShortcut "$DESKTOP\Sổ tay học tập.lnk" "$INSTDIR\sotay.exe"

  ; .sotay study packs open with the app (it shows what the pack holds
  ; before anything is imported).
  WriteRegStr HKCR ".sotay" "" "SoTay.Pack"
  WriteRegStr HKCR "SoTay.Pack" "" "Gói học tập Sổ tay"
  WriteRegStr HKCR "SoTay.Pack\DefaultIcon" "" "$INSTDIR\sotay.exe,0"
  WriteRegStr HKCR "SoTay.Pack\shell\open\command" "" '"$INSTDIR\sotay.exe" "%1"'

  WriteRegStr HKLM "Software\SoTay" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\SoTay" "DisplayName" "Sổ tay học tập"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\SoTay" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\SoTay" "DisplayIcon" "$INSTDIR\sotay.exe"
  WriteRegStr HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\SoTay" "UninstallString" '"$INSTDIR\Gỡ cài đặt Sổ tay.exe"'
  WriteRegDWORD HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\SoTay" "NoModify" 1
  WriteRegDWORD HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\SoTay" "NoRepair" 1
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; the new file type shows at once
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  ; The program only: the user's library in %APPDATA%\SoTay (documents,
  ; notes, question banks, backups) stays.
  Delete "$INSTDIR\sotay.exe"
  Delete "$INSTDIR\sotayctl.exe"
  Delete "$INSTDIR\Gỡ cài đặt Sổ tay.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Sổ tay học tập\Sổ tay học tập.lnk"
  Delete "$SMPROGRAMS\Sổ tay học tập\Gỡ cài đặt Sổ tay.lnk"
  RMDir "$SMPROGRAMS\Sổ tay học tập"
  Delete "$DESKTOP\Sổ tay học tập.lnk"
  DeleteRegKey HKCR ".sotay"
  DeleteRegKey HKCR "SoTay.Pack"
  DeleteRegKey HKLM "Software\Microsoft\Windows\CurrentVersion\Uninstall\SoTay"
  DeleteRegKey HKLM "Software\SoTay"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
