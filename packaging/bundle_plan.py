"""What goes into the Assess bundle on each system and what is left out; packaging/assess.spec carries it out.

Nothing here imports PyInstaller, so the tests evaluate the plan (and the spec, with PyInstaller's
build classes recorded instead of run) for Windows and macOS on Linux. docs/packaging.md explains
each choice for people.
"""

from __future__ import annotations

import posixpath
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
APP = "Assess"
FOLDER = "assess"  # dist/assess/, the one-folder bundle
BUNDLE_ID = "org.assess.Assess"  # macOS; a publisher signing the app puts its own reverse domain here
SUMMARY = "Self-assessment of national implementation of the UN Trafficking in Persons Protocol"

OUR_PACKAGES = ("assess", "framework", "db", "exports")
"""Every module of these is bundled (some are imported by name at run time, e.g. the report languages), and
every data file in them: the framework and its schema, the package schema, fonts, translations, the demo."""
FONT_PACKAGES = ("fontpkg_noto_sans", "fontpkg_noto_sans_arabic")  # found by name (exports/reports/fonts.py)
DRIVERS = (  # SQLAlchemy imports a database's driver by the name in its URL, which no analysis can see
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg_binary",  # the shared PostgreSQL server: the bundle's users cannot install a driver later
)
SOURCE_DATA = {"db": "migrations"}  # Alembic reads the migration scripts as source files
ON_DISK = {"docx": "pyz+py"}  # python-docx finds its templates through its own folders ("parts/../templates")
DATA_NOT_SHIPPED = ("*.ts",)  # Qt Linguist sources of the .qm translations

QT_USED = ("QtCore", "QtGui", "QtWidgets")  # the only Qt modules assess/ui imports (tests/test_packaging.py checks)
NOT_USED = (
    "tkinter",  # Python's other GUI toolkit
    "readline",  # an interactive prompt
    "pydoc",
    "pytest",
    "_pytest",
    "pytestqt",
    "mypy",
    "setuptools",
    "pip",
    "numpy",  # openpyxl and Pillow use it when it is there; Assess needs neither path
    "IPython",
    "jsonschema.tests",
    "jsonschema.benchmarks",
    "sqlalchemy.testing",
    "alembic.testing",
    "mako.testing",
    "PIL.ImageTk",
    "PIL.ImageQt",  # would import Qt modules of its own choosing
    "PIL._avif",  # AVIF and WebP pictures (6 MB of libraries): the charts are PNG, the reports embed no photos
    "PIL._webp",
    "lxml.objectify",  # python-docx and openpyxl use lxml.etree only
    "lxml.html",
    "lxml.isoschematron",
)

# Qt plugins kept, by folder (any file in a folder not named here is left out). The window draws its own
# icons and loads no pictures, so of the image formats only SVG (the system's theme icons in file
# dialogs) and ICO stay; the platforms are the desktop ones plus offscreen (the smoke test, screenshots).
QT_PLUGINS = {
    "platforms": ("xcb", "wayland", "offscreen", "minimal", "windows", "cocoa"),
    "platformthemes": ("xdgdesktopportal",),
    "platforminputcontexts": ("*",),  # dead keys (compose) and input methods (ibus) for typing Chinese
    "xcbglintegrations": ("*",),
    "wayland-decoration-client": ("*",),
    "wayland-graphics-integration-client": ("*",),
    "wayland-shell-integration": ("*",),
    "iconengines": ("svgicon",),
    "imageformats": ("svg", "ico"),
    "styles": ("*",),  # the native style on Windows (and macOS where Qt ships one as a plugin)
}


@dataclass(frozen=True)
class Executable:
    name: str
    console: bool  # False: no console window on Windows (the window's shortcut starts this one)
    purpose: str


def system() -> str:
    """ "linux", "windows" or "macos", from ``sys.platform`` at the time of the call."""
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def executables(on: str) -> tuple[Executable, ...]:
    """The executables of the bundle. Windows gives a program either a console or none: ``assess.exe`` prints
    (the command line), ``assessw.exe`` opens the window without a console behind it. Windows and macOS file
    names ignore case, so the windowed one cannot be called ``Assess``."""
    command = Executable("assess", console=True, purpose="the command line (and the window)")
    if on == "windows":
        return command, Executable("assessw", console=False, purpose="the window, without a console")
    if on == "macos":  # Assess.app runs it; from Terminal it prints as well
        return (Executable("assess", console=False, purpose="Assess.app, and the command line from Terminal"),)
    return (command,)


def command_path(dist: Path, on: str) -> Path:
    """The executable that prints (the one the smoke test and the command line use) in a built ``dist``."""
    if on == "macos":
        return dist / f"{APP}.app" / "Contents" / "MacOS" / "assess"
    return dist / FOLDER / ("assess.exe" if on == "windows" else "assess")


def installer_name(version: str, on: str) -> str | None:
    """The file packaging/build.py makes for users to download and run (the .deb, .tar.gz aside on Linux)."""
    return {"windows": f"{APP}-{version}-setup.exe", "macos": f"{APP}-{version}.dmg"}.get(on)


def deb_name(version: str, arch: str) -> str:
    return f"{FOLDER}_{version}_{arch}.deb"


def tarball_name(version: str, machine: str) -> str:
    return f"{FOLDER}-{version}-linux-{machine}.tar.gz"


def icon_file(on: str) -> str | None:
    """The icon file name the executables (Windows) or the app (macOS) carry; packaging/icons.py makes it."""
    return {"windows": "assess.ico", "macos": "assess.icns"}.get(on)


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """A version such as "0.1.0" or "1.2.0rc1" as the four numbers a Windows version resource holds."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    return (*numbers, *[0] * (4 - len(numbers)))  # type: ignore[return-value]


def windows_version_info(version: str, executable: Executable) -> str:
    """The Windows version resource of ``executable`` in PyInstaller's version-file syntax (Explorer's Details
    tab and the installer show it)."""
    numbers = version_numbers(version)
    strings = {
        "CompanyName": APP,
        "FileDescription": f"{APP}: {executable.purpose}",
        "FileVersion": version,
        "InternalName": executable.name,
        "LegalCopyright": "MIT licence",
        "OriginalFilename": f"{executable.name}.exe",
        "ProductName": APP,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{table},
        ],
      )
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])]),
  ],
)
"""


def info_plist(version: str, languages: Iterable[str]) -> dict[str, object]:
    """Entries of Assess.app's Info.plist beyond those PyInstaller writes."""
    return {
        "CFBundleDisplayName": APP,
        "CFBundleName": APP,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        # macOS gives the app the user's language only if it is listed (Apple spells Chinese zh-Hans)
        "CFBundleLocalizations": ["en", *({"zh_CN": "zh-Hans"}.get(code, code) for code in languages)],
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "12.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "MIT licence",
        "NSRequiresAquaSystemAppearance": False,
    }


def window_languages(root: Path = ROOT) -> tuple[str, ...]:
    """The window's languages other than English, as its translation files name them (fr, ..., zh_CN).
    English has a file too (``assess_en.ts``), holding only the singular and plural of messages with a count."""
    folder = root / "assess" / "ui" / "translations"
    return tuple(sorted(p.stem.removeprefix("assess_") for p in folder.glob("assess_*.ts") if p.stem != "assess_en"))


def report_languages(root: Path = ROOT) -> tuple[str, ...]:
    """The reports' languages, as their label catalogues name them (exports/reports/labels/en.py, ...)."""
    return tuple(sorted(p.stem for p in (root / "exports" / "reports" / "labels").glob("??.py")))


# --- choosing files -----------------------------------------------------------------------------------------------


def qt_modules_not_used(installed: Iterable[str]) -> list[str]:
    """The PySide6 modules to exclude: every one that is installed but not in QT_USED."""
    return sorted(f"PySide6.{name}" for name in set(installed) - set(QT_USED))


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(_slashes(dest)).parts


def keep_data(dest: str, languages: Iterable[str]) -> bool:
    """Whether a data file (by its place in the bundle) ships: Qt's own translations only for the window's
    languages and only for the Qt modules used (qtbase), Babel's locale data only for the reports' languages, and
    none of DATA_NOT_SHIPPED."""
    parts = _parts(dest)
    if any(PurePosixPath(parts[-1]).match(pattern) for pattern in DATA_NOT_SHIPPED):
        return False
    if "translations" in parts and parts[0] == "PySide6":
        name = parts[-1]
        return any(name in (f"qtbase_{code}.qm", f"qtbase_{code.split('_')[0]}.qm") for code in languages)
    if parts[0] == "babel" and "locale-data" in parts:
        # Babel gives the reports their plural rules: CLDR's data of the reports' languages and of the root locale
        # they inherit from, not of its other 700 locales (35 MB)
        return PurePosixPath(parts[-1]).stem in ("root", *report_languages())
    return True


def keep_qt_plugin(dest: str) -> bool:
    """Whether a Qt plugin (by its place in the bundle) ships: see QT_PLUGINS. Other binaries always do."""
    parts = _parts(dest)
    if "plugins" not in parts or parts[0] != "PySide6":
        return True
    folder = parts[-2]
    stem = re.sub(r"^(lib)?q?", "", parts[-1].split(".")[0])  # libqxcb.so, qwindows.dll, libqcocoa.dylib
    wanted = QT_PLUGINS.get(folder, ())
    return any(PurePosixPath(stem).match(pattern) or PurePosixPath(parts[-1]).match(pattern) for pattern in wanted)


Entry = tuple[str, str, str]  # PyInstaller's (place in the bundle, source, kind)


def select(
    binaries: Iterable[Entry], datas: Iterable[Entry], needs: Callable[[str], Iterable[str]], languages: Iterable[str]
) -> tuple[list[Entry], list[Entry]]:
    """The binaries and data files that ship, from those PyInstaller found.

    Data files by :func:`keep_data`; Qt plugins by QT_PLUGINS, and with a left-out plugin the libraries only it
    needed (:func:`orphans`; ``needs(source)`` names the libraries a file links against); with a library that
    goes, the symbolic links to it and, on macOS, the rest of its framework folder.
    """
    languages = tuple(languages)
    binaries = list(binaries)
    datas = [entry for entry in datas if keep_data(entry[0], languages)]
    files = {dest: source for dest, source, _ in binaries}
    kept = [dest for dest in files if keep_qt_plugin(dest)]
    protected = [dest for dest in files if "python" in dest.lower()]  # the bootloader loads Python by name
    gone = {
        _slashes(dest) for dest in (set(files) - set(kept)) | orphans(files, kept, lambda d: needs(files[d]), protected)
    }
    frameworks = {_framework(dest) for dest in gone} - {None}
    while True:  # links to links: repeat until nothing more goes
        more = {
            _slashes(dest)
            for dest, source, kind in [*binaries, *datas]
            if _slashes(dest) not in gone
            and (
                _framework(dest) in frameworks
                or (
                    kind == "SYMLINK"
                    and posixpath.normpath(posixpath.join(posixpath.dirname(_slashes(dest)), _slashes(source))) in gone
                )
            )
        }
        if not more:
            break
        gone |= more
    return (
        [entry for entry in binaries if _slashes(entry[0]) not in gone],
        [entry for entry in datas if _slashes(entry[0]) not in gone],
    )


def _framework(dest: str) -> str | None:
    """The macOS framework folder a file lies in (``.../QtNetwork.framework``), if any."""
    parts = _parts(dest)
    for n, part in enumerate(parts):
        if part.endswith(".framework"):
            return "/".join(parts[: n + 1])
    return None


def _slashes(path: str) -> str:
    return path.replace("\\", "/")


def orphans(
    before: Iterable[str], after: Iterable[str], needs: Callable[[str], Iterable[str]], protected: Iterable[str] = ()
) -> set[str]:
    """Shared libraries left in ``after`` only because something that was in ``before`` needed them.

    ``needs(entry)`` gives the file names an entry links against. A library goes when it was needed by
    something before and is needed by nothing that remains (repeated, as a library that goes may have been
    the last to need another). Libraries nothing needed at all (loaded by name at run time, like the
    Python library itself) are never taken, nor ``protected`` ones.
    """
    linked = {entry: {_key(name) for name in needs(entry)} for entry in before}
    ever_needed = set().union(*linked.values()) if linked else set()
    remaining = set(after)
    keep = {_key(name) for name in protected}
    gone: set[str] = set()
    while True:
        needed_now = set().union(*(linked.get(entry, set()) for entry in remaining))
        drop = {
            entry
            for entry in remaining
            if _key(entry) in ever_needed and _key(entry) not in needed_now and _key(entry) not in keep
        }
        if not drop:
            return gone
        gone |= drop
        remaining -= drop


def _key(name: str) -> str:
    """A library's file name as a link names it (case-insensitive, as on Windows)."""
    return _parts(name)[-1].lower()
