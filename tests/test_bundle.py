"""Smoke test of the built bundle (``./run bundle``): it runs as a user's machine would run it.

Each run starts the bundle's own executable with a clean environment: no virtual environment or Python on
PATH, no PYTHONPATH, a fresh home folder, Qt offscreen. It opens the demo and reports its first paint
(``ASSESS_REPORT_FIRST_PAINT``, assess/ui/first_paint.py), writes every report format and an exchange
package through the bundled command line and reads them back, and shows that a crash is logged with its
one-line message. Skipped, saying so, when the bundle has not been built (a failure instead with
ASSESS_REQUIRE_BUNDLE=1, as in CI). The same file runs on the hosted Windows and macOS runners
(.github/workflows/bundle.yml).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

import framework
from assess import paths
from tests.build_scripts import ROOT, load

plan = load("bundle_plan")
SYSTEM = plan.system()
COMMAND = plan.command_path(ROOT / "dist", SYSTEM)
TIMEOUT = 180  # a first start builds the demo's template; hosted runners are slow

MISSING = f"no bundle at {COMMAND}: build it with ./run bundle"
REQUIRED = os.environ.get("ASSESS_REQUIRE_BUNDLE") == "1"  # CI builds it first: a missing bundle is a failure there

pytestmark = [pytest.mark.bundle, pytest.mark.skipif(not COMMAND.exists() and not REQUIRED, reason=MISSING)]


@pytest.fixture(autouse=True)
def built() -> None:
    if not COMMAND.exists():
        pytest.fail(MISSING)


def clean_environment(home: Path, temporary: Path, **extra: str) -> dict[str, str]:
    """What a user's session gives the program: a home, a temporary folder, the system's PATH, nothing of ours."""
    env = {"HOME": str(home), "TMPDIR": str(temporary), "QT_QPA_PLATFORM": "offscreen", **extra}
    if SYSTEM == "windows":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(
            SYSTEMROOT=system_root,
            WINDIR=system_root,
            PATH=rf"{system_root}\System32;{system_root}",
            USERPROFILE=str(home),
            USERNAME=os.environ.get("USERNAME", "tester"),  # every Windows session has it (getpass needs it there)
            TEMP=str(temporary),
            TMP=str(temporary),
            # Windows finds a user's folders by asking the system, not the environment: the data would land in
            # the runner's real profile, so it is moved, as a user may do too
            ASSESS_DATA_DIR=str(home / "AppData" / "Local" / "Assess"),
        )
    else:
        env.update(PATH="/usr/bin:/bin", LANG="en_US.UTF-8" if SYSTEM == "macos" else "C.UTF-8")
    return env


def per_user_places(home: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> tuple[Path, Path]:
    """Where assess.paths puts the data and the logs for this environment, asked of the source tree."""
    for name in [n for n in os.environ if n.startswith("XDG_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(home))
    if "ASSESS_DATA_DIR" in env:
        monkeypatch.setenv("ASSESS_DATA_DIR", env["ASSESS_DATA_DIR"])
    else:
        monkeypatch.delenv("ASSESS_DATA_DIR")
    return paths.data_dir(), paths.log_dir()


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(COMMAND), *args], env=env, cwd=cwd, capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT
    )


def ok(args: list[str], env: dict[str, str], cwd: Path) -> str:
    done = run(args, env, cwd)
    assert done.returncode == 0, f"assess {' '.join(args)}: exit {done.returncode}\n{done.stderr}"
    return done.stdout


@pytest.fixture
def user(tmp_path: Path) -> tuple[Path, Path]:
    home, temporary = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temporary.mkdir()
    return home, temporary


def paint_report(output: str) -> dict[str, Any]:
    lines = [line for line in output.splitlines() if line.startswith("{")]
    assert lines, f"the bundle printed no first-paint report: {output!r}"
    report: dict[str, Any] = json.loads(lines[-1])
    return report


def test_the_bundle_opens_the_demo_and_its_translations(
    user: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    home, temporary = user
    env = clean_environment(home, temporary, ASSESS_REPORT_FIRST_PAINT="1")
    data, _ = per_user_places(home, monkeypatch, env)
    assessable = sum(1 for _ in framework.load_builtin().assessable())

    english = paint_report(ok(["demo", "--lang", "en"], env, home))
    french = paint_report(ok(["demo", "--lang", "fr"], env, home))

    assert english["content_painted"] is not None, english
    assert english["items"] == assessable
    assert "demo" in english["title"]
    assert french["items"] == assessable
    assert len(french["menus"]) == len(english["menus"]) > 0
    assert set(french["menus"]).isdisjoint(english["menus"]), "the window's French translation was not found"
    assert (data / "window.ini").is_file(), f"no settings in the per-user data folder {data}"
    assert list(temporary.iterdir()) == [], "a throwaway demo copy was left behind"


def test_the_bundled_command_line_writes_every_report_and_a_package_that_imports_back(
    user: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, db_target: str | Path
) -> None:
    home, temporary = user
    env = clean_environment(home, temporary)
    db = ["--db", str(db_target)]
    law = home / "penal-code.txt"
    law.write_text("Article 188. Trafficking in persons.\n", "utf-8")

    assessment = ok([*db, "new", "--country", "Republic of Meridia", "--title", "Bundle check"], env, home).strip()
    ok([*db, "score", assessment, "PROS-1.i", "--law", "4", "--practice", "2", "--note", "In force"], env, home)
    ok([*db, "evidence", "add", assessment, "PROS-1.i", str(law), "--description", "Penal Code"], env, home)
    reports = {fmt: home / f"report.{fmt}" for fmt in ("pdf", "docx", "xlsx", "csv", "json")}
    for path in reports.values():
        ok([*db, "report", assessment, "--out", str(path)], env, home)
    for lang in ("ru", "ar", "zh"):  # every embedded font: Cyrillic, Arabic, Chinese
        ok([*db, "--lang", lang, "report", assessment, "--out", str(home / f"report-{lang}.pdf")], env, home)
    package = home / "meridia.assess"
    ok([*db, "export", assessment, "--out", str(package)], env, home)

    pdf = reports["pdf"].read_bytes()
    assert pdf.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(reports["pdf"]).pages)
    assert "Republic of Meridia" in text and "PROS-1.i" in text
    for lang, font in (("ru", "NotoSans"), ("ar", "NotoSansArabic"), ("zh", "WenQuanYi")):
        assert font in " ".join(embedded_fonts(home / f"report-{lang}.pdf")), lang
    with zipfile.ZipFile(reports["docx"]) as docx:
        assert "Republic of Meridia" in docx.read("word/document.xml").decode("utf-8")
    assert openpyxl.load_workbook(reports["xlsx"], read_only=True).sheetnames
    rows = list(csv.DictReader(io.StringIO(reports["csv"].read_text("utf-8-sig"))))
    assert any("PROS-1.i" in row.values() for row in rows)
    assert json.loads(reports["json"].read_text("utf-8"))

    # the package imports back, in another user's own database
    other = clean_environment(home, temporary, ASSESS_DATA_DIR=str(home / "other"))
    imported = ok(["import", str(package)], other, home)
    new_id = re.search(r"as assessment (\d+)", imported)
    assert new_id, imported
    shown = json.loads(ok(["show", new_id.group(1), "--json"], other, home))
    item = next(i for i in shown["items"] if i["code"] == "PROS-1.i")
    assert (item["response"]["law"], item["response"]["practice"]) == (4, 2)
    assert [(e["description"], e["sha256"]) for e in item["evidence"]] == [
        ("Penal Code", hashlib.sha256(law.read_bytes()).hexdigest())
    ]


def embedded_fonts(pdf: Path) -> set[str]:
    names = set()
    for page in PdfReader(pdf).pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object().get("/BaseFont")))
    return names


def test_the_bundle_keeps_its_data_and_logs_in_the_per_user_places_and_a_crash_says_one_line(
    user: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A bundle that lost a file of its own (a damaged install) fails on its first database: logged, one line."""
    home, temporary = user
    env = clean_environment(home, temporary)
    data, logs = per_user_places(home, monkeypatch, env)
    damaged = copy_of_bundle(tmp_path / "damaged")
    lost = [p for p in damaged.rglob("env.py") if p.parent.name == "migrations"]  # on macOS also a link to it
    assert lost, "the bundle holds no migrations/env.py"
    for path in lost:
        path.unlink()
    command = damaged / COMMAND.relative_to(bundle_root())

    done = subprocess.run(
        [str(command), "list"], env=env, cwd=home, capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT
    )

    assert done.returncode == 3, done
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.splitlines()
    log = logs / "assess.log"
    assert line == f"assess: unexpected error (ImportError); details were written to {log}"
    assert "Traceback" in log.read_text("utf-8") and "env.py" in log.read_text("utf-8")
    assert (data / "assess.sqlite").is_file(), f"no database in the per-user data folder {data}"


def bundle_root() -> Path:
    """The folder that holds the whole bundle: dist/assess, or Assess.app on macOS."""
    return ROOT / "dist" / (f"{plan.APP}.app" if SYSTEM == "macos" else plan.FOLDER)


def copy_of_bundle(target: Path) -> Path:
    """The bundle as hard links (as cheap as a folder of links, and each file removable on its own)."""
    shutil.copytree(bundle_root(), target, symlinks=True, copy_function=os.link)
    return target


@pytest.mark.skipif(SYSTEM != "linux" or shutil.which("dpkg-deb") is None, reason="the Linux packages: on Debian")
def test_the_linux_packages_hold_the_bundle_the_menu_entry_and_what_it_needs() -> None:
    from assess import __version__

    (deb,) = (ROOT / "dist").glob(f"assess_{__version__}_*.deb")
    (tarball,) = (ROOT / "dist").glob(f"assess-{__version__}-linux-*.tar.gz")
    control = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True).stdout
    fields = dict(re.findall(r"^([\w-]+): (.*)$", control, re.M))
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout

    assert fields["Package"] == "assess" and fields["Version"] == __version__
    depends = [part.strip() for part in fields["Depends"].split(",")]
    assert re.fullmatch(r"libc6 \(>= 2\.\d+\)", depends[0]), depends
    assert {"libgl1", "libegl1", "libxcb1", "fontconfig-config", "xkb-data"} <= set(depends)
    assert re.search(r"^-rwxr-xr-x root/root .* \./opt/assess/assess$", listing, re.M)
    assert re.search(r"^lrwxrwxrwx root/root .* \./usr/bin/assess -> /opt/assess/assess$", listing, re.M)
    for path in ("usr/share/applications/assess.desktop", "usr/share/icons/hicolor/scalable/apps/assess.svg"):
        assert f"./{path}\n" in listing, path
    assert "./usr/share/icons/hicolor/48x48/apps/assess.png\n" in listing
    in_deb = {
        line.split(" ./opt/assess/", 1)[1].split(" -> ")[0] for line in listing.splitlines() if " ./opt/assess/" in line
    }
    in_bundle = {str(p.relative_to(ROOT / "dist" / "assess")) for p in (ROOT / "dist" / "assess").rglob("*")}
    assert {name.rstrip("/") for name in in_deb} - {""} == in_bundle
    with tarfile.open(tarball) as archive:
        names = archive.getnames()
    assert "assess/assess" in names and len(names) == len(in_bundle) + 1
