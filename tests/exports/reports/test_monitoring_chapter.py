"""The reports' monitoring chapter and the figures in the data exports, on the demo (seven years of figures).

The PDF and the Word document are read back as a reader would: the chapter's tables and charts per pillar, the
breakdowns, sources and notes, the data gaps, a breakdown that does not add up, the executive summary's sentence
on the largest changes; the workbook's sheet and the JSON hold every figure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from assess import assessments, figures
from assess.figures import TOTAL, Change
from db import Store
from exports.reports.figure_sheet import COLUMNS
from exports.reports.writer import export
from tests.exports.conftest import BASELINE, REVIEW


@pytest.fixture(scope="module")
def made(shared_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp("monitoring")
    with shared_store.session() as session:
        yield {
            kind: export(session, REVIEW, folder / f"review.{kind}", compare=BASELINE)
            for kind in ("pdf", "docx", "xlsx", "json")
        } | {"fr": export(session, REVIEW, folder / "review-fr.pdf", lang="fr")}


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def chapter(text: str) -> str:
    start = text.index("Monitoring: operational indicators Section V")
    return text[start : text.index("Action plan by responsible institution", start)]


def test_the_pdf_chapter_shows_each_pillars_figures_over_time(made: dict[str, Path]) -> None:
    text = pdf_text(made["pdf"])
    assert "Monitoring: operational indicators" in text.split("Executive summary")[1]  # in the contents
    part = chapter(text)
    assert "Figures are recorded for 26 of the 26 indicators; periods with figures: 7, from 2019 to 2025." in part
    assert "The tables show the last 6 periods" in part
    assert "Indicators marked * are suggestions: Suggested by Assess, the application" in part
    assert "Indicators marked † were added by the team to this assessment." in part
    for pillar in ("Prosecution: indicators", "Protection: indicators", "International cooperation and coordination"):
        assert pillar in part
    assert "OI-PROT-1 Victims identified* (count) 22 38 45 52 61 74 +13 (+21%)" in part
    assert re.search(r"OI-PROS-5 Victims prosecuted .*? 0 −2 \(−100%\) 0 \(met\)", part)
    assert "OI-PROT-6 Public funds spent on assistance to victims* (amount) 640,000 900,000 1,050,000" in part
    assert "OWN-HOTLINE Calls to the national anti-trafficking hotline† (count)" in part
    assert "Breakdowns of 2025" in part and "Forced labour or services 38" in part
    assert "SOURCE (2025) National Referral Mechanism register" in part
    assert "QUALITY NOTE (2025) NGOs identified 45 of the 74 victims." in part
    assert "2019: the breakdown by age adds up to 30, not to the total 31." in part
    assert "Every indicator has a total for 2025, the latest period with figures." in part
    assert "How these figures are read" in part


def test_the_executive_summary_names_the_largest_changes(made: dict[str, Path]) -> None:
    summary = pdf_text(made["pdf"]).split("Executive summary")[2].split("Scores and gaps by pillar")[0]
    assert "the largest changes between their two latest totals:" in summary
    assert (
        "Victims prosecuted for offences committed as a result of being trafficked fell from 2 (2024) to 0 (2025)"
        in summary
    )
    assert "Calls to the national anti-trafficking hotline rose from 310 (2024) to 496 (2025)" in summary


def test_the_chapter_in_french(made: dict[str, Path]) -> None:
    text = pdf_text(made["fr"])
    assert "Suivi\u00a0: indicateurs opérationnels" in text or "Suivi : indicateurs opérationnels" in text
    assert "Données manquantes" in text and "Ventilations de 2025" in text
    assert "1\u00a0050\u00a0000" in text or "1 050 000" in text  # French thousands


def test_the_word_chapter_has_the_tables_pictures_and_notes(made: dict[str, Path]) -> None:
    document = docx.Document(str(made["docx"]))
    texts = [p.text for p in document.paragraphs]
    start = texts.index("Monitoring: operational indicators")
    part = texts[start:]
    assert "Protection: indicators" in part and "OI-PROT-1 Victims identified*" in part
    assert "The total of each period" in part and "Breakdowns of 2025" in part
    assert "2019: the breakdown by age adds up to 30, not to the total 31." in part
    pictures = [p for p in document.paragraphs[start:] if p._p.xpath(".//a:blip")]
    assert len(pictures) >= 26  # a trend per indicator with figures, and the breakdowns
    tables = [t for t in document.tables if t.rows[0].cells[0].text == "Indicator"]
    assert len(tables) == 5  # one per pillar with indicators
    row = next(r for t in tables for r in t.rows if r.cells[0].text.startswith("OI-PROT-1 "))
    assert [c.text for c in row.cells[-4:]] == ["61", "74", "+13 (+21%)", "–"]


def test_the_workbook_has_every_figure(made: dict[str, Path], shared_store: Store) -> None:
    sheet = openpyxl.load_workbook(made["xlsx"])["Indicator figures"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Indicator",
        "Name",
        "Unit",
        "Period",
        "Dimension",
        "Category",
        "Category name",
        "Figure",
        "Source",
        "Quality note",
    )
    assert len(COLUMNS) == len(rows[0])
    with shared_store.session() as session:
        stored = figures.of_assessment(session, REVIEW)
    assert len(rows) - 1 == sum(len(f.values) for held in stored.values() for f in held)
    total = next(r for r in rows if r[0] == "OI-PROT-6" and r[3] == "2025" and r[4] is None)
    assert (
        total[7] == 840000 and isinstance(total[7], int) and total[9] == "The 2025 budget cut shelter funding by 30%."
    )


def test_the_json_report_holds_the_figures(made: dict[str, Path]) -> None:
    document = json.loads(made["json"].read_text("utf-8"))
    monitoring = document["monitoring"]
    assert monitoring["periods"] == ["2019", "2020", "2021", "2022", "2023", "2024", "2025"]
    victims = next(i for i in monitoring["indicators"] if i["code"] == "OI-PROT-1")
    latest = victims["figures"][-1]
    assert latest["total"] == 74 and latest["breakdowns"]["sex"] == {"female": 41, "male": 33}
    assert latest["updated_at"].endswith("Z")
    assert victims["figures"][0]["mismatches"] == [{"dimension": "age", "sum": 30, "total": 31}]


def test_an_assessment_without_figures_gets_no_empty_chapter(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        created = assessments.create(session, country="Testland", title="Baseline")
    with store.session() as session:
        pdf = export(session, created.id, tmp_path / "r.pdf")
        book = export(session, created.id, tmp_path / "r.xlsx")
    assert "Monitoring: operational indicators" not in pdf_text(pdf)
    assert "Indicator figures" not in openpyxl.load_workbook(book).sheetnames
    with store.session() as session:
        figures.record(session, created.id, Change("OI-PREV-1", "2024", {TOTAL: 2}))
        pdf = export(session, created.id, tmp_path / "again.pdf")
    text = pdf_text(pdf)
    assert "Figures are recorded for 1 of the 25 indicators; periods with figures: 1, from 2024 to 2024." in text
    assert "24 of 25 indicators have no total for 2024, the latest period with figures:" in text


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_targets_name_covers_no_bar_or_figure_of_the_trend(shared_store: Store, lang: str) -> None:
    from reportlab.graphics.shapes import Group, Rect, String

    from exports.reports import monitoring_charts
    from exports.reports.model import gather

    with shared_store.session() as session:
        data = gather(session, REVIEW, lang=lang)
    assert data.monitoring is not None
    s = data.monitoring.get("OI-PROS-5")  # a target of 0, met in the last period: the name sits where 0 is drawn
    assert s.indicator.target is not None
    drawing = monitoring_charts.trend(data, s, 240.0)
    groups = [g for g in drawing.contents if isinstance(g, Group)]
    *labels, named = groups  # the target's name is drawn last
    assert any(isinstance(c, String) for c in named.contents)
    target = named.getBounds()
    shapes = [r.getBounds() for r in drawing.contents if isinstance(r, Rect)] + [g.getBounds() for g in labels]
    assert len(shapes) > 2 * len(s.totals[-monitoring_charts.TREND_PERIODS :])
    assert not [b for b in shapes if _overlap(target, b)]
    assert target[0] >= 0 and target[2] <= 240.0
