"""Update the window's translations: extract the messages again, keep what is translated, compile.

    .venv/bin/python scripts/translations.py           # lupdate, then lrelease
    .venv/bin/python scripts/translations.py --check   # also fail when a message is not translated yet

First the message templates of the core (errors and notes from assess/, db/, framework/ and exports/,
found by ``scripts/core_messages.py``) are written to ``assess/ui/core_messages.py``; then
``pyside6-lupdate`` reads every ``tr()`` and ``QCoreApplication.translate()`` in ``assess/ui`` and merges
the messages into ``assess/ui/translations/assess_LANG.ts``: translations already there are kept, a message
whose English changed keeps its old translation marked unfinished, and messages that are gone are dropped.
English has a file too, ``assess_en.ts``, holding only the messages with a count (``%n``): their singular and
plural in English ("%n item(s)" becomes "1 item", "5 items").
Translate the unfinished ones in Qt Linguist (``pyside6-linguist FILE.ts``) or any editor, then run this
again: ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` file shipped beside it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import core_messages

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "assess" / "ui"
FOLDER = SOURCES / "translations"
LANGUAGES = ("fr", "es", "ru", "ar", "zh_CN")


def tool(name: str) -> str:
    """The Qt tool ``name`` of the Python that runs this script (its virtualenv), else the one on PATH."""
    here = Path(sys.executable).parent
    found = shutil.which(name, path=str(here)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def unfinished(ts: Path) -> int:
    """How many messages of ``ts`` still need a translation."""
    count = 0
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            count += 1
            continue
        kind = translation.get("type")
        forms = translation.findall("numerusform")
        text = "".join(f.text or "" for f in forms) if forms else (translation.text or "")
        if kind in ("unfinished",) or (kind not in ("obsolete", "vanished") and not text.strip()):
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail when a message is not translated")
    args = parser.parse_args(argv)
    FOLDER.mkdir(exist_ok=True)
    found = core_messages.scan()
    if found.problems:
        print("\n".join(found.problems), file=sys.stderr)
        return 1
    core_messages.GENERATED.write_text(core_messages.generated_source(found), "utf-8")
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.glob("*.py"))
    files = [FOLDER / f"assess_{code}.ts" for code in LANGUAGES]
    lupdate = [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none"]
    subprocess.run([*lupdate, "-ts", *map(str, files)], cwd=ROOT, check=True)
    english = FOLDER / "assess_en.ts"
    subprocess.run([*lupdate, "-pluralonly", "-target-language", "en", "-ts", str(english)], cwd=ROOT, check=True)
    files.append(english)
    missing = 0
    for ts in files:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        left = unfinished(ts)
        missing += left
        print(f"{ts.relative_to(ROOT)}: {'complete' if not left else f'{left} message(s) to translate'}")
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
