"""Build the Assess bundle and this system's packages (``./run bundle``, or ``python packaging/build.py``).

    Linux    dist/assess/ (the one-folder bundle), dist/assess-VERSION-linux-ARCH.tar.gz, dist/assess_VERSION_ARCH.deb
    Windows  dist/assess/ and, with Inno Setup's ISCC on PATH, dist/Assess-VERSION-setup.exe
    macOS    dist/Assess.app and dist/Assess-VERSION.dmg

PyInstaller runs packaging/assess.spec into build/pyinstaller; the bundle's size is checked against the
budget (SIZE_BUDGET_MB) and reported. ``--bundle-only`` stops after the bundle. docs/packaging.md has the
recipe for each system.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bundle_plan as plan  # noqa: E402
import icons  # noqa: E402

ROOT = plan.ROOT
DIST = ROOT / "dist"
BUILD = ROOT / "build"
SIZE_BUDGET_MB = 200


def version() -> str:
    """The version of the Assess being built (assess.__version__, read without importing the app)."""
    text = (ROOT / "assess" / "__init__.py").read_text("utf-8")
    return text.split('__version__ = "', 1)[1].split('"', 1)[0]


def run_pyinstaller() -> None:
    work = BUILD / "pyinstaller"
    for stale in (DIST / plan.FOLDER, DIST / f"{plan.APP}.app", work):
        if stale.exists():
            shutil.rmtree(stale)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    subprocess.run([*command, "--distpath", str(DIST), "--workpath", str(work), str(HERE / "assess.spec")], check=True)


def size_mb(folder: Path) -> float:
    """The unpacked size of ``folder``: every file once, links as links."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink()) / 1e6


def tarball(bundle: Path, out: Path) -> Path:
    """The bundle folder as a .tar.gz that unpacks to ``assess/``, owned by nobody in particular."""

    def anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(out, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=plan.FOLDER, filter=anonymous)
    return out


def linux_packages(number: str) -> list[Path]:
    import debian

    machine = platform.machine()
    made = [tarball(DIST / plan.FOLDER, DIST / plan.tarball_name(number, machine))]
    made.append(debian.build(DIST / plan.FOLDER, icons.write_all(BUILD / "icons"), number, DIST, BUILD))
    return made


def windows_installer(number: str) -> list[Path]:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("bundle: Inno Setup's ISCC is not on PATH: no installer made (docs/packaging.md)")
        return []
    icons.write_all(BUILD / "icons")  # the installer's own icon (SetupIconFile)
    script = HERE / "windows" / "assess.iss"
    subprocess.run([iscc, f"/DAppVersion={number}", f"/O{DIST}", str(script)], check=True)
    return [DIST / str(plan.installer_name(number, "windows"))]


def macos_disk_image(number: str) -> list[Path]:
    """Assess.app and a link to /Applications on a compressed disk image (drag to install)."""
    staging = BUILD / "dmg"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    shutil.copytree(DIST / f"{plan.APP}.app", staging / f"{plan.APP}.app", symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    out = DIST / str(plan.installer_name(number, "macos"))
    out.unlink(missing_ok=True)
    subprocess.run(
        ["hdiutil", "create", "-volname", plan.APP, "-srcfolder", str(staging), "-format", "UDZO", str(out)],
        check=True,
    )
    return [out]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle-only", action="store_true", help="build the bundle folder, no packages")
    args = parser.parse_args()
    number = version()
    on = plan.system()
    run_pyinstaller()
    bundle = DIST / plan.FOLDER
    size = size_mb(bundle)
    print(f"bundle: {bundle} is {size:.1f} MB unpacked (budget {SIZE_BUDGET_MB} MB)")
    if size > SIZE_BUDGET_MB:
        print(f"bundle: over the size budget of {SIZE_BUDGET_MB} MB", file=sys.stderr)
        return 1
    if args.bundle_only:
        return 0
    made = {"linux": linux_packages, "windows": windows_installer, "macos": macos_disk_image}[on](number)
    for path in made:
        print(f"bundle: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
