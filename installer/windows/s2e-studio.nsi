; The Windows installer of s2e-studio: makensis -DVERSION=… -DSTAGE=… -DOUTFILE=… s2e-studio.nsi
; (scripts/windows-package.sh). STAGE holds the three programs, the DLLs and Qt plugins they
; need (installer/windows/dlls.txt) and the translations. /S installs silently, /D=DIR
; chooses the folder; the uninstaller takes /S too.
Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!include "MUI2.nsh"
!include "x64.nsh"

Name "s2e-studio ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\s2e-studio"
InstallDirRegKey HKLM "Software\s2e-studio" "InstallDir"
BrandingText "s2e-studio ${VERSION}"

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\s2e-studio"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

Function .onInit
    ${IfNot} ${RunningX64}
        MessageBox MB_ICONSTOP "s2e-studio needs 64-bit Windows."
        Abort
    ${EndIf}
    SetRegView 64
FunctionEnd

Section "s2e-studio" Main
    SectionIn RO
    SetShellVarContext all
    SetOutPath "$INSTDIR"
    File /r "${STAGE}\*.*"
    WriteUninstaller "$INSTDIR\uninstall.exe"
    WriteRegStr HKLM "Software\s2e-studio" "InstallDir" "$INSTDIR"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "s2e-studio"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "s2e-studio"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\s2e-studio.exe"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
    CreateDirectory "$SMPROGRAMS\s2e-studio"
    CreateShortCut "$SMPROGRAMS\s2e-studio\s2e-studio.lnk" "$INSTDIR\s2e-studio.exe"
    CreateShortCut "$SMPROGRAMS\s2e-studio\s2e-studio (virtual modules).lnk" "$INSTDIR\s2e-studio.exe" "--demo"
    CreateShortCut "$SMPROGRAMS\s2e-studio\Uninstall s2e-studio.lnk" "$INSTDIR\uninstall.exe"
SectionEnd

Section "Uninstall"
    SetShellVarContext all
    SetRegView 64
    Delete "$SMPROGRAMS\s2e-studio\*.lnk"
    RMDir "$SMPROGRAMS\s2e-studio"
    !include "${FILELIST}"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    DeleteRegKey HKLM "${UNINSTALL_KEY}"
    DeleteRegKey HKLM "Software\s2e-studio"
SectionEnd
