"""Regenerate the screenshots in docs/screenshots/ from a fresh copy of the demo.

Run it under Xvfb so the window is drawn by a real X server, as a user would see it:

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots.py

(without a display it falls back to Qt's offscreen platform). Nothing touches your own data:
the script works in a temporary data directory. It shoots the item, its evidence, the overview and
presentation mode as a 1280 x 720 projector shows it; with ``--languages`` it shoots the window in
Arabic (laid out right to left) and in Chinese instead: window-ar.png and window-zh.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
WIDTH, HEIGHT = 1440, 900


def languages() -> int:
    """The window in Arabic (right to left) and in Chinese, on the item PROT-2 of the demo."""
    from assess import demo
    from assess.ui.app import application, install_translations, start

    app = application()
    OUT.mkdir(parents=True, exist_ok=True)
    for code in ("ar", "zh"):
        window = start(str(demo.open_demo_copy()), lang=code, demo=True, walkthrough=False)
        window.resize(WIDTH, HEIGHT)
        window.splitter.setSizes([560, WIDTH - 560])
        window.go_to("PROT-2")
        window.activateWindow()
        window.navigator.tree.setFocus()
        settle()
        window.grab().save(str(OUT / f"window-{code}.png"))
        print(OUT / f"window-{code}.png")
        window.close()
        app.processEvents()
    install_translations(app, "en")
    return 0


def main() -> int:
    os.environ["ASSESS_DATA_DIR"] = tempfile.mkdtemp(prefix="assess-screenshots-")
    os.environ["ASSESS_USER"] = "m.okafor"  # the demo's national coordinator
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    if "--languages" in sys.argv[1:]:
        return languages()
    from assess import demo
    from assess.ui.app import application, start
    from assess.ui.dialogs import LinkOrCitation

    app = application()
    window = start(str(demo.open_demo_copy()), lang="en", demo=True, walkthrough=False)
    window.resize(WIDTH, HEIGHT)
    window.splitter.setSizes([500, WIDTH - 500])
    OUT.mkdir(parents=True, exist_ok=True)

    def shoot(name: str) -> None:
        window.activateWindow()  # the focused list shows its selection as a user at the window sees it
        settle()  # let layouts settle, background reads arrive and the window paint
        window.grab().save(str(OUT / name))
        print(OUT / name)

    window.go_to("PROT-2")
    window.navigator.tree.setFocus()
    shoot("main-window.png")

    window.go_to("WG-14")  # the demo's sensitive file, with a citation added as a user would
    window.evidence.add(
        "WG-14",
        LinkOrCitation(
            "citation",
            "Witness Protection Act 2011, s. 4 (persons eligible)",
            "",
            "Covers organized crime cases only.",
            False,
        ),
    )
    window.workspace.writes.wait()  # written in the background
    page = window.item_page
    page.splitter.setSizes([HEIGHT - 430, 300])
    page.scroller.verticalScrollBar().setValue(0)
    page.evidence.table.setFocus()
    shoot("item-evidence.png")

    window.commands.show_overview.trigger()
    shoot("overview.png")

    window.commands.show_item.trigger()  # a trainer's projector: large type, high contrast, 1280 x 720
    window.commands.presentation.trigger()
    window.resize(1280, 720)
    window.go_to("PROT-2")
    window.navigator.tree.setFocus()
    shoot("presentation.png")
    window.commands.presentation.trigger()

    window.close()
    app.processEvents()
    return 0


def settle(ms: int = 600) -> None:
    """Run the event loop for ``ms`` as the app does (QTest.qWait keeps Python's lock while it waits, so the
    window's background reads would not arrive before the picture is taken)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


if __name__ == "__main__":
    raise SystemExit(main())
