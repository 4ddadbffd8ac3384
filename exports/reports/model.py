"""What a report shows, gathered once from the services, so that every writer only formats.

:func:`gather` reads an assessment through ``assess`` (never the database directly): the
overview, every assessable item with its framework text in the chosen language, its response
and its evidence (sensitive evidence left out unless asked for), the gaps in register order,
the action plan grouped by responsible institution, the technical assistance needed, and,
with ``compare``, the change against a previous round (:mod:`assess.progress`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from assess import assessments, evidence, frameworks, scoring
from assess.assessments import AssessmentInfo
from assess.evidence import EvidenceView
from assess.progress import Comparison, compare_with
from assess.scoring import ItemState, Summary
from framework import Framework, pick

NO_INSTITUTION = "No institution assigned"
STATUS_LABELS = {"gap": "Gap", "scored": "Met", "partial": "Partly scored", "na": "N/A", "unscored": "Not scored"}


@dataclass(frozen=True)
class ItemRow:
    """One assessable item as the report prints it."""

    code: str
    chapter: str
    depth: int
    ancestors: tuple[tuple[str, str], ...]
    text: str
    short: str
    source: str
    state: ItemState
    evidence: tuple[EvidenceView, ...]
    links: tuple[str, ...]

    @property
    def status(self) -> str:
        return self.state.status

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.state.status]


@dataclass(frozen=True)
class Chapter:
    code: str
    title: str
    short_title: str
    intro: str
    summary: Summary
    items: tuple[ItemRow, ...]


@dataclass(frozen=True)
class ActionGroup:
    institution: str
    items: tuple[ItemRow, ...]


@dataclass(frozen=True)
class ScaleLevel:
    value: int
    label: str
    description: str


@dataclass(frozen=True)
class ReportData:
    info: AssessmentInfo
    lang: str
    generated: dt.date
    framework_title: str
    scale: tuple[ScaleLevel, ...]
    law_label: str
    practice_label: str
    overall: Summary
    chapters: tuple[Chapter, ...]
    items: tuple[ItemRow, ...]
    gaps: tuple[ItemRow, ...]
    largest: tuple[ItemRow, ...]
    actions: tuple[ActionGroup, ...]
    assistance: tuple[ItemRow, ...]
    evidence: tuple[EvidenceView, ...]
    withheld: int
    include_sensitive: bool
    comparison: Comparison | None

    @property
    def draft(self) -> bool:
        return self.info.status != "final"

    def label(self, value: int | None) -> str:
        for level in self.scale:
            if level.value == value:
                return level.label
        return ""


def shorten(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width - 1)
    return text[: cut if cut > width // 2 else width - 1].rstrip(" ,;:") + "…"


def detail(e: EvidenceView) -> str:
    """What a link or citation points at (empty for a file, whose fingerprint identifies it)."""
    return e.url if e.kind == "link" else e.citation if e.kind == "citation" else ""


def _ancestors(framework: Framework, code: str, lang: str) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    item = framework.item(code)
    while item.parent is not None:
        item = framework.item(item.parent)
        if item.parent is not None and not item.assessable:
            found.append((item.code, pick(item.title, lang) or pick(item.text, lang)))
    return tuple(reversed(found))


def _rows(
    session: Session, framework: Framework, info: AssessmentInfo, lang: str, sensitive: bool
) -> tuple[list[ItemRow], list[EvidenceView], int]:
    attached = evidence.list_for(session, info.id)
    shown = [e for e in attached if sensitive or not e.sensitive]
    by_item: dict[str, list[EvidenceView]] = {}
    lines = shown
    for line in lines:
        by_item.setdefault(line.item_code, []).append(line)
    rows = []
    for state in scoring.item_states(session, info.id, lang):
        item = framework.item(state.code)
        rows.append(
            ItemRow(
                code=state.code,
                chapter=state.pillar,
                depth=item.depth,
                ancestors=_ancestors(framework, state.code, lang),
                text=state.text,
                short=shorten(state.text),
                source=item.source.cite(framework.documents),
                state=state,
                evidence=tuple(by_item.get(state.code, ())),
                links=tuple(code for code, _ in framework.links(state.code)),
            )
        )
    return rows, lines, len(attached) - len(shown)


def _actions(rows: list[ItemRow]) -> tuple[ActionGroup, ...]:
    groups: dict[str, list[ItemRow]] = {}
    for row in rows:
        r = row.state.response
        if row.status != "gap" and not r.next_action:
            continue
        for name in r.institutions or (NO_INSTITUTION,):
            groups.setdefault(name, []).append(row)
    order = {row.code: n for n, row in enumerate(rows)}

    def key(row: ItemRow) -> tuple[dt.date, int, int]:
        r = row.state.response
        return (r.target_date or dt.date.max, scoring.PRIORITY_RANK.get(r.priority, 3), order[row.code])

    names = sorted((n for n in groups if n != NO_INSTITUTION), key=str.casefold)
    if NO_INSTITUTION in groups:
        names.append(NO_INSTITUTION)
    return tuple(ActionGroup(name, tuple(sorted(groups[name], key=key))) for name in names)


def gather(
    session: Session,
    assessment_id: int | str,
    *,
    lang: str = "en",
    compare: int | str | None = None,
    include_sensitive: bool = False,
    today: dt.date | None = None,
) -> ReportData:
    """Everything a report on ``assessment_id`` shows, read once."""
    record = assessments.get(session, assessment_id)
    info = assessments.info(record)
    framework = frameworks.loaded(record.framework)
    overview = scoring.overview(session, info.id, lang)
    rows, lines, withheld = _rows(session, framework, info, lang, include_sensitive)
    by_code = {row.code: row for row in rows}
    chapters = []
    for summary in overview.pillars:
        root = framework.item(summary.code)
        mine = tuple(row for row in rows if row.chapter == root.code)
        short = summary.title if root.kind == "pillar" else pick(framework.kinds.get(root.kind), lang) or summary.title
        chapters.append(Chapter(root.code, summary.title, short, pick(root.text, lang), summary, mine))
    gap_rows = tuple(by_code[s.code] for s in scoring.gaps(session, info.id, lang=lang))
    order = {row.code: n for n, row in enumerate(rows)}
    largest = sorted(
        gap_rows,
        key=lambda r: (-r.state.gap, scoring.PRIORITY_RANK.get(r.state.response.priority, 3), order[r.code]),
    )[:10]
    assistance = tuple(r for r in gap_rows if r.state.response.technical_assistance) + tuple(
        r for r in rows if r.status != "gap" and r.state.response.technical_assistance
    )
    scale = tuple(
        ScaleLevel(level.value, pick(level.label, lang), pick(level.description, lang))
        for level in framework.scale.levels
    )
    return ReportData(
        info=info,
        lang=lang,
        generated=today or dt.date.today(),
        framework_title=pick(framework.title, lang) or info.framework_title,
        scale=scale,
        law_label=pick(framework.dimensions.get("law"), lang) or "In law and institutions",
        practice_label=pick(framework.dimensions.get("practice"), lang) or "In practice",
        overall=overview.overall,
        chapters=tuple(chapters),
        items=tuple(rows),
        gaps=gap_rows,
        largest=tuple(largest),
        actions=_actions(rows),
        assistance=assistance,
        evidence=tuple(lines),
        withheld=withheld,
        include_sensitive=include_sensitive,
        comparison=compare_with(session, info, [row.state for row in rows], overview, compare, lang)
        if compare is not None
        else None,
    )
