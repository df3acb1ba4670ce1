; Puente's Windows installer (NSIS 3), over the frozen folder: `python installers/build.py nsis`
; passes VERSION, SOURCE (dist/Puente), EXE (Puente.exe) and OUTFILE, and ICON when there is one.
;
; Per user by default, without administrator rights (%LOCALAPPDATA%\Programs\Puente), or for
; all users (Program Files) when chosen on its first page or with /AllUsers; /S installs
; silently. A Start-menu entry, an optional desktop shortcut, an entry in Apps & features
; with its uninstaller, and puente:// pairing links opening Puente for the user.

Unicode true
; LZMA makes the download a quarter smaller and takes minutes; FAST (CI's check that the
; script compiles) packs with zlib.
!ifdef FAST
  SetCompressor zlib
!else
  SetCompressor /SOLID lzma
!endif
ManifestDPIAware true

!ifndef VERSION | SOURCE | EXE | OUTFILE
  !error "run through installers/build.py (VERSION, SOURCE, EXE and OUTFILE are needed)"
!endif

!define APP "Puente"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Puente"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "Puente"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "Software\Puente"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!include MultiUser.nsh
!include MUI2.nsh

Name "${APP}"
OutFile "${OUTFILE}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Puente installer"
VIAddVersionKey /LANG=0 "CompanyName" "Puente"
VIAddVersionKey /LANG=0 "LegalCopyright" "Puente"
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The system's language when it is one of these (the first otherwise).
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "PortugueseBR"
!insertmacro MUI_LANGUAGE "English"

LangString DesktopShortcut ${LANG_SPANISH} "Acceso directo en el escritorio"
LangString DesktopShortcut ${LANG_PORTUGUESEBR} "Atalho na área de trabalho"
LangString DesktopShortcut ${LANG_ENGLISH} "Desktop shortcut"
LangString RemoveData ${LANG_SPANISH} "¿Borrar también los datos de Puente de este usuario (las conversaciones guardadas y los ajustes)?"
LangString RemoveData ${LANG_PORTUGUESEBR} "Apagar também os dados do Puente deste usuário (as conversas guardadas e as configurações)?"
LangString RemoveData ${LANG_ENGLISH} "Also delete this user's Puente data (the saved conversations and settings)?"

Function .onInit
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Puente" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${SOURCE}/*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  WriteRegStr SHCTX "Software\Puente" "InstallDir" "$INSTDIR"
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}"
  ; Apps & features (SHCTX: the current user's or the machine's, as installed).
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "Puente"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ; puente://connect?relay=...&token=... opens Puente, for this user.
  WriteRegStr HKCU "Software\Classes\puente" "" "URL:Puente pairing link"
  WriteRegStr HKCU "Software\Classes\puente" "URL Protocol" ""
  WriteRegStr HKCU "Software\Classes\puente\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\puente\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
SectionEnd

Section /o "$(DesktopShortcut)" SecDesktop
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "Software\Puente"
  DeleteRegKey HKCU "Software\Classes\puente"
  ; The agent's data (cache and settings, %APPDATA%\Puente) is theirs: it goes only
  ; when they say so, never in a silent uninstall.
  IfSilent done
  MessageBox MB_YESNO|MB_ICONQUESTION "$(RemoveData)" /SD IDNO IDNO done
  SetShellVarContext current
  RMDir /r "$APPDATA\Puente"
  done:
SectionEnd
