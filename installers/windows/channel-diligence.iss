; Inno Setup script: the Windows installer of Channel Diligence.
;
; Build the one-folder app first (pyinstaller installers/channel-diligence.spec), then:
;     iscc /DAppVersion=0.1.0 installers\windows\channel-diligence.iss
; Output: dist\ChannelDiligence-<version>-setup.exe
;
; Installs per user without administrator rights (small offices often have none), with a
; Start-menu shortcut, an optional desktop shortcut and an uninstaller (Settings > Apps). The
; user's database and its backups live in %LOCALAPPDATA%\ChannelDiligence and are kept when the
; app is uninstalled.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Channel Diligence"
#define AppExe "ChannelDiligence.exe"
#define SourceDir "..\..\dist\ChannelDiligence"

[Setup]
AppId={{6F0C5B1E-6B1D-4C8E-9E55-6A2F3C1D9B41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Channel Diligence contributors
AppPublisherURL=https://github.com/channel-diligence
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ChannelDiligence-{#AppVersion}-setup
SetupIconFile=channel-diligence.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Start with my session" (Settings, Tray) writes this value; nothing is written at install,
; and uninstalling removes it so that Windows does not try to start a removed program.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "ChannelDiligence"; Flags: uninsdeletevalue dontcreatekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the app itself left in its folder; the user's data stays in %LOCALAPPDATA%.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
