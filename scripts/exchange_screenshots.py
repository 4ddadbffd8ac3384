"""Screenshots of the report form, the send-part form (as a package and as a workbook) and the merge view with its
conflicts, from the demo.

Run it under Xvfb so the dialogs are drawn by a real X server, as a user would see them:

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/exchange_screenshots.py [FOLDER]

(without a display it falls back to Qt's offscreen platform). The merge view goes to
docs/screenshots/merge-conflicts.png, the forms to FOLDER (default: a temporary folder) for a look.
Nothing touches your own data: the script works in a temporary data directory.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "screenshots"
MOL = "Ministry of Labour and Social Protection (Labour Inspectorate)"
REVIEW = 2


def main(argv: list[str]) -> int:
    work = Path(tempfile.mkdtemp(prefix="assess-exchange-screenshots-"))
    out = Path(argv[0]) if argv else work
    os.environ["ASSESS_DATA_DIR"] = str(work / "data")
    os.environ["ASSESS_USER"] = "m.okafor"  # the demo's national coordinator
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    import datetime as dt

    from PySide6.QtTest import QTest

    from assess import demo, merge, responses
    from assess.ui import dialogs
    from assess.ui.app import application, start
    from assess.ui.merge_dialog import MergeDialog
    from assess.ui.report_dialog import ReportDialog
    from assess.ui.send_part_dialog import SendPartDialog
    from db import open_store
    from exports.exchange.read import open_package
    from exports.exchange.write import export_package

    app = application()
    database = demo.open_demo_copy()
    secretariat = open_store(database)
    sent = export_package(secretariat, REVIEW, work / "labour.assess", responsible=MOL).path
    ministry = open_store(work / "ministry.sqlite")
    with open_package(sent) as package, ministry.session() as session:
        theirs = merge.import_new(session, package.contribution, user="t.mensah").id
    with ministry.session() as session:
        responses.update(session, theirs, "PROT-1", practice=3, user="t.mensah")
        responses.update(
            session, theirs, "PROT-2", rationale="The screening form is used in every labour inspection since March."
        )
        responses.update(session, theirs, "PROT-6", target_date=dt.date(2027, 3, 31), priority="high")
        responses.update(session, theirs, "WG-10.b", not_applicable=True, na_justification="No such sector here")
        responses.update(session, theirs, "PROT-3", next_action="Name the last two regional focal points by June.")
    back = export_package(ministry, theirs, work / "back.assess").path
    with secretariat.session() as session:
        responses.update(session, REVIEW, "PROT-1", practice=1)
        responses.update(session, REVIEW, "PROT-2", rationale="Screening is still partial: 4 of 310 workplaces.")
        responses.update(session, REVIEW, "PROT-6", target_date=dt.date(2026, 12, 31))
        responses.update(session, REVIEW, "WG-10.b", law=2, practice=1)
    ministry.close()

    window = start(str(database), demo=True, walkthrough=False)
    window.resize(1440, 900)
    out.mkdir(parents=True, exist_ok=True)
    DOCS.mkdir(parents=True, exist_ok=True)

    def shoot(widget, path: Path) -> None:
        widget.show()
        QTest.qWait(400)  # let layouts settle and the dialog paint
        widget.grab().save(str(path))
        widget.hide()
        print(path)

    def look(make, name: str, prepare):
        """A stand-in for the dialog function: builds the real dialog, prepares it, takes its picture, cancels."""

        def stand_in(parent, request, *rest):
            dialog = make(request, parent)
            prepare(dialog)
            shoot(dialog, out / name)
            dialog.deleteLater()
            return None

        return stand_in

    def sensitive(dialog) -> None:
        dialog.sensitive.setChecked(True)

    def labour(dialog) -> None:
        dialog.institution.setCurrentIndex(dialog.institution.findData(MOL))
        dialog.password.setText("secret")
        dialog.again.setText("secre")

    def workbook(dialog) -> None:
        dialog.institution.setCurrentIndex(dialog.institution.findData(MOL))
        dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))

    dialogs.report_options = look(ReportDialog, "export-report.png", sensitive)
    window.commands.export_report.trigger()
    dialogs.send_part = look(SendPartDialog, "send-part.png", labour)
    window.commands.send_part.trigger()
    dialogs.send_part = look(SendPartDialog, "send-part-workbook.png", workbook)
    window.commands.send_part.trigger()

    with open_package(back) as package, secretariat.session() as session:
        plan = merge.plan_merge(session, REVIEW, package.contribution)
    title = f"Merging back.assess ({plan.origin}) into {window.workspace.assessment.label}"
    view = MergeDialog(plan, title, window)
    view.choose(0, "theirs")
    view.choose(1, "mine")
    shoot(view, DOCS / "merge-conflicts.png")
    secretariat.close()
    window.close()  # deletes the window's throwaway copy of the demo
    app.processEvents()
    if out != work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
