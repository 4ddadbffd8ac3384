"""``assess data``: recording figures, reading them back, the CSV/XLSX sheet to fill in, and own indicators.

Every refusal is one line on stderr and leaves the database as it was (``Assess.refused`` checks that).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.assess.test_cli import Assess


@pytest.fixture
def assess(capsys: pytest.CaptureFixture[str], db_target: Path | str) -> Assess:
    return Assess(capsys, db_target)


@pytest.fixture
def one(assess: Assess) -> str:
    return assess.ok("new", "--country", "Testland", "--title", "Baseline").strip()


def data(assess: Assess, one: str, code: str | None = None) -> dict[str, dict[str, object]]:
    shown = assess.json("data", "show", one, *([code] if code else []))
    return {i["code"]: i for i in shown["indicators"]}


def test_set_records_a_total_a_breakdown_a_source_and_a_note(assess: Assess, one: str) -> None:
    out = assess.ok("data", "set", one, "OI-PROT-1", "--period", "2024", "--value", "52", "--source", "NRM")
    assert out == "OI-PROT-1 2024: total 52; source: NRM\n"
    out = assess.ok("data", "set", one, "OI-PROT-1", "--period", "2024", "--by", "sex=female", "--value", "40")
    assert "sex: female 40" in out
    assert "Note: OI-PROT-1 2024: the breakdown by sex adds up to 40, not to the total 52." in out
    assess.ok("data", "set", one, "OI-PROT-1", "--period", "2024", "--note", "NGO cases from March")
    (figures,) = data(assess, one)["OI-PROT-1"]["figures"]  # type: ignore[misc]
    assert figures["total"] == 52 and figures["breakdowns"] == {"sex": {"female": 40}}
    assert (figures["source"], figures["note"]) == ("NRM", "NGO cases from March")
    assert figures["mismatches"] == [{"dimension": "sex", "sum": 40, "total": 52}]
    assess.ok("data", "set", one, "OI-PROT-1", "--period", "2024", "--by", "sex=female", "--clear")
    (figures,) = data(assess, one)["OI-PROT-1"]["figures"]  # type: ignore[misc]
    assert figures["breakdowns"] == {} and figures["mismatches"] == []
    history = assess.json("history", one, "OI-PROT-1")
    assert [c["field"] for c in history][:2] == ["2024: sex=female", "2024: quality note"]


def test_show_text_lists_trends_targets_and_data_gaps(assess: Assess, one: str) -> None:
    for year, value in (("2022", "3"), ("2023", "1")):
        assess.ok("data", "set", one, "OI-PROS-5", "--period", year, "--value", value)
    assess.ok("data", "set", one, "OI-PREV-1", "--period", "2022", "--value", "2")
    out = assess.ok("data", "show", one)
    assert out.startswith("* Suggested by Assess, the application")
    assert "OI-PROS-5  Victims prosecuted for offences committed as a result of being trafficked* [count]" in out
    assert "  latest 1 (2023); -2, -67% on 2022; target 0: not met" in out
    assert "OI-PREV-3  Prevention programmes evaluated* [count]: no figures yet" in out
    assert "No total for 2023, the latest period: OI-PROS-1," in out and "OI-PREV-1" in out.splitlines()[-1]
    single = assess.json("data", "show", one, "OI-PROS-5")
    assert [i["code"] for i in single["indicators"]] == ["OI-PROS-5"] and single["data_gaps"] == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["OI-PROT-1", "--period", "2024", "--by", "colour=red", "--value", "1"], "not broken down by 'colour'"),
        (["OI-PREV-1", "--period", "2024", "--by", "sex=female", "--value", "1"], "has no breakdowns, only a total"),
        (["OI-PROT-1", "--period", "2024", "--by", "sex=other", "--value", "1"], "'other' is not a category of sex"),
        (["OI-PROT-1", "--period", "2024", "--by", "sex", "--value", "1"], "Write --by as DIMENSION=CATEGORY"),
        (["OI-PROT-1", "--period", "2024", "--by", "sex=male", "--by", "age=12-17", "--value", "1"], "one --by at a"),
        (["OI-PROT-1", "--period", "2024", "--value", "1.5"], "1.5 is refused; a count must be a whole number"),
        (["OI-NAT-4", "--period", "2024", "--value", "101"], "a percentage must lie between 0 and 100"),
        (["OI-PROT-1", "--period", "2024", "--value", "1,000"], "'1,000' is not a number"),
        (["OI-PROT-1", "--period", "24", "--value", "1"], "'24' is not a period"),
        (["OI-PROT-1", "--period", "2024"], "Nothing to record"),
        (["OI-PROT-1", "--period", "2024", "--by", "sex=male"], "give --value N"),
        (["OI-XYZ", "--period", "2024", "--value", "1"], "There is no indicator 'OI-XYZ'"),
    ],
)
def test_set_refused(assess: Assess, one: str, args: list[str], expected: str) -> None:
    assert expected in assess.refused("data", "set", one, *args)


def test_a_final_assessment_refuses_figures(assess: Assess, one: str) -> None:
    assess.ok("mark", one, "final", "--approved-by", "Jane Doe", "--force")
    assert "final and read-only" in assess.refused("data", "set", one, "OI-PROT-1", "--period", "2024", "--value", "1")


# -- the sheet -----------------------------------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_the_csv_template_is_filled_in_and_imported(assess: Assess, one: str, tmp_path: Path) -> None:
    assess.ok("data", "set", one, "OI-PREV-1", "--period", "2023", "--value", "3", "--source", "=Ministry")
    sheet = tmp_path / "figures.csv"
    out = assess.ok("data", "template", one, "--out", str(sheet), "--period", "2024")
    assert out.startswith(f"Template written to {sheet}:")
    rows = read_csv(sheet)
    assert list(rows[0]) == [
        "indicator", "indicator_name", "unit", "period", "dimension", "category", "category_label", "value", "source",
        "quality_note",
    ]  # fmt: skip
    recorded = [r for r in rows if r["indicator"] == "OI-PREV-1" and r["period"] == "2023"]
    assert [(r["value"], r["source"]) for r in recorded] == [("3", "'=Ministry")]  # no live formula in a spreadsheet
    victims = [r for r in rows if r["indicator"] == "OI-PROT-1" and r["period"] == "2024"]
    assert victims[0]["dimension"] == "" and {r["dimension"] for r in victims[1:]} >= {"sex", "age", "means"}
    for row in rows:
        if row["indicator"] == "OI-PROT-1" and row["period"] == "2024":
            row["value"] = {"": "10", "female": "7", "male": "3"}.get(row["dimension"] and row["category"], "")
            if not row["dimension"]:
                row["source"] = "National Referral Mechanism"
    write_csv(sheet, rows)
    out = assess.ok("data", "import", one, str(sheet))
    assert "Read 4 figures for 2 indicators and 2 periods from figures.csv: 3 new or changed" in out
    victims_2024 = data(assess, one)["OI-PROT-1"]["figures"][0]  # type: ignore[index]
    assert victims_2024["total"] == 10 and victims_2024["breakdowns"] == {"sex": {"female": 7, "male": 3}}
    assert victims_2024["source"] == "National Referral Mechanism"
    assert data(assess, one)["OI-PREV-1"]["figures"][0]["source"] == "=Ministry"  # type: ignore[index]
    assert "already exists" in assess.refused("data", "template", one, "--out", str(sheet))


def test_the_xlsx_template_round_trips_numbers_and_periods(assess: Assess, one: str, tmp_path: Path) -> None:
    assess.ok("data", "set", one, "OI-PROT-6", "--period", "2024-01-01/2024-06-30", "--value", "125000.50")
    sheet = tmp_path / "figures.xlsx"
    assess.ok("data", "template", one, "--out", str(sheet))
    book = load_workbook(sheet)
    rows = list(book["Figures"].iter_rows(values_only=True))
    assert rows[1][:4] == (
        "OI-PROT-6",
        "Public funds spent on assistance to victims",
        "currency",
        "2024-01-01/2024-06-30",
    )
    assert rows[1][7] == 125000.5
    book["Figures"].append(["OI-PROT-6", None, None, 2025, None, None, None, 130000])
    book.save(sheet)
    assess.ok("data", "import", one, str(sheet))
    shown = data(assess, one)["OI-PROT-6"]["figures"]
    assert [(f["period"], f["total"]) for f in shown] == [("2024-01-01/2024-06-30", 125000.5), ("2025", 130000)]  # type: ignore[union-attr,index]


def test_without_periods_or_figures_the_template_asks_for_last_year(assess: Assess, one: str, tmp_path: Path) -> None:
    sheet = tmp_path / "t.csv"
    assess.ok("data", "template", one, "--out", str(sheet))
    years = {row["period"] for row in read_csv(sheet)}
    assert len(years) == 1 and years.pop().isdigit()


def sheet_with(tmp_path: Path, *rows: list[str]) -> Path:
    path = tmp_path / "in.csv"
    header = ["indicator", "period", "dimension", "category", "value", "source", "quality_note"]
    write_csv(path, [dict(zip(header, row, strict=False)) | {h: "" for h in header[len(row) :]} for row in rows])
    return path


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([["OI-PROT-1", "2024", "", "", "5"], ["OI-PROT-1", "2024", "sex", "other", "1"]], "row 3: 'other' is not a"),
        ([["OI-NOPE", "2024", "", "", "5"]], "in.csv, row 2: There is no indicator 'OI-NOPE'"),
        ([["OI-PROT-1", "20x4", "", "", "5"]], "row 2: '20x4' is not a period"),
        ([["OI-PROT-1", "2024", "", "", "-1"]], "row 2: OI-PROT-1 2024, total: -1 is refused; must not be negative"),
        ([["OI-PROT-1", "2024", "", "", "5"], ["OI-PROT-1", "2024", "", "", "6"]], "rows 2 and 3 give two figures"),
        (
            [["OI-PROT-1", "2024", "", "", "5", "NRM"], ["OI-PROT-1", "2024", "sex", "male", "2", "Police"]],
            "row 3: a different source for OI-PROT-1 2024 than on row 2",
        ),
    ],
)
def test_a_bad_sheet_is_refused_naming_the_row_and_nothing_is_imported(
    assess: Assess, one: str, tmp_path: Path, rows: list[list[str]], expected: str
) -> None:
    line = assess.refused("data", "import", one, str(sheet_with(tmp_path, *rows)))
    assert expected in line and line.endswith("Nothing was imported.")


def test_files_that_are_no_sheet_of_figures_are_refused(assess: Assess, one: str, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert "neither a .csv nor an .xlsx file" in assess.refused("data", "import", one, str(text))
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip")
    assert "is not an XLSX workbook" in assess.refused("data", "import", one, str(fake))
    latin = tmp_path / "latin.csv"
    latin.write_bytes("indicator,period,value\nOI-PROT-1,2024,5 é\n".encode("latin-1"))
    assert 'save it as "CSV UTF-8"' in assess.refused("data", "import", one, str(latin))
    other = tmp_path / "other.xlsx"
    book = Workbook()
    book.active.append(["name", "amount"])
    book.save(other)
    assert "has no column indicator, period, value" in assess.refused("data", "import", one, str(other))
    assert "does not exist" in assess.refused("data", "import", one, str(tmp_path / "missing.csv"))


# -- own indicators ------------------------------------------------------------------------------------------------


def test_own_indicators_are_added_changed_and_removed(assess: Assess, one: str) -> None:
    out = assess.ok(
        "data", "indicator", "add", one, "--code", "OWN-1", "--name", "Hotline calls", "--unit", "count",
        "--measure", "PREV-1", "--by", "sex", "--by", "age=12-17,18-24", "--target", "500", "--direction", "higher",
    )  # fmt: skip
    assert out == "Added the indicator OWN-1.\n"
    own = data(assess, one)["OWN-1"]
    assert (own["provenance"], own["pillar"], own["target"], own["direction"]) == ("team", "PREV", 500, "higher")
    assert [[c["id"] for c in d["categories"]] for d in own["disaggregations"]][1] == ["12-17", "18-24"]  # type: ignore[attr-defined]
    assess.ok("data", "set", one, "OWN-1", "--period", "2024", "--value", "320", "--by", "age=12-17")
    assess.ok("data", "indicator", "edit", one, "OWN-1", "--name", "Calls to the hotline", "--direction", "none")
    own = data(assess, one)["OWN-1"]
    assert (own["name"], own["direction"]) == ("Calls to the hotline", None)
    assert "remove it before leaving that category out" in assess.refused(
        "data", "indicator", "edit", one, "OWN-1", "--by", "sex"
    )
    assert "holds figures for 1 periods" in assess.refused("data", "indicator", "remove", one, "OWN-1")
    assert "only those can be changed" in assess.refused("data", "indicator", "edit", one, "OI-PROT-1", "--name", "x")
    assess.ok("data", "set", one, "OWN-1", "--period", "2024", "--by", "age=12-17", "--clear")
    assert assess.ok("data", "indicator", "remove", one, "OWN-1") == "Removed the indicator OWN-1.\n"
    assert "OWN-1" not in data(assess, one)
    history = [(c["item"], c["field"]) for c in assess.json("history", one)]
    assert {("OWN-1", "added"), ("OWN-1", "name"), ("OWN-1", "removed")} <= set(history)
