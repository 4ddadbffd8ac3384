"""Where an imported assessment came from: the identity, part and base it was received with.

When a focal point imports the part the secretariat sent, the new assessment must remember
what it was sent, so that the package it sends back names the secretariat's assessment and
carries the responses as they were sent (the base of the three-way merge), not as they are
after the focal point's edits. There is no table for this (yet), so it is kept as one entry of
the audit log (entity ``package``, field ``received``) whose new value is a JSON document; it
also tells the history who sent the part. The newest such entry wins.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assess import audit
from assess.errors import AssessError
from assess.merge.model import Contribution, Fields, Identity, Selection
from db.models import AuditEntry

ENTITY = "package"
FIELD = "received"


@dataclass(frozen=True)
class Received:
    identity: Identity
    institution: str | None
    selection: Selection
    base_taken_at: dt.datetime
    base: dict[str, tuple[Fields | None, int | None]]
    """Per item code: the base response and its version in the assessment it came from."""
    source: str
    findings: dict[str, str] = field(default_factory=dict)
    """The key findings as they were received, by scope (the base of their merge back)."""

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.base)


def identity_json(identity: Identity) -> dict[str, Any]:
    return {
        "country": identity.country,
        "title": identity.title,
        "period": identity.period,
        "framework": {"id": identity.framework_key, "version": identity.framework_version},
        "created_at": identity.created_at.isoformat() + "Z",
        "scale": {"min": identity.scale_min, "max": identity.scale_max},
        "target": identity.target,
    }


def identity_from_json(data: dict[str, Any]) -> Identity:
    return Identity(
        country=data["country"],
        title=data["title"],
        period=data["period"],
        framework_key=data["framework"]["id"],
        framework_version=data["framework"]["version"],
        created_at=dt.datetime.fromisoformat(str(data["created_at"]).removesuffix("Z")),
        scale_min=int(data["scale"]["min"]),
        scale_max=int(data["scale"]["max"]),
        target=int(data["target"]),
    )


def remember(session: Session, assessment_id: int, contribution: Contribution, user: str) -> None:
    """Record, in the audit log, what the new assessment ``assessment_id`` was received as."""
    base = {
        item.code: {"base": item.base.to_json() if item.base else None, "version": item.base_version}
        for item in contribution.items
    }
    selection = contribution.selection
    document = {
        "identity": identity_json(contribution.identity),
        "institution": contribution.institution,
        "selection": {
            "pillars": list(selection.pillars),
            "items": list(selection.items),
            "responsible": selection.responsible,
        },
        "base_taken_at": contribution.base_taken_at.isoformat() + "Z",
        "base": base,
        "source": contribution.source,
        "findings": {f.scope: f.text for f in contribution.findings},
    }
    audit.record(
        session,
        user=user,
        assessment_id=assessment_id,
        entity=ENTITY,
        field=FIELD,
        old=None,
        new=json.dumps(document, ensure_ascii=False),
        origin=contribution.origin,
    )


def received_from(session: Session, assessment_id: int) -> Received | None:
    """What the assessment was received as, or None for one made here (or a record that cannot be read)."""
    text = session.scalar(
        select(AuditEntry.new_value)
        .where(AuditEntry.assessment_id == assessment_id, AuditEntry.entity == ENTITY, AuditEntry.field == FIELD)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    if not text:
        return None
    try:
        data = json.loads(text)
        selection = data["selection"]
        return Received(
            identity=identity_from_json(data["identity"]),
            institution=data["institution"],
            selection=Selection(tuple(selection["pillars"]), tuple(selection["items"]), selection["responsible"]),
            base_taken_at=dt.datetime.fromisoformat(str(data["base_taken_at"]).removesuffix("Z")),
            base={
                code: (Fields.from_json(entry["base"]) if entry["base"] else None, entry["version"])
                for code, entry in data["base"].items()
            },
            source=str(data.get("source", "")),
            findings={str(k): str(v) for k, v in (data.get("findings") or {}).items()},
        )
    except (ValueError, KeyError, TypeError, AttributeError, AssessError):
        return None
