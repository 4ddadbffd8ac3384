"""Reading what the database holds, independently of the window under test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assess import assessments, audit, evidence, responses
from db import open_store


def stored(path: Path | str, assessment_id: int, code: str) -> responses.ResponseView:
    store = open_store(path)
    try:
        with store.session() as session:
            return responses.get(session, assessment_id, code)
    finally:
        store.close()


def stored_evidence(path: Path | str, assessment_id: int, code: str) -> list[evidence.EvidenceView]:
    store = open_store(path)
    try:
        with store.session() as session:
            return evidence.list_for(session, assessment_id, code)
    finally:
        store.close()


def stored_assessment(path: Path | str, assessment_id: int) -> assessments.AssessmentInfo:
    store = open_store(path)
    try:
        with store.session() as session:
            return assessments.info(assessments.get(session, assessment_id))
    finally:
        store.close()


def stored_history(path: Path | str, assessment_id: int, code: str | None = None) -> list[audit.Change]:
    store = open_store(path)
    try:
        with store.session() as session:
            return audit.history(session, assessment_id, code)
    finally:
        store.close()


def update_elsewhere(path: Path | str, assessment_id: int, code: str, user: str = "colleague", **fields: Any) -> None:
    """Someone else (another laptop on the same database) saves an edit."""
    store = open_store(path)
    try:
        with store.session() as session:
            responses.update(session, assessment_id, code, user=user, **fields)
    finally:
        store.close()
