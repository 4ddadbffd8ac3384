"""Exchange packages: what a package holds, partial and scrubbed packages, and export -> import -> export."""

# ruff: noqa: F811  (pytest fixtures imported from tests.exports.exchange.package_fixtures are parameters here)

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import jsonschema
import pytest

from assess import assessments, evidence, merge, responses
from assess.cli.main import main
from assess.errors import InvalidInput
from db import Store
from exports.exchange.read import open_package
from exports.exchange.spec import schema
from exports.exchange.write import export_package
from tests.exports.exchange.package_fixtures import (  # noqa: F401  (the fixtures are used by name)
    MOL,
    REVIEW,
    demo_template,
    focal,
    manifest_of,
    members,
    responses_of,
    secretariat,
)

ROOT = Path(__file__).resolve().parents[3]


def test_the_published_schema_is_the_one_the_reader_uses() -> None:
    shipped = ROOT / "exports" / "exchange" / "schema" / "package-1.schema.json"
    published = ROOT / "docs" / "schema" / "package-1.schema.json"
    assert shipped.read_bytes() == published.read_bytes()
    jsonschema.Draft202012Validator.check_schema(json.loads(published.read_text("utf-8")))


def test_a_package_holds_the_assessment_its_responses_and_its_evidence(secretariat: Store, tmp_path: Path) -> None:
    result = export_package(secretariat, REVIEW, tmp_path / "review.assess", include_sensitive=True)
    files = members(result.path)
    manifest = json.loads(files["manifest.json"])
    assert manifest["format"] == "assess-package" and manifest["format_version"] == 1
    assert manifest["assessment"]["title"] == "Review 2026"
    assert manifest["created_by"] == "tester"
    listed = {m["name"]: m for m in manifest["members"]}
    assert set(listed) == set(files) - {"manifest.json"}
    for name, entry in listed.items():
        assert entry["size"] == len(files[name])
        assert entry["sha256"] == hashlib.sha256(files[name]).hexdigest()
    root = schema()
    for document, definition in ((manifest, "manifest"), (json.loads(files["responses.json"]), "responses")):
        jsonschema.validate(document, {"$ref": f"#/$defs/{definition}", "$defs": root["$defs"]})
        jsonschema.validate(document, root)
    with secretariat.session() as session:
        attached = evidence.list_for(session, REVIEW)
        count = len(assessments.get(session, REVIEW).responses)
    items = responses_of(result.path)["items"]
    assert len(items) == count == result.items
    assert sum(len(i["evidence"]) for i in items) == len(attached) == result.evidence
    for view in attached:
        if view.kind == "file":
            assert hashlib.sha256(files[f"evidence/{view.sha256}"]).hexdigest() == view.sha256


@pytest.mark.parametrize("protected", [False, True])
def test_sensitive_evidence_leaves_only_with_a_password_or_when_asked_for(
    secretariat: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], protected: bool
) -> None:
    with secretariat.session() as session:
        attached = evidence.list_for(session, REVIEW)
    sensitive = [e for e in attached if e.sensitive]
    only_sensitive = {e.sha256 for e in sensitive if e.kind == "file"} - {
        e.sha256 for e in attached if e.kind == "file" and not e.sensitive
    }
    assert sensitive and only_sensitive, "the demo has sensitive evidence files"
    password = tmp_path / "password.txt"
    password.write_text("correct horse battery staple\n", "utf-8")
    target = tmp_path / "plain.assess"
    assert secretariat.path is not None
    extra = ["--password-file", str(password)] if protected else []
    assert main(["--db", str(secretariat.path), "export", str(REVIEW), "--out", str(target), *extra]) == 0
    said = capsys.readouterr().out
    with open_package(target, "correct horse battery staple" if protected else None) as package:
        carried = {e.sha256 for item in package.contribution.items for e in item.evidence}
        names = set(package.sizes)
    if protected:
        assert "Left out" not in said
        assert only_sensitive <= carried and all(f"evidence/{sha}" in names for sha in only_sensitive)
        return
    assert f"Left out {len(sensitive)} sensitive evidence" in said, said
    assert not only_sensitive & carried and not any(f"evidence/{sha}" in names for sha in only_sensitive)
    asked = export_package(secretariat, REVIEW, tmp_path / "asked.assess", include_sensitive=True)
    assert (asked.sensitive_left_out, asked.evidence) == (0, len(attached))
    plain = export_package(secretariat, REVIEW, tmp_path / "again.assess")
    assert (plain.sensitive_left_out, plain.evidence) == (len(sensitive), len(attached) - len(sensitive))


def _comparable(path: Path) -> dict[str, object]:
    files = members(path)
    manifest = json.loads(files.pop("manifest.json"))
    del manifest["created_at"]
    return {"manifest": manifest, **{name: data for name, data in files.items()}}


def test_export_then_import_then_export_gives_the_same_content(
    secretariat: Store, focal: Store, tmp_path: Path
) -> None:
    first = export_package(secretariat, REVIEW, tmp_path / "first.assess").path
    with open_package(first) as package, focal.session() as session:
        created = merge.import_new(session, package.contribution)
    second = export_package(focal, created.id, tmp_path / "second.assess").path
    assert _comparable(second) == _comparable(first)


def test_an_imported_assessment_is_a_draft_with_the_responses_and_evidence(
    secretariat: Store, focal: Store, tmp_path: Path
) -> None:
    path = export_package(secretariat, REVIEW, tmp_path / "review.assess", include_sensitive=True).path
    with open_package(path) as package, focal.session() as session:
        created = merge.import_new(session, package.contribution)
    assert created.status == "draft" and created.label == "Republic of Meridia: Review 2026"
    with secretariat.session() as a, focal.session() as b:
        for code in ("PROS-1", "PROT-5", "WG-11.b"):
            mine, theirs = responses.get(a, REVIEW, code), responses.get(b, created.id, code)
            assert merge.Fields.of(mine) == merge.Fields.of(theirs)
            assert (mine.updated_by, mine.updated_at) == (theirs.updated_by, theirs.updated_at)
        assert [(e.item_code, e.sha256, e.name) for e in evidence.list_for(a, REVIEW)] == [
            (e.item_code, e.sha256, e.name) for e in evidence.list_for(b, created.id)
        ]
        some_file = next(e for e in evidence.list_for(b, created.id) if e.kind == "file")
    copy = tmp_path / "copy.bin"
    evidence.save_copy(focal, some_file.id, copy)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == some_file.sha256


def test_a_part_by_pillar_holds_only_that_pillars_items(secretariat: Store, tmp_path: Path) -> None:
    path = export_package(secretariat, REVIEW, tmp_path / "p.assess", pillars=("PROT", "NAT")).path
    codes = [i["code"] for i in responses_of(path)["items"]]
    assert codes and all(c.startswith(("PROT-", "NAT-")) for c in codes)
    assert len(codes) == 7 + 3
    assert manifest_of(path)["selection"] == {"pillars": ["PROT", "NAT"], "items": [], "responsible": None}


def test_a_part_by_items_holds_those_items_and_only_their_evidence(secretariat: Store, tmp_path: Path) -> None:
    path = export_package(secretariat, REVIEW, tmp_path / "p.assess", items=("PROS-1.i", "WG-11.b")).path
    items = responses_of(path)["items"]
    assert [i["code"] for i in items] == ["PROS-1.i", "WG-11.b"]
    with secretariat.session() as session:
        expected = [e for e in evidence.list_for(session, REVIEW) if e.item_code in ("PROS-1.i", "WG-11.b")]
    assert sum(len(i["evidence"]) for i in items) == len(expected)
    shas = {e.sha256 for e in expected if e.kind == "file"}
    assert {n.removeprefix("evidence/") for n in members(path) if n.startswith("evidence/")} == shas


def test_a_part_for_an_institution_holds_its_items_and_names_it(secretariat: Store, tmp_path: Path) -> None:
    path = export_package(secretariat, REVIEW, tmp_path / "p.assess", responsible=MOL.upper()).path
    manifest = manifest_of(path)
    assert manifest["institution"] == MOL and manifest["selection"]["responsible"] == MOL
    items = responses_of(path)["items"]
    assert items and all(MOL in i["response"]["institutions"] for i in items)
    with secretariat.session() as session:
        mine = [s for s in assessments.get(session, REVIEW).responses if MOL in [i.name for i in s.institutions]]
    assert len(items) == len(mine)


def test_a_part_can_combine_a_pillar_and_an_institution(secretariat: Store, tmp_path: Path) -> None:
    path = export_package(secretariat, REVIEW, tmp_path / "p.assess", pillars=("PROT",), responsible=MOL).path
    items = responses_of(path)["items"]
    assert items and all(i["code"].startswith("PROT-") and MOL in i["response"]["institutions"] for i in items)


@pytest.mark.parametrize(
    ("choice", "message"),
    [
        ({"pillars": ("PROSECUTION",)}, "Unknown pillar PROSECUTION"),
        ({"items": ("PROS-99",)}, "PROS-99 is not an item"),
        ({"items": ("GP",)}, "context, not an assessable item"),
        ({"responsible": "Ministry of Magic"}, "No institution named 'Ministry of Magic'"),
        ({"pillars": ("GP",)}, "No item of the assessment matches"),
    ],
)
def test_a_part_that_names_nothing_is_refused(
    secretariat: Store, tmp_path: Path, choice: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        export_package(secretariat, REVIEW, tmp_path / "p.assess", **choice)  # type: ignore[arg-type]
    assert list(tmp_path.glob("p.assess*")) == []


def test_a_scrubbed_package_has_no_names_of_people_and_no_sensitive_evidence(
    secretariat: Store, tmp_path: Path
) -> None:
    with secretariat.session() as session:
        attached = evidence.list_for(session, REVIEW)
        people = {e.added_by for e in attached} | {
            r.updated_by for r in assessments.get(session, REVIEW).responses if r.updated_by
        }
        sensitive = [e for e in attached if e.sensitive]
    assert sensitive, "the demo has sensitive evidence"
    path = export_package(secretariat, REVIEW, tmp_path / "public.assess", scrub=True).path
    manifest = manifest_of(path)
    assert manifest["scrubbed"] is True and "created_by" not in manifest
    blob = b"".join(members(path).values()).decode("utf-8", "replace")
    for person in people | {"tester"}:
        assert person not in blob, person
    items = responses_of(path)["items"]
    assert all("updated_by" not in i["response"] for i in items)
    assert all("added_by" not in e and not e["sensitive"] for i in items for e in i["evidence"])
    kept = sum(len(i["evidence"]) for i in items)
    assert kept == len(attached) - len(sensitive)
    only_sensitive = {e.sha256 for e in sensitive if e.kind == "file"} - {
        e.sha256 for e in attached if e.kind == "file" and not e.sensitive
    }
    assert not any(f"evidence/{sha}" in members(path) for sha in only_sensitive)


def test_a_scrubbed_package_imports(secretariat: Store, focal: Store, tmp_path: Path) -> None:
    path = export_package(secretariat, REVIEW, tmp_path / "public.assess", scrub=True).path
    with open_package(path) as package, focal.session() as session:
        created = merge.import_new(session, package.contribution)
        assert evidence.list_for(session, created.id)


def test_the_focal_point_sends_back_the_part_it_received_with_the_original_base(
    secretariat: Store, focal: Store, tmp_path: Path
) -> None:
    sent = export_package(secretariat, REVIEW, tmp_path / "sent.assess", responsible=MOL).path
    with open_package(sent) as package, focal.session() as session:
        created = merge.import_new(session, package.contribution)
    code = responses_of(sent)["items"][0]["code"]
    with focal.session() as session:
        responses.update(session, created.id, code, rationale="Changed at the ministry")
    back = export_package(focal, created.id, tmp_path / "back.assess").path
    sent_items, back_items = responses_of(sent)["items"], responses_of(back)["items"]
    assert [i["code"] for i in back_items] == [i["code"] for i in sent_items]
    assert [i["base"] for i in back_items] == [i["base"] for i in sent_items]
    assert back_items[0]["response"]["rationale"] == "Changed at the ministry"
    assert manifest_of(back)["assessment"] == manifest_of(sent)["assessment"]
    assert manifest_of(back)["institution"] == MOL


def test_an_existing_file_is_not_overwritten(secretariat: Store, tmp_path: Path) -> None:
    out = tmp_path / "taken.assess"
    out.write_text("keep me")
    with pytest.raises(InvalidInput, match="already exists"):
        export_package(secretariat, REVIEW, out)
    assert out.read_text() == "keep me"


def test_export_and_import_from_the_command_line(secretariat: Store, tmp_path: Path, capsys) -> None:
    db = str(secretariat.path)
    out = tmp_path / "labour.assess"
    password = tmp_path / "password.txt"
    password.write_text("correct horse battery staple\n")
    args = [
        "--db",
        db,
        "export",
        str(REVIEW),
        "--out",
        str(out),
        "--responsible",
        MOL,
        "--password-file",
        str(password),
    ]
    assert main(args) == 0
    said = capsys.readouterr().out
    assert f"for {MOL}" in said and "password-protected" in said
    other = tmp_path / "other.sqlite"
    assert main(["--db", str(other), "import", str(out), "--password-file", str(password)]) == 0
    assert "Imported labour.assess as assessment 1" in capsys.readouterr().out
    assert main(["--db", str(other), "import", str(out)]) == 1
    assert "protected by a password" in capsys.readouterr().err


def test_the_command_line_refuses_take_without_into(tmp_path: Path, capsys) -> None:
    assert main(["--db", str(tmp_path / "x.sqlite"), "import", "nothing.assess", "--take", "mine"]) == 1
    assert "--take settles conflicts of a merge" in capsys.readouterr().err


def test_texts_at_their_limits_go_out_and_come_back(
    secretariat: Store, focal: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assess import limits

    monkeypatch.setenv("ASSESS_USER", "A colleague whose login name is very long indeed " * 10)
    link = "https://example.org/" + "l" * (limits.LINK - len("https://example.org/"))
    with secretariat.session() as session:
        responses.update(session, REVIEW, "PROS-1", rationale="r" * limits.NOTE, next_action="n" * limits.NOTE)
        responses.update(session, REVIEW, "PROS-2", not_applicable=True, na_justification="j" * limits.NOTE)
        evidence.add_link(session, REVIEW, "PROS-1", link, description="d" * limits.DESCRIPTION)
        evidence.add_citation(session, REVIEW, "PROS-1", "c" * limits.CITATION)
    path = export_package(secretariat, REVIEW, tmp_path / "limits.assess").path
    with open_package(path) as package, focal.session() as session:
        created = merge.import_new(session, package.contribution)
        assert package.manifest["created_by"] == os.environ["ASSESS_USER"][: limits.PERSON].strip()
    with focal.session() as session:
        assert responses.get(session, created.id, "PROS-1").rationale == "r" * limits.NOTE
        assert responses.get(session, created.id, "PROS-2").na_justification == "j" * limits.NOTE
        assert link in {e.url for e in evidence.list_for(session, created.id, "PROS-1")}
