"""The packaging files, checked on Linux without building: the spec for each system, the plan it follows, the
Windows installer script, the desktop entry and the icon.

The spec (packaging/assess.spec) is executed as PyInstaller would, with ``sys.platform`` set to each
system and PyInstaller's build classes replaced by recorders, so its Windows and macOS branches run here
too. What only the hosted runners can check (that PyInstaller, Inno Setup and hdiutil accept the results)
is in .github/workflows/bundle.yml; docs/packaging.md says so.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import types
from pathlib import Path
from typing import Any, ClassVar

import pytest

from assess import __version__
from tests.build_scripts import PACKAGING, ROOT, load

plan = load("bundle_plan")
icons = load("icons")
PLATFORMS = {"linux": "linux", "windows": "win32", "macos": "darwin"}


# --- the spec, for each system ---------------------------------------------------------------------------------


class Recorder:
    """Stands for one of PyInstaller's build classes: keeps its arguments, builds nothing."""

    made: ClassVar[list[Recorder]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        Recorder.made.append(self)


class Analysis(Recorder):
    """What PyInstaller's analysis would find: a few Qt plugins and translations in this system's layout."""

    found: ClassVar[dict[str, list[tuple[str, str, str]]]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.binaries = list(self.found["binaries"])
        self.datas = list(self.found["datas"])
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


def plugins_found(system: str) -> dict[str, list[tuple[str, str, str]]]:
    sep = "\\" if system == "windows" else "/"
    qt = sep.join(["PySide6", "Qt"]) if system != "windows" else "PySide6"  # the wheels' layouts differ
    name = {"windows": "q{}.dll", "macos": "libq{}.dylib", "linux": "libq{}.so"}[system]
    native = {"windows": "windows", "macos": "cocoa", "linux": "xcb"}[system]

    def entry(*parts: str) -> tuple[str, str, str]:
        return (sep.join([qt, *parts]), "/nowhere", "BINARY")

    return {
        "binaries": [
            entry("plugins", "platforms", name.format(native)),
            entry("plugins", "platforms", name.format("offscreen")),
            entry("plugins", "platforms", name.format("vnc")),
            entry("plugins", "tls", name.format("opensslbackend")),
            entry("plugins", "imageformats", name.format("svg")),
            entry("plugins", "imageformats", name.format("jpeg")),
        ],
        "datas": [
            (sep.join([qt, "translations", "qtbase_fr.qm"]), "/nowhere", "DATA"),
            (sep.join([qt, "translations", "qtbase_de.qm"]), "/nowhere", "DATA"),
            (sep.join([qt, "translations", "qtdeclarative_fr.qm"]), "/nowhere", "DATA"),
            (sep.join(["assess", "ui", "translations", "assess_fr.ts"]), "/nowhere", "DATA"),
            (sep.join(["assess", "ui", "translations", "assess_fr.qm"]), "/nowhere", "DATA"),
        ],
    }


def fake_pyinstaller(monkeypatch: pytest.MonkeyPatch) -> None:
    """PyInstaller's modules the spec imports, as stand-ins (PyInstaller need not be installed)."""
    import PySide6

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package, **_: [(f"/site/{package}/data.json", package)]  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda package: [package, f"{package}.part"]  # type: ignore[attr-defined]
    hooks.get_package_paths = lambda package: ("", str(Path(PySide6.__file__).parent))  # type: ignore[attr-defined]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda source: []  # type: ignore[attr-defined]
    modules = {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.depend": types.ModuleType("PyInstaller.depend"),
        "PyInstaller.depend.bindepend": bindepend,
    }
    for name, module in modules.items():
        monkeypatch.setitem(sys.modules, name, module)


def evaluate_spec(system: str, work: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Recorder]]:
    """Run packaging/assess.spec as PyInstaller would on ``system``; the build steps it asked for, by kind."""
    fake_pyinstaller(monkeypatch)
    monkeypatch.setattr(sys, "path", list(sys.path))
    Recorder.made = []
    Analysis.found = plugins_found(system)
    kinds = {name: type(name, (Recorder,), {}) for name in ("PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace = {"SPECPATH": str(PACKAGING), "workpath": str(work), "Analysis": Analysis, **kinds}
    spec = PACKAGING / "assess.spec"
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", PLATFORMS[system])
        exec(compile(spec.read_text("utf-8"), str(spec), "exec"), namespace)
    steps: dict[str, list[Recorder]] = {}
    for step in Recorder.made:
        steps.setdefault(type(step).__name__, []).append(step)
    steps["_analysis_result"] = [namespace["a"]]
    return steps


@pytest.mark.parametrize("system", list(PLATFORMS))
def test_the_spec_builds_each_systems_executables_from_one_analysis(
    system: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = evaluate_spec(system, tmp_path, monkeypatch)

    (analysis,) = steps["Analysis"]
    programs = [(exe.kwargs["name"], exe.kwargs["console"]) for exe in steps["EXE"]]
    assert programs == [(p.name, p.console) for p in plan.executables(system)]
    assert {"windows": 2, "macos": 1, "linux": 1}[system] == len(programs)
    (collect,) = steps["COLLECT"]
    assert collect.kwargs["name"] == plan.FOLDER and collect.args[: len(programs)] == tuple(steps["EXE"])
    for exe in steps["EXE"]:
        icon = exe.kwargs["icon"]
        assert (icon is None) == (system == "linux")
        if icon:
            assert Path(icon).name == plan.icon_file(system) and Path(icon).stat().st_size > 1000
        assert exe.kwargs["upx"] is False
    excluded = analysis.kwargs["excludes"]
    assert "PySide6.QtWebEngineCore" in excluded and "PySide6.QtNetwork" in excluded
    assert not {f"PySide6.{m}" for m in plan.QT_USED} & set(excluded)
    for package in (*plan.OUR_PACKAGES, *plan.FONT_PACKAGES):
        assert package in analysis.kwargs["hiddenimports"]
        assert (f"/site/{package}/data.json", package) in analysis.kwargs["datas"]
    assert analysis.kwargs["module_collection_mode"] == plan.ON_DISK

    (result,) = steps["_analysis_result"]
    shipped = {Path(dest.replace("\\", "/")).name for dest, _, _ in [*result.binaries, *result.datas]}
    native = {"windows": "qwindows.dll", "macos": "libqcocoa.dylib", "linux": "libqxcb.so"}[system]
    assert native in shipped and any("offscreen" in name for name in shipped)
    assert not any(word in name for name in shipped for word in ("vnc", "openssl", "jpeg"))
    assert {"qtbase_fr.qm", "assess_fr.qm"} <= shipped
    assert not {"qtbase_de.qm", "qtdeclarative_fr.qm", "assess_fr.ts"} & shipped


def test_the_windows_executables_carry_a_version_resource_made_from_our_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = evaluate_spec("windows", tmp_path, monkeypatch)

    for exe in steps["EXE"]:
        resource = Path(exe.kwargs["version"]).read_text("utf-8")
        info = read_version_resource(resource)
        assert info["numbers"] == plan.version_numbers(__version__)
        assert info["strings"]["FileVersion"] == info["strings"]["ProductVersion"] == __version__
        assert info["strings"]["OriginalFilename"] == f"{exe.kwargs['name']}.exe"


def read_version_resource(text: str) -> dict[str, Any]:
    """A version file in PyInstaller's syntax, read with plain stand-ins for its classes (pefile, which
    PyInstaller's own reader needs, exists only on Windows)."""
    found: dict[str, Any] = {"strings": {}}

    def fixed(**fields: Any) -> None:
        assert fields["filevers"] == fields["prodvers"]
        found["numbers"] = fields["filevers"]

    def string(key: str, value: str) -> None:
        found["strings"][key] = value

    names = {
        "VSVersionInfo": lambda **kw: None,
        "FixedFileInfo": fixed,
        "StringFileInfo": lambda tables: None,
        "StringTable": lambda language, strings: None,
        "StringStruct": string,
        "VarFileInfo": lambda structs: None,
        "VarStruct": lambda name, values: None,
    }
    eval(compile(text, "version.txt", "eval"), {"__builtins__": {}}, names)
    return found


def test_the_mac_app_carries_our_version_icon_and_languages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    steps = evaluate_spec("macos", tmp_path, monkeypatch)

    (app,) = steps["BUNDLE"]
    assert app.kwargs["name"] == "Assess.app" and app.args == (steps["COLLECT"][0],)
    assert Path(app.kwargs["icon"]).name == "assess.icns"
    plist = app.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == __version__
    assert set(plist["CFBundleLocalizations"]) == {"en", "fr", "es", "ru", "ar", "zh-Hans"}
    assert (
        plan.command_path(Path("dist"), "macos")
        == Path("dist/Assess.app/Contents/MacOS") / steps["EXE"][0].kwargs["name"]
    )


def test_no_other_system_builds_a_mac_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for system in ("linux", "windows"):
        assert "BUNDLE" not in evaluate_spec(system, tmp_path / system, monkeypatch)


# --- the plan ----------------------------------------------------------------------------------------------------


def test_the_plan_keeps_exactly_the_qt_modules_the_window_imports() -> None:
    imported = set()
    for path in (ROOT / "assess").rglob("*.py"):
        text = path.read_text("utf-8")
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", text))
        imported |= {
            name.strip() for group in re.findall(r"from PySide6 import ([\w, ]+)", text) for name in group.split(",")
        }
    assert imported == set(plan.QT_USED)


def test_the_window_languages_are_those_of_the_translations() -> None:
    from assess.ui import languages

    expected = {languages.FILE_SUFFIX.get(code, code) for code in languages.LANGUAGES} - {"en"}
    assert set(plan.window_languages()) == expected


def test_babel_ships_the_locale_data_of_the_report_languages_only() -> None:
    from exports.reports.labels import CODES

    assert set(plan.report_languages()) == set(CODES)
    kept = {
        code
        for code in (*CODES, "root", "de", "pt_BR", "zh_Hant")
        if plan.keep_data(f"babel/locale-data/{code}.dat", ())
    }
    assert kept == {*CODES, "root"}
    assert plan.keep_data("babel/global.dat", ())


def test_the_reports_plural_rules_need_no_other_locale_data(tmp_path: Path) -> None:
    """Babel reads only the shipped files for the reports' plural rules (a fresh process, its data folder cut back as
    the bundle's is)."""
    import babel

    from exports.reports.labels import CODES, plural_forms

    source = Path(babel.__file__).parent
    shutil.copytree(source, tmp_path / "babel", ignore=shutil.ignore_patterns("locale-data"))
    (tmp_path / "babel" / "locale-data").mkdir()
    for data in (source / "locale-data").glob("*.dat"):
        if plan.keep_data(f"babel/locale-data/{data.name}", ()):
            shutil.copy(data, tmp_path / "babel" / "locale-data" / data.name)
    check = (
        "import babel; from exports.reports.labels import CODES, plural_forms; "
        "print(babel.__file__); print({c: sorted(plural_forms(c)) for c in CODES})"
    )
    done = subprocess.run(
        [sys.executable, "-c", check],
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(plan.ROOT)])},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    where, forms = done.stdout.splitlines()
    assert Path(where).is_relative_to(tmp_path)  # the cut-back copy, not the installed one
    assert forms == str({code: sorted(plural_forms(code)) for code in CODES})


def test_a_library_only_a_left_out_plugin_needed_goes_with_it() -> None:
    links = {
        "plugins/platforms/libqvnc.so": ["libQt6Network.so.6", "libc.so.6"],
        "plugins/platforms/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "libQt6XcbQpa.so.6": ["libxcb-cursor.so.0"],
        "libQt6Network.so.6": ["libgssapi.so.2"],
        "libgssapi.so.2": [],
        "libxcb-cursor.so.0": [],
        "libpython3.11.so.1.0": [],
        "libloaded-by-name.so": [],
    }
    gone = plan.orphans(links, [name for name in links if "vnc" not in name], lambda entry: links[entry])
    assert gone == {"libQt6Network.so.6", "libgssapi.so.2"}


def test_links_and_mac_frameworks_go_with_the_library_they_belong_to() -> None:
    binaries = [
        ("PySide6/Qt/plugins/tls/libqopensslbackend.dylib", "/x/tls", "BINARY"),
        ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", "/x/net", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "/x/cocoa", "BINARY"),
    ]
    datas = [
        ("PySide6/Qt/lib/QtNetwork.framework/Resources/Info.plist", "/x/plist", "DATA"),
        ("PySide6/Qt/lib/QtNetwork.framework/QtNetwork", "Versions/Current/QtNetwork", "SYMLINK"),
        ("QtNetwork", "PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_ar.qm", "/x/ar", "DATA"),
    ]
    needs = {"/x/tls": ["@rpath/QtNetwork.framework/Versions/A/QtNetwork"], "/x/net": [], "/x/cocoa": []}

    kept_binaries, kept_datas = plan.select(binaries, datas, lambda source: needs[source], ["ar"])

    assert [entry[0] for entry in kept_binaries] == ["PySide6/Qt/plugins/platforms/libqcocoa.dylib"]
    assert [entry[0] for entry in kept_datas] == ["PySide6/Qt/translations/qtbase_ar.qm"]


@pytest.mark.parametrize(
    ("version", "numbers"), [("0.1.0", (0, 1, 0, 0)), ("1.2.0rc1", (1, 2, 0, 0)), ("2.10", (2, 10, 0, 0))]
)
def test_windows_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert plan.version_numbers(version) == numbers


# --- the installers and the desktop entry ------------------------------------------------------------------------


def test_the_windows_installer_script_matches_the_bundle() -> None:
    raw = (PACKAGING / "windows" / "assess.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads a script as UTF-8 only after a byte-order mark"
    script = raw.decode("utf-8-sig")
    default = re.search(r'#define AppVersion "([^"]+)"', script)
    assert default and default.group(1) == __version__, "the .iss's default version is not assess.__version__"
    assert re.search(r"^PrivilegesRequired=lowest$", script, re.M), "a per-user install without rights by default"
    setup = re.search(r"^OutputBaseFilename=(.+)$", script, re.M)
    assert setup and setup.group(1).replace("{#AppVersion}", __version__) + ".exe" == plan.installer_name(
        __version__, "windows"
    )
    command, window = plan.executables("windows")
    assert not window.console and command.console
    shortcuts = re.findall(r'^Name: "\{auto[^"]+"; Filename: "\{app\}\\([^"]+)"', script, re.M)
    assert shortcuts and set(shortcuts) == {f"{window.name}.exe"}, "the shortcuts open the window without a console"
    icon = re.search(r"^SetupIconFile=.*\\([^\\]+)$", script, re.M)
    assert icon and icon.group(1) == plan.icon_file("windows")
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile', script, re.M)
    for message in set(re.findall(r"^\w+\.(\w+)=", script, re.M)):
        assert {lang for lang in languages if re.search(rf"^{lang}\.{message}=\S", script, re.M)} == set(languages)


def desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux" / "assess.desktop", encoding="utf-8")
    return parser


def test_the_desktop_entry_starts_the_installed_command_and_speaks_every_window_language() -> None:
    entry = desktop_entry()
    main, demo = entry["Desktop Entry"], entry["Desktop Action demo"]
    assert main["Exec"] == "assess" and demo["Exec"] == "assess demo" and main["Icon"] == "assess"
    assert main["StartupWMClass"] == "Assess"  # Qt's window class: the application name
    for section, key in ((main, "GenericName"), (main, "Comment"), (demo, "Name")):
        missing = [code for code in plan.window_languages() if not section.get(f"{key}[{code}]")]
        assert not missing, f"{key} has no translation for {missing}"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_the_desktop_entry_is_valid() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "linux" / "assess.desktop")], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_icon_looks_the_same_as_svg_and_as_png(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    made = icons.write_all(tmp_path)
    size = 64
    rendered = QImage(size, size, QImage.Format.Format_RGBA8888)
    rendered.fill(Qt.GlobalColor.transparent)
    painter = QPainter(rendered)
    QSvgRenderer(str(made["svg"])).render(painter)
    painter.end()
    painted = icons.picture(size).convert("RGBA")
    difference = 0
    for y in range(size):
        for x in range(size):
            svg_pixel = rendered.pixelColor(x, y)
            png_pixel = painted.getpixel((x, y))
            difference += abs(svg_pixel.red() - png_pixel[0]) + abs(svg_pixel.alpha() - png_pixel[3])
    assert difference / (size * size * 2) < 6, "the SVG and the PNG icons differ"
    for kind in ("ico", "icns", "png16", "png512"):
        assert made[kind].stat().st_size > 500


def test_the_readme_tells_users_the_packages_of_this_version() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    start = readme[: readme.index("./run demo")]  # before the developers' commands
    for name in (
        plan.installer_name(__version__, "windows"),
        plan.installer_name(__version__, "macos"),
        plan.deb_name(__version__, "amd64"),
        plan.tarball_name(__version__, "x86_64"),
    ):
        assert name in start, f"the README's first lines do not name {name}"
