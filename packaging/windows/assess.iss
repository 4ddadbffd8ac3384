; Inno Setup 6 script of the Assess installer for Windows (docs/packaging.md). packaging/build.py runs it after
; building the bundle: ISCC /DAppVersion=X.Y.Z /Odist packaging\windows\assess.iss
;
; By default it installs for the current user only, into %LOCALAPPDATA%\Programs\Assess, with no administrator
; rights (PrivilegesRequired=lowest); an administrator may choose "for all users" in the first dialog or with
; /ALLUSERS. The user's assessments live in %LOCALAPPDATA%\Assess and are left in place on uninstall.
; tests/test_packaging.py checks this file against the bundle's executables and the version.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Bundle "..\..\dist\assess"

[Setup]
AppId={{0670F9A1-7255-4614-9C73-FCD58D0990D7}
AppName=Assess
AppVersion={#AppVersion}
AppVerName=Assess {#AppVersion}
AppPublisher=Assess
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Assess
DefaultGroupName=Assess
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=Assess-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\assess.ico
UninstallDisplayIcon={app}\assessw.exe
UninstallDisplayName=Assess {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
en.DemoShortcut=Assess demo
fr.DemoShortcut=Démo d'Assess
es.DemoShortcut=Demo de Assess
ru.DemoShortcut=Демо Assess
en.DemoComment=Open a throwaway copy of the demo assessment
fr.DemoComment=Ouvrir une copie jetable de l'évaluation de démo
es.DemoComment=Abrir una copia desechable de la evaluación de la demo
ru.DemoComment=Открыть временную копию демонстрационной оценки

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; a previous version's files that this one no longer ships
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Assess"; Filename: "{app}\assessw.exe"
Name: "{autoprograms}\{cm:DemoShortcut}"; Filename: "{app}\assessw.exe"; Parameters: "demo"; Comment: "{cm:DemoComment}"
Name: "{autodesktop}\Assess"; Filename: "{app}\assessw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\assessw.exe"; Description: "{cm:LaunchProgram,Assess}"; Flags: nowait postinstall skipifsilent
