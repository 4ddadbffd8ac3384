"""The Debian package of the bundle: /opt/assess, /usr/bin/assess, a desktop entry and icons, built with dpkg-deb.

The bundle carries its libraries, Qt's included (PyInstaller copies them from the build machine); what it
links against but does not carry (the C library, OpenGL and EGL) is found by reading every ELF file's
needed libraries (readelf) and asking dpkg which package holds each, so ``Depends:`` is what the files
need, not a list kept by hand. To those it adds the data the carried libraries read from the system
(RUNTIME_DATA). docs/packaging.md describes the result.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import bundle_plan as plan
from icons import HICOLOR_SIZES

LINUX = Path(__file__).resolve().parent / "linux"
MAINTAINER = os.environ.get("ASSESS_DEB_MAINTAINER", "Assess maintainers <assess@example.org>")
RUNTIME_DATA = {
    "fontconfig-config": "fontconfig's configuration, which the carried libfontconfig reads",
    "fonts-dejavu-core | fonts-freefont-ttf": "at least one font for the window's text",
    "xkb-data": "keyboard layouts, which the carried libxkbcommon reads",
}
DESCRIPTION = """\
 Assess is a desktop tool with which a country's national coordinating body takes
 stock of how it implements the UN Trafficking in Persons Protocol: the UNODC
 Framework for Action and the Working Group recommendations as a scored checklist,
 with evidence, gap reports (PDF, Word, Excel) and exchange packages between
 ministries. It works offline. This package holds a self-contained build in
 /opt/assess; the command is assess ("assess demo" opens a throwaway demo)."""


def build(bundle: Path, icons: dict[str, Path], version: str, out_dir: Path, work: Path) -> Path:
    """Build ``assess_VERSION_ARCH.deb`` from the bundle folder into ``out_dir``; its path."""
    root = work / "deb-root"
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / plan.FOLDER
    shutil.copytree(bundle, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "assess").symlink_to(f"/opt/{plan.FOLDER}/assess")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(LINUX / "assess.desktop", applications / "assess.desktop")
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        place = hicolor / f"{size}x{size}" / "apps"
        place.mkdir(parents=True)
        shutil.copy2(icons[f"png{size}"], place / "assess.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(icons["svg"], hicolor / "scalable" / "apps" / "assess.svg")
    doc = root / "usr" / "share" / "doc" / "assess"
    doc.mkdir(parents=True)
    shutil.copy2(LINUX / "copyright", doc / "copyright")
    _normalise_modes(root)

    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(control_text(version, arch, depends(opt), _installed_kib(root)), "utf-8")
    out = out_dir / plan.deb_name(version, arch)
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)], check=True)
    return out


def control_text(version: str, arch: str, depends: list[str], installed_kib: int) -> str:
    return (
        f"Package: assess\nVersion: {version}\nArchitecture: {arch}\nMaintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\nDepends: {', '.join(depends)}\nSection: misc\nPriority: optional\n"
        f"Description: {plan.SUMMARY}\n{DESCRIPTION}\n"
    )


def depends(folder: Path) -> list[str]:
    """The Debian packages the bundle in ``folder`` needs from the system (see the module's description)."""
    carried = {p.name for p in folder.rglob("*") if p.is_file() or p.is_symlink()}
    wanted: set[str] = set()
    glibc = (2, 0)
    for path in _elf_files(folder):
        dynamic = _readelf("-d", path)
        wanted |= {name for name in re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)}
        for major, minor in re.findall(r"Name: GLIBC_(\d+)\.(\d+)", _readelf("-V", path)):
            glibc = max(glibc, (int(major), int(minor)))
    packages: dict[str, str] = {}
    for library in sorted(wanted - carried):
        package = _package_of(library)
        packages[package] = library
    result = []
    for package in sorted(packages):
        result.append(f"libc6 (>= {glibc[0]}.{glibc[1]})" if package == "libc6" else package)
    return result + list(RUNTIME_DATA)


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _readelf(option: str, path: Path) -> str:
    return subprocess.run(["readelf", option, "--wide", str(path)], capture_output=True, text=True).stdout


def _package_of(library: str) -> str:
    """The Debian package that holds the system's ``library`` (a file name such as libGL.so.1)."""
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths = re.findall(rf"^\s+{re.escape(library)} \([^)]*\) => (\S+)$", listing, re.M)
    for path in paths:
        for candidate in dict.fromkeys([path, os.path.realpath(path), path.replace("/usr/lib/", "/lib/", 1)]):
            found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if found.returncode == 0:
                return found.stdout.split(":", 1)[0].strip()
    raise SystemExit(
        f"bundle: the bundle needs {library} from the system, and no installed Debian package holds it; "
        "install the package that provides it and build again"
    )


def _normalise_modes(root: Path) -> None:
    """Folders and executables 0755, other files 0644, whatever the build machine's umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        executable = path.is_dir() or bool(path.stat().st_mode & 0o111)
        path.chmod(0o755 if executable else 0o644)


def _installed_kib(root: Path) -> int:
    total = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() or p.is_symlink())
    return (total + 1023) // 1024
