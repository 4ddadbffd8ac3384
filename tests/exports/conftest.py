"""Shared fixtures for the report tests: the Meridia demo with text in several scripts, and reports made once.

The demo is built once per test session; its review round (a draft, compared with the final
baseline) gets rationales and institutions in Russian, Arabic, Chinese, French and Spanish, so
the reports must print every script. Reports are written once per module and read back by the
tests, which keeps the whole suite fast.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assess import assessments, evidence, responses
from assess.demo import demo_database
from db import Store, open_store

BASELINE, REVIEW = 1, 2
RUSSIAN = "Закон о противодействии торговле людьми принят в 2016 году; приговоров пока мало."
ARABIC = "قانون مكافحة الاتجار بالبشر لسنة 2016 يجرم جميع أشكال الاتجار بالأشخاص ويحمي الضحايا والشهود."
CHINESE = "《禁止贩运人口法》于2016年通过，规定了对人口贩运罪的刑事处罚。"
FRENCH = "Loi relative à la lutte contre la traite des êtres humains ; procès-verbal n° 12 élaboré."
SPANISH = "Señalar la protección integral a las víctimas de trata; niñas y niños acompañados."
INSTITUTION_RU = "Министерство юстиции"
INSTITUTION_AR = "وزارة العمل"
# Arabic with a Latin item code, a number, a bracket and a date, as a rationale
ARABIC_CODES = "يرتبط البند PROS-1.i بالتوصية WG-11 منذ عام 2016 وموعده 2027-06-30"
FORMULA = '=HYPERLINK("http://example.org")'
MULTILINGUAL = {"PROS-1.i": RUSSIAN, "PROT-2": ARABIC, "PREV-5": CHINESE, "INT-4": FRENCH, "WG-12.g": SPANISH}


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database with multilingual notes in its draft review round (built once)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ASSESS_DATA_DIR", str(tmp_path_factory.mktemp("demo-data")))
        patch.setenv("ASSESS_USER", "tester")
        path = demo_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
        store = open_store(path)
        try:
            with store.session() as session:
                for code, note in MULTILINGUAL.items():
                    responses.update(session, REVIEW, code, rationale=note)
                current = responses.get(session, REVIEW, "PROS-1.i").institutions
                responses.update(session, REVIEW, "PROS-1.i", institutions=[*current, INSTITUTION_RU, INSTITUTION_AR])
                responses.update(session, REVIEW, "PROT-3", rationale=ARABIC_CODES)
                responses.update(session, REVIEW, "PREV-2", next_action=FORMULA)
        finally:
            store.close()
    return path


@pytest.fixture
def demo_store(demo_file: Path, tmp_path: Path) -> Iterator[Store]:
    """A private, writable copy of the demo for one test."""
    copy = tmp_path / "demo-copy.sqlite"
    shutil.copyfile(demo_file, copy)
    store = open_store(copy)
    yield store
    store.close()


@pytest.fixture(scope="session")
def shared_store(demo_file: Path) -> Iterator[Store]:
    """The demo, opened once for tests that only read it."""
    store = open_store(demo_file)
    yield store
    store.close()


def file_hashes(store: Store, assessment_id: int) -> tuple[set[str], set[str]]:
    """SHA-256 of the ordinary and of the sensitive evidence files of an assessment."""
    with store.session() as session:
        found = [e for e in evidence.list_for(session, assessment_id) if e.kind == "file"]
    return {e.sha256 for e in found if not e.sensitive}, {e.sha256 for e in found if e.sensitive}


def status_of(store: Store, assessment_id: int) -> str:
    with store.session() as session:
        return assessments.info(assessments.get(session, assessment_id)).status
