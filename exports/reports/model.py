"""What a report shows, gathered once from the services, so that every writer only formats.

:func:`gather` reads the assessment once (:func:`assess.scoring.scorecard`, with its evidence) and, with
``compare``, the previous round once; :func:`report_data` then derives, without reading anything more,
every assessable item with its framework text in the chosen language, its response and its evidence
(sensitive evidence left out unless asked for), the gaps in register order, the action plan grouped by
responsible institution, the technical assistance needed, and the change against the previous round
(:mod:`assess.progress`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from assess import approval, assessments, findings, progress, scoring
from assess import methodology as method
from assess.approval import StatusEntry
from assess.assessments import AssessmentInfo
from assess.evidence import EvidenceView
from assess.methodology import Methodology
from assess.progress import Comparison
from assess.scoring import ItemState, ItemStatus, Scorecard, Summary
from assess.targets import Targets
from framework import Framework, pick

NO_INSTITUTION = "No institution assigned"


@dataclass(frozen=True)
class ItemRow:
    """One assessable item as the report prints it."""

    code: str
    chapter: str
    depth: int
    ancestors: tuple[tuple[str, str], ...]
    text: str
    source: str
    state: ItemState
    evidence: tuple[EvidenceView, ...]
    links: tuple[str, ...]

    @property
    def status(self) -> ItemStatus:
        return self.state.status


@dataclass(frozen=True)
class Chapter:
    code: str
    title: str
    short_title: str
    intro: str
    summary: Summary
    items: tuple[ItemRow, ...]
    finding: str = ""
    """The team's key finding on this pillar (empty: none written)."""


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
    targets: Targets
    finding: str = ""
    """The team's overall key finding (empty: none written)."""
    history: tuple[StatusEntry, ...] = ()
    """Every change of the assessment's status, oldest first."""
    methodology: Methodology = field(default_factory=Methodology)

    @property
    def draft(self) -> bool:
        return self.info.status != "final"

    @property
    def approved(self) -> StatusEntry | None:
        """The approval that made a final assessment final (None for a draft)."""
        return approval.current(self.history, self.info.status)

    def label(self, value: int | None) -> str:
        for level in self.scale:
            if level.value == value:
                return level.label
        return ""


def detail(e: EvidenceView) -> str:
    """What a link or citation points at (empty for a file, whose fingerprint identifies it)."""
    return e.url if e.kind == "link" else e.citation if e.kind == "citation" else ""


def gather(
    session: Session,
    assessment_id: int | str,
    *,
    lang: str = "en",
    compare: int | str | None = None,
    include_sensitive: bool = False,
    today: dt.date | None = None,
) -> ReportData:
    """Everything a report on ``assessment_id`` shows: the assessment read once, the previous round once."""
    card = scoring.scorecard(session, assessment_id, lang, with_evidence=True)
    previous = scoring.scorecard(session, compare, lang) if compare is not None else None
    assessment = assessments.get(session, card.info.id)
    judged = Judged(
        findings={scope: f.text for scope, f in findings.read(session, assessment).items()},
        history=approval.history(session, assessment.id),
        methodology=method.read(assessment),
    )
    return report_data(
        card, previous, include_sensitive=include_sensitive, today=today or dt.date.today(), judged=judged
    )


@dataclass(frozen=True)
class Judged:
    """What the team wrote and decided about the assessment, beside its scores: findings, approvals, methodology."""

    findings: dict[str, str]
    history: tuple[StatusEntry, ...] = ()
    methodology: Methodology = field(default_factory=Methodology)


def report_data(
    card: Scorecard,
    previous: Scorecard | None,
    *,
    include_sensitive: bool,
    today: dt.date,
    judged: Judged | None = None,
) -> ReportData:
    """What the report on ``card`` shows (compared with ``previous`` when given); reads nothing."""
    judged = judged or Judged({})
    framework, lang, info = card.framework, card.lang, card.info
    attached = card.evidence or ()
    shown = tuple(e for e in attached if include_sensitive or not e.sensitive)
    rows = _rows(card, shown)
    chapters = []
    for summary in card.overview.pillars:
        root = framework.item(summary.code)
        mine = tuple(row for row in rows if row.chapter == root.code)
        short = summary.title if root.kind == "pillar" else pick(framework.kinds.get(root.kind), lang) or summary.title
        chapters.append(
            Chapter(
                root.code,
                summary.title,
                short,
                pick(root.text, lang),
                summary,
                mine,
                judged.findings.get(root.code, ""),
            )
        )
    by_code = {row.code: row for row in rows}
    gap_rows = tuple(by_code[s.code] for s in card.gaps())
    order = {row.code: n for n, row in enumerate(rows)}
    largest = sorted(
        gap_rows,
        key=lambda r: (-r.state.gap, scoring.PRIORITY_RANK.get(r.state.response.priority, 3), order[r.code]),
    )[:10]
    assistance = tuple(r for r in gap_rows if r.state.response.technical_assistance) + tuple(
        r for r in rows if r.status != ItemStatus.GAP and r.state.response.technical_assistance
    )
    scale = tuple(
        ScaleLevel(level.value, pick(level.label, lang), pick(level.description, lang))
        for level in framework.scale.levels
    )
    return ReportData(
        info=info,
        lang=lang,
        generated=today,
        framework_title=pick(framework.title, lang) or info.framework_title,
        scale=scale,
        law_label=pick(framework.dimensions.get("law"), lang) or "In law and institutions",
        practice_label=pick(framework.dimensions.get("practice"), lang) or "In practice",
        overall=card.overview.overall,
        chapters=tuple(chapters),
        items=rows,
        gaps=gap_rows,
        largest=tuple(largest),
        actions=_actions(rows),
        assistance=assistance,
        evidence=shown,
        withheld=len(attached) - len(shown),
        include_sensitive=include_sensitive,
        comparison=progress.compare(previous, card) if previous is not None else None,
        targets=card.targets or Targets(info.target, info.target_reason, {}),
        finding=judged.findings.get(findings.OVERALL, ""),
        history=judged.history,
        methodology=judged.methodology,
    )


def _rows(card: Scorecard, shown: tuple[EvidenceView, ...]) -> tuple[ItemRow, ...]:
    framework, lang = card.framework, card.lang
    by_item: dict[str, list[EvidenceView]] = {}
    for line in shown:
        by_item.setdefault(line.item_code, []).append(line)
    rows = []
    for state in card.states:
        item = framework.item(state.code)
        rows.append(
            ItemRow(
                code=state.code,
                chapter=state.pillar,
                depth=item.depth,
                ancestors=_ancestors(framework, state.code, lang),
                text=state.text,
                source=item.source.cite(framework.documents),
                state=state,
                evidence=tuple(by_item.get(state.code, ())),
                links=tuple(code for code, _ in framework.links(state.code)),
            )
        )
    return tuple(rows)


def _ancestors(framework: Framework, code: str, lang: str) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    item = framework.item(code)
    while item.parent is not None:
        item = framework.item(item.parent)
        if item.parent is not None and not item.assessable:
            found.append((item.code, pick(item.title, lang) or pick(item.text, lang)))
    return tuple(reversed(found))


def _actions(rows: tuple[ItemRow, ...]) -> tuple[ActionGroup, ...]:
    groups: dict[str, list[ItemRow]] = {}
    for row in rows:
        r = row.state.response
        if row.status != ItemStatus.GAP and not r.next_action:
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
