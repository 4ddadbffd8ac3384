"""Contribution workbooks: what a workbook holds, its columns and validations derived from the fields, and the round
trip of a part sent to ministries without Assess, filled in, saved by Excel's format or LibreOffice, merged back."""

# ruff: noqa: F811  (pytest fixtures imported from tests.exports.exchange.package_fixtures are parameters here)

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path

import pytest
from openpyxl import load_workbook

from assess import assessments, audit, evidence, merge, responses
from assess.cli.main import main
from assess.errors import InvalidInput
from assess.fields import FIELDS, Kind
from assess.vocabulary import Priority
from db import Store
from exports.exchange.spec import MAX_MEMBERS, MAX_RATIO
from exports.exchange.workbook_cells import RULES
from exports.exchange.workbook_read import open_workbook
from exports.exchange.workbook_spec import LIMITS, SENT, columns, problem_with
from exports.exchange.workbook_words import CODES, words
from exports.exchange.workbook_write import export_workbook
from exports.exchange.write import gather
from tests.exports.exchange.package_fixtures import (  # noqa: F401  (the fixtures are used by name)
    BASELINE,
    MOL,
    REVIEW,
    demo_template,
    fingerprint,
    secretariat,
)
from tests.exports.exchange.workbook_fixtures import (
    cell_of,
    document_of,
    filled,
    resaved_by_libreoffice,
    responses_sheet,
)

MOJ = "Ministry of Justice"
MOI = "Ministry of Interior (National Police)"


def sent_to(store: Store, folder: Path, institution: str = MOL, lang: str = "en") -> Path:
    name = institution.split()[2].lower()
    return export_workbook(store, REVIEW, folder / f"{name}-{lang}.xlsx", responsible=institution, lang=lang).path


def merged(store: Store, path: Path, **options: object) -> merge.MergeResult:
    with store.session() as session:
        received = open_workbook(path, session)
    with store.session() as session:
        plan = merge.plan_merge(session, REVIEW, received.contribution)
        return merge.apply_merge(session, plan, received.contribution, **options)  # type: ignore[arg-type]


def planned(store: Store, path: Path) -> merge.MergePlan:
    with store.session() as session:
        received = open_workbook(path, session)
        return merge.plan_merge(session, REVIEW, received.contribution)


def mine(store: Store, code: str) -> responses.ResponseView:
    with store.session() as session:
        return responses.get(session, REVIEW, code)


# --- the format: derived from the fields -------------------------------------------------------------------------


def test_every_kind_of_field_has_a_rule_for_its_cells() -> None:
    assert set(RULES) == set(Kind)


def test_the_columns_are_the_item_then_every_field_then_every_field_as_sent() -> None:
    keys = [c.key for c in columns()]
    names = [f.name for f in FIELDS]
    assert keys == ["code", "text", "source", *names, *(SENT + name for name in names)]
    assert [c.field for c in columns() if c.answer] == list(FIELDS)


def test_every_language_has_every_text_and_a_heading_for_every_field() -> None:
    english = importlib.import_module("exports.exchange.workbook_words.en").WORDS
    assert {f"field_{f.name}" for f in FIELDS} <= set(english)
    for code in CODES:
        texts = importlib.import_module(f"exports.exchange.workbook_words.{code}").WORDS
        assert set(texts) == set(english), code
        chosen = words(code)
        for choice in [chosen.na, *chosen.priorities()]:
            assert "," not in choice and choice.strip() == choice  # a drop-down list is written comma-separated
        assert len({chosen.field(f) for f in FIELDS}) == len(FIELDS), f"{code}: two columns with one heading"
    assert words("ar").rtl and not words("fr").rtl
    assert words("zh_CN").code == "zh" and words("xx").code == "en"


def test_the_answer_cells_get_the_validation_of_their_kind(secretariat: Store, tmp_path: Path) -> None:
    path = sent_to(secretariat, tmp_path)
    book = load_workbook(path)
    sheet = responses_sheet(book)
    layout = columns()
    rows = sheet.max_row
    assert rows == 1 + len(document_of(path)["items"])
    assert [cell.value for cell in sheet[1]] == [c.heading(words("en")) for c in layout]
    checks = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    for number, column in enumerate(layout, start=1):
        letter = sheet.cell(1, number).column_letter
        assert sheet.column_dimensions[letter].hidden == column.sent
        assert sheet.cell(2, number).protection.locked == (not column.answer)
        if not column.answer:
            continue
        rule = RULES[column.field.kind]  # type: ignore[union-attr]
        check = checks.get(f"{letter}2:{letter}{rows}")
        if rule.choices is not None:
            assert check is not None and check.type == "list" and check.showErrorMessage
            assert check.formula1 == '"' + ",".join(rule.choices(words("en"), (0, 4))) + '"'
        elif rule.date:
            assert check is not None and check.type == "date"
            assert sheet.cell(2, number).number_format == "yyyy-mm-dd"
        if check is not None:
            assert check.showInputMessage and check.prompt and len(check.prompt) <= 255
    assert checks[f"D2:D{rows}"].formula1 == '"0,1,2,3,4"'
    assert sheet.protection.sheet and sheet.protection.password
    assert book["assess"].sheet_state == "veryHidden" and book["assess"].protection.sheet
    assert book.security.lockStructure


def test_a_workbook_holds_the_part_in_its_language_and_never_sensitive_evidence(
    secretariat: Store, tmp_path: Path
) -> None:
    path = sent_to(secretariat, tmp_path, lang="fr")
    with secretariat.session() as session:
        codes = gather(session, REVIEW, responsible=MOL).codes
        attached = [e for e in evidence.list_for(session, REVIEW) if e.item_code in codes]
    assert any(e.sensitive for e in attached)  # WG-14's shelter addresses: the test means something
    document = document_of(path)
    assert problem_with(document) is None
    assert document["items"] == codes and document["institution"] == MOL and document["language"] == "fr"
    book = load_workbook(path)
    assert book.sheetnames == ["Mode d'emploi", "Réponses", "Justificatifs", "assess"]
    listed = [[c.value for c in row] for row in book["Justificatifs"].iter_rows(min_row=2)]
    assert sorted(r[5] or r[4] for r in listed) == sorted(
        e.sha256 or e.url or e.citation for e in attached if not e.sensitive
    )
    everything = " ".join(str(c.value) for s in book.worksheets for row in s.iter_rows() for c in row if c.value)
    for secret in (e for e in attached if e.sensitive):
        assert secret.name not in everything and secret.sha256 not in everything
    assert "a.moreau" not in everything and "t.mensah" not in everything  # no names of people
    sheet = book["Réponses"]
    assert sheet.cell(1, 4).value == "Note en droit et dans les institutions"
    with secretariat.session() as session:
        first = responses.get(session, REVIEW, codes[0])
    assert [sheet.cell(2, n).value for n in (1, 4, 5)] == [codes[0], first.law, first.practice]
    instructions = " ".join(str(c.value) for row in book["Mode d'emploi"].iter_rows() for c in row if c.value)
    assert "Comment remplir ce classeur" in instructions and "Inexistant" in instructions  # the scale, in French


def test_texts_that_look_like_formulas_are_written_as_text(secretariat: Store, tmp_path: Path) -> None:
    with secretariat.session() as session:
        responses.update(session, REVIEW, "PROT-1", rationale='=HYPERLINK("http://example.org")')
    path = sent_to(secretariat, tmp_path)
    cell = load_workbook(path)["Responses"][cell_of(path, "PROT-1", "rationale")]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    assert merged(secretariat, path).fields_taken == 0


def test_a_text_too_long_for_a_cell_is_refused_before_anything_is_written(secretariat: Store, tmp_path: Path) -> None:
    with secretariat.session() as session:
        responses.update(session, REVIEW, "PROT-1", rationale="x" * 40_000)
    with pytest.raises(InvalidInput, match=r"rationale of PROT-1 is 40,000 characters long; a spreadsheet cell holds"):
        sent_to(secretariat, tmp_path)
    assert not [p.name for p in tmp_path.iterdir() if ".xlsx" in p.name]


def test_workbooks_are_checked_within_the_limits_of_packages() -> None:
    assert LIMITS.members == MAX_MEMBERS and LIMITS.ratio == MAX_RATIO


# --- the round trip ----------------------------------------------------------------------------------------------


def test_a_workbook_sent_back_unchanged_brings_nothing(secretariat: Store, tmp_path: Path) -> None:
    path = sent_to(secretariat, tmp_path)
    plan = planned(secretariat, path)
    assert plan.empty and not plan.kept and not plan.warnings


def test_answers_typed_in_a_workbook_are_merged_and_their_origin_recorded(secretariat: Store, tmp_path: Path) -> None:
    path = sent_to(secretariat, tmp_path, lang="fr")
    back = filled(
        path,
        tmp_path / "back.xlsx",
        {
            ("PROT-1", "practice"): 3,
            ("PROT-2", "not_applicable"): "Sans objet",
            ("PROT-2", "law"): None,
            ("PROT-2", "practice"): None,
            ("PROT-2", "na_justification"): "Handled by the regional authorities",
            ("PROT-3", "priority"): "Élevée",
            ("PROT-3", "target_date"): dt.datetime(2027, 6, 30),
            ("PROT-3", "institutions"): "Ministère du Travail; Inspection du travail",
            ("PROT-5", "technical_assistance"): "Formation des inspecteurs",
        },
    )
    result = merged(secretariat, back)
    assert result.items_changed == ("PROT-1", "PROT-2", "PROT-3", "PROT-5")
    assert mine(secretariat, "PROT-1").practice == 3
    prot2 = mine(secretariat, "PROT-2")
    assert (
        prot2.not_applicable and prot2.law is None and prot2.na_justification == "Handled by the regional authorities"
    )
    prot3 = mine(secretariat, "PROT-3")
    assert prot3.priority == Priority.HIGH and prot3.target_date == dt.date(2027, 6, 30)
    assert prot3.institutions == ("Ministère du Travail", "Inspection du travail")
    assert mine(secretariat, "PROT-5").technical_assistance == "Formation des inspecteurs"
    today = dt.datetime.now(dt.UTC).date().isoformat()
    origin = f"from workbook sent to {MOL} on {today}"
    assert result.origin == origin
    with secretariat.session() as session:
        entries = audit.history(session, REVIEW, "PROT-1")
    assert entries[0].origin == origin and entries[0].field == "practice_score"


def test_a_change_made_here_since_the_workbook_was_sent_is_kept_or_a_conflict(
    secretariat: Store, tmp_path: Path
) -> None:
    path = sent_to(secretariat, tmp_path)
    with secretariat.session() as session:
        responses.update(session, REVIEW, "PROT-1", rationale="Secretariat: revised")
        responses.update(session, REVIEW, "PROT-2", rationale="Secretariat: revised too")
    back = filled(path, tmp_path / "back.xlsx", {("PROT-2", "rationale"): "Ministry: the form is in use"})
    plan = planned(secretariat, back)
    assert [(c.code, c.field) for c in plan.kept] == [("PROT-1", "rationale")]
    [conflict] = plan.conflicts
    assert (conflict.code, conflict.mine, conflict.theirs) == (
        "PROT-2",
        "Secretariat: revised too",
        "Ministry: the form is in use",
    )
    with pytest.raises(InvalidInput, match="not settled"):
        merged(secretariat, back)
    merged(secretariat, back, take="theirs")
    assert mine(secretariat, "PROT-2").rationale == "Ministry: the form is in use"
    assert mine(secretariat, "PROT-1").rationale == "Secretariat: revised"


def test_three_ministries_fill_in_their_parts_and_all_merge_back_on_the_command_line(
    secretariat: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(secretariat.path)
    sent = {}
    for name, institution in (("labour", MOL), ("justice", MOJ), ("interior", MOI)):
        out = tmp_path / f"{name}.xlsx"
        assert main(["--db", db, "export", str(REVIEW), "--out", str(out), "--responsible", institution]) == 0
        assert f"Wrote workbook {out} for {institution}" in capsys.readouterr().out
        sent[name] = out
    back = {
        "labour": filled(sent["labour"], tmp_path / "labour-back.xlsx", {("PROT-2", "rationale"): "Labour: in use"}),
        "justice": filled(
            sent["justice"], tmp_path / "justice-back.xlsx", {("PROS-4", "priority"): "low", ("WG-13", "practice"): 1}
        ),
        "interior": filled(
            sent["interior"],
            tmp_path / "interior-back.xlsx",
            {("PROT-2", "rationale"): "Interior: not yet", ("PROS-4", "priority"): "medium", ("INT-1", "law"): 2},
        ),
    }
    for name in ("labour", "justice"):
        assert main(["--db", db, "import", str(back[name]), "--into", str(REVIEW)]) == 0
        assert "Merged" in capsys.readouterr().out
    assert main(["--db", db, "import", str(back["interior"]), "--into", str(REVIEW)]) == 1
    out, err = capsys.readouterr()
    assert "Changed both here and in the workbook since it was sent:" in out
    assert "here:    Labour: in use" in out and "theirs:  Interior: not yet" in out
    assert "2 items in conflict (PROS-4, PROT-2); nothing was merged" in err
    assert mine(secretariat, "INT-1").law != 2  # nothing of the interior's workbook yet
    assert main(["--db", db, "import", str(back["interior"]), "--into", str(REVIEW), "--take", "mine"]) == 0
    assert "conflicts settled: 0 for theirs, 2 for mine" in capsys.readouterr().out
    assert mine(secretariat, "PROT-2").rationale == "Labour: in use"
    assert mine(secretariat, "PROS-4").priority == Priority.LOW and mine(secretariat, "WG-13").practice == 1
    assert mine(secretariat, "INT-1").law == 2
    with secretariat.session() as session:
        origins = {e.origin for e in audit.history(session, REVIEW) if e.origin.startswith("from workbook")}
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert origins == {f"from workbook sent to {name} on {today}" for name in (MOL, MOJ, MOI)}


def test_the_command_line_writes_a_workbook_in_the_language_asked(secretariat: Store, tmp_path: Path, capsys) -> None:
    db = str(secretariat.path)
    out = tmp_path / "part.data"
    assert (
        main(
            [
                "--db",
                db,
                "export",
                str(REVIEW),
                "--out",
                str(out),
                "--format",
                "xlsx",
                "--pillar",
                "PREV",
                "--lang",
                "ar",
            ]
        )
        == 0
    )
    assert "5 items, 0 evidence listed" in capsys.readouterr().out
    with out.open("rb") as handle:
        assert load_workbook(handle).sheetnames[:3] == ["التعليمات", "الإجابات", "الأدلة"]
    named = tmp_path / "p.xlsx"
    assert main(["--db", db, "export", str(REVIEW), "--out", str(named), "--password-file", str(out)]) == 1
    assert "A workbook cannot be protected by a password" in capsys.readouterr().err
    out.rename(named)
    assert main(["--db", db, "import", str(named)]) == 1
    assert "give --into ASSESSMENT" in capsys.readouterr().err


def test_a_workbook_saved_again_by_libreoffice_calc_still_imports(secretariat: Store, tmp_path: Path) -> None:
    """Calc rewrites every part of the file (hidden sheet, hidden columns, dates, line ends); Excel writes the same
    file format, which is all the reader relies on."""
    for lang in ("en", "ar"):
        path = sent_to(secretariat, tmp_path, lang=lang)
        untouched = resaved_by_libreoffice(path, tmp_path / f"calc-{lang}")
        plan = planned(secretariat, untouched)
        assert plan.empty and not plan.kept, [str(w) for w in plan.warnings]
    (tmp_path / "fr").mkdir()
    path = sent_to(secretariat, tmp_path / "fr", lang="fr")
    back = filled(
        path,
        tmp_path / "back.xlsx",
        {
            ("PROT-1", "practice"): 3,
            ("PROT-3", "target_date"): dt.datetime(2027, 1, 15),
            ("PROT-3", "rationale"): "Deux lignes\nde texte",
            ("PROT-5", "priority"): "faible",
        },
    )
    saved = resaved_by_libreoffice(back, tmp_path / "calc-back")
    result = merged(secretariat, saved)
    assert result.items_changed == ("PROT-1", "PROT-3", "PROT-5")
    assert mine(secretariat, "PROT-3").target_date == dt.date(2027, 1, 15)
    assert mine(secretariat, "PROT-3").rationale == "Deux lignes\nde texte"
    assert mine(secretariat, "PROT-5").priority == Priority.LOW


def test_a_workbook_merges_into_an_assessment_on_either_back_end(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        created = assessments.create(session, country="Meridia", title="Baseline", period="2026", user="tester")
        responses.update(session, created.id, "PROS-1", law=2, institutions=["Ministry of Justice"])
    path = export_workbook(store, created.id, tmp_path / "moj.xlsx", responsible="ministry of justice").path
    back = filled(path, tmp_path / "back.xlsx", {("PROS-1", "law"): 3, ("PROS-1", "rationale"): "Adopted in May"})
    with store.session() as session:
        received = open_workbook(back, session)
    with store.session() as session:
        plan = merge.plan_merge(session, created.id, received.contribution)
        merge.apply_merge(session, plan, received.contribution)
    with store.session() as session:
        after = responses.get(session, created.id, "PROS-1")
        [entry, *_] = audit.history(session, created.id, "PROS-1")
    assert (after.law, after.rationale) == (3, "Adopted in May")
    assert entry.origin.startswith("from workbook sent to Ministry of Justice on ")
