"""Pictures of a contribution workbook as LibreOffice Calc prints it, from the demo: the instructions in English
and the responses sheet in Arabic (right to left), into docs/screenshots/.

    .venv/bin/python scripts/workbook_pictures.py

Needs LibreOffice (soffice) and poppler-utils (pdftoppm). Nothing touches your own data: the script works in a
temporary folder, with a LibreOffice profile of its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
MOL = "Ministry of Labour and Social Protection (Labour Inspectorate)"
REVIEW = 2
PAGES = {"en": (1, "workbook-instructions.png"), "ar": (2, "workbook-responses-ar.png")}


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="assess-workbook-pictures-"))
    os.environ["ASSESS_DATA_DIR"] = str(work / "data")
    sys.path.insert(0, str(ROOT))
    from assess import demo
    from db import open_store
    from exports.exchange.workbook_write import export_workbook

    store = open_store(demo.open_demo_copy())
    try:
        for lang, (page, name) in PAGES.items():
            written = export_workbook(store, REVIEW, work / f"labour-{lang}.xlsx", responsible=MOL, lang=lang).path
            subprocess.run(
                [
                    shutil.which("soffice") or "soffice",
                    f"-env:UserInstallation={(work / 'profile').as_uri()}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work),
                    str(written),
                ],
                check=True,
                capture_output=True,
            )
            prefix = work / f"page-{lang}"
            pdf = written.with_suffix(".pdf")
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "70",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    "-singlefile",
                    str(pdf),
                    str(prefix),
                ],
                check=True,
            )
            OUT.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(prefix.with_suffix(".png"), OUT / name)
            print(OUT / name)
    finally:
        store.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
