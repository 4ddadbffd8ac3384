"""How an assessment was made, as the team records it for the report's methodology.

Who took part (institutions, or people in their capacity), the meetings and workshops held (with their dates),
the sources consulted, and how the scores were agreed. Stored with the assessment as one JSON document; each
change is written to the audit log as entity ``methodology`` with the part changed as its field.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from assess import assessments, audit
from assess.errors import InvalidInput
from assess.users import current_user
from db import clock
from db.models import Assessment

LINE_LIMIT = 500
TEXT_LIMIT = 10_000
LIST_LIMIT = 200


@dataclass(frozen=True)
class Meeting:
    """A meeting or workshop of the assessment, on the day it was held."""

    held_on: dt.date
    title: str

    def to_json(self) -> dict[str, str]:
        return {"date": self.held_on.isoformat(), "title": self.title}


@dataclass(frozen=True)
class Methodology:
    participants: tuple[str, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    sources: tuple[str, ...] = ()
    agreement: str = ""

    @property
    def empty(self) -> bool:
        return not (self.participants or self.meetings or self.sources or self.agreement)

    def to_json(self) -> dict[str, Any]:
        return {
            "participants": list(self.participants),
            "meetings": [m.to_json() for m in self.meetings],
            "sources": list(self.sources),
            "agreement": self.agreement,
        }


def from_json(data: object) -> Methodology:
    """The methodology stored (or received in a package); anything unreadable is left out."""
    if not isinstance(data, dict):
        return Methodology()
    meetings = []
    for entry in data.get("meetings") or ():
        try:
            meetings.append(Meeting(dt.date.fromisoformat(str(entry["date"])), str(entry["title"])))
        except (KeyError, TypeError, ValueError):
            continue
    return Methodology(
        participants=tuple(str(p) for p in data.get("participants") or () if str(p).strip()),
        meetings=tuple(sorted(meetings, key=lambda m: m.held_on)),
        sources=tuple(str(s) for s in data.get("sources") or () if str(s).strip()),
        agreement=str(data.get("agreement") or ""),
    )


def read(assessment: Assessment) -> Methodology:
    return from_json(assessment.methodology)


def of_assessment(session: Session, assessment_id: int | str) -> Methodology:
    return read(assessments.get(session, assessment_id))


def _line(value: str, what: str) -> str:
    text = " ".join((value or "").split())
    if len(text) > LINE_LIMIT:
        raise InvalidInput(
            "A line of the {what} is too long ({length} characters; at most {limit}).",
            what=what,
            length=len(text),
            limit=LINE_LIMIT,
        )
    return text


def _lines(values: Sequence[str], what: str) -> tuple[str, ...]:
    kept = tuple(dict.fromkeys(line for line in (_line(v, what) for v in values) if line))
    if len(kept) > LIST_LIMIT:
        raise InvalidInput("Too many {what} ({count}; at most {limit}).", what=what, count=len(kept), limit=LIST_LIMIT)
    return kept


def parse_meeting(value: str) -> Meeting:
    """``YYYY-MM-DD title`` (or ``YYYY-MM-DD: title``) as a meeting; a clear error otherwise."""
    text = (value or "").strip()
    day, _, title = text.partition(" ")
    day = day.rstrip(":")
    try:
        held_on = dt.date.fromisoformat(day)
    except ValueError:
        raise InvalidInput(
            "{value} is not a meeting; write its date and name, for example: 2026-03-04 Inception workshop.",
            value=repr(value),
        ) from None
    title = _line(title.lstrip(": "), "meetings")
    if not title:
        raise InvalidInput("The meeting of {day} needs a name, for example: {day} Inception workshop.", day=day)
    return Meeting(held_on, title)


def set_methodology(
    session: Session,
    assessment_id: int | str,
    *,
    participants: Sequence[str] | None = None,
    meetings: Sequence[Meeting | str] | None = None,
    sources: Sequence[str] | None = None,
    agreement: str | None = None,
    user: str | None = None,
    origin: str = "",
) -> Methodology:
    """Replace the parts given (a part left None stays as it is); the methodology now."""
    user = user or current_user(session)
    assessment = assessments.editable(session, assessment_id)
    old = read(assessment)
    new = Methodology(
        participants=old.participants if participants is None else _lines(participants, "participants"),
        meetings=old.meetings
        if meetings is None
        else tuple(
            sorted(
                dict.fromkeys(m if isinstance(m, Meeting) else parse_meeting(m) for m in meetings),
                key=lambda m: m.held_on,
            )
        ),
        sources=old.sources if sources is None else _lines(sources, "sources"),
        agreement=old.agreement if agreement is None else _agreement(agreement),
    )
    if new == old:
        return old
    before, after = old.to_json(), new.to_json()
    for part in ("participants", "meetings", "sources", "agreement"):
        if before[part] != after[part]:
            audit.record(
                session,
                user=user,
                assessment_id=assessment.id,
                entity="methodology",
                field=part,
                old=_logged(before[part]),
                new=_logged(after[part]),
                origin=origin,
            )
    assessment.methodology = after
    assessment.updated_at = clock.now(session)
    session.flush()
    return new


def _agreement(text: str) -> str:
    cleaned = "\n".join(" ".join(line.split()) for line in (text or "").splitlines()).strip()
    if len(cleaned) > TEXT_LIMIT:
        raise InvalidInput(
            "The account of how scores were agreed is too long ({length} characters; at most {limit}).",
            length=len(cleaned),
            limit=TEXT_LIMIT,
        )
    return cleaned


def _logged(value: object) -> object:
    if value in ("", []):
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
