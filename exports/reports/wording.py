"""The report's words in the chosen language, shared by the PDF, the editable document and the workbook.

:func:`of` gives the :class:`Wording` of a report: its labels, headings and prose from the message
catalogue of the report's language (:mod:`exports.reports.labels`), each label falling back to English on
its own when a language lacks it, and dates and numbers written the way that language writes them.
The framework's own texts (item texts, pillar titles) are not translated here: they come from the
framework in the report's language where it has one, else in English. Only the scale and the two
dimensions, which the methodology explains, are translated when the framework gives them in the
built-in English wording.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from exports.reports.labels import Language, language
from exports.reports.model import NO_INSTITUTION, ItemRow, ReportData

_BOLD = re.compile(r"\*\*(.+?)\*\*")
TAGS = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU", "ar": "ar-SA", "zh": "zh-CN"}
"""Each report language as the language tag (BCP 47) a PDF reader and a word processor's spelling checker use;
English is British, as in United Nations documents."""


@dataclass(frozen=True)
class Wording:
    """The messages and formats of one language; calling it gives a message with its values filled in."""

    language: Language
    english: Language

    @property
    def code(self) -> str:
        return self.language.code

    @property
    def tag(self) -> str:
        """The language tag of the report ("fr-FR", "zh-CN")."""
        return TAGS.get(self.code, self.code)

    @property
    def rtl(self) -> bool:
        return self.language.rtl

    @property
    def colon(self) -> str:
        """What follows a label before its value: ": ", " : " in French, "：" in Chinese."""
        return self.language.colon

    def __call__(self, key: str, /, **values: object) -> str:
        text = self.language.labels.get(key) or self.english.labels[key]
        return text.format(**values) if values else text

    def plural(self, key: str, count: int, /, **values: object) -> str:
        """The message ``key`` in the plural form that fits ``count`` in this language."""
        form = f"{key}_{self.language.plural(count)}"
        if form in self.language.labels:
            return self.language.labels[form].format(count=self.number(count), **values)
        if f"{key}_other" in self.language.labels:
            return self.language.labels[f"{key}_other"].format(count=self.number(count), **values)
        english = f"{key}_{self.english.plural(count)}"
        return self.english.labels[english].format(count=self.number(count), **values)

    # --- values -------------------------------------------------------------------------------------------------

    def number(self, value: int) -> str:
        return f"{value:,}".replace(",", self.language.group)

    def decimal(self, value: float | None, places: int = 1) -> str:
        """A mean score: "3.4" or "3,4"; a dash when there is none."""
        return "–" if value is None else f"{value:.{places}f}".replace(".", self.language.decimal)

    def signed(self, value: float | None) -> str:
        return "–" if value is None else f"{value:+.1f}".replace(".", self.language.decimal)

    def percent(self, fraction: float) -> str:
        return self.language.percent.format(value=round(fraction * 100))

    def date(self, day: dt.date | None) -> str:
        """A date in a table: "2026-12-31", "31/12/2026", "31.12.2026"."""
        if day is None:
            return "–"
        return self.language.short_date.format(day=day.day, month=day.month, year=day.year)

    def long_date(self, day: dt.date) -> str:
        """A date in a sentence: "31 December 2026", "31 décembre 2026", "2026年12月31日"."""
        return self.language.long_date(day)

    # --- words for the data's codes -----------------------------------------------------------------------------

    def status(self, status: str) -> str:
        """An item's state in words: "Meets target", "Gap"."""
        return self(f"status_{status}")

    def severity(self, severity: str | None) -> str:
        return self(f"severity_{severity}") if severity in ("minor", "major", "critical") else "–"

    def state(self, row: ItemRow) -> str:
        """An item's state with the severity of its gap: "Meets target", "Gap, critical"."""
        severity = row.state.severity
        if severity is None:
            return self.status(row.status)
        return self("gap_severity", severity=self.severity(severity))

    def priority(self, priority: str | None) -> str:
        return self(f"priority_{priority}") if priority in ("high", "medium", "low") else "–"

    def kind(self, kind: str) -> str:
        return self(f"kind_{kind}") if kind in ("file", "link", "citation") else kind

    def change(self, change: str) -> str:
        key = f"change_{change}"
        return self(key) if key in self.english.labels else change

    def assessment_status(self, status: str) -> str:
        return self(f"assessment_{status}") if status in ("final", "draft") else status

    def institution(self, name: str) -> str:
        return self("no_institution") if name == NO_INSTITUTION else name

    def pillar(self, code: str, title: str) -> str:
        """A pillar's title; the line summing up all pillars is "Overall" in this language."""
        return self("overall") if code == "ALL" else title

    def framework_text(self, text: str) -> str:
        """The scale and dimension wording of the built-in framework in this language; other texts unchanged."""
        return self.language.terms.get(text, text) if self.code != "en" else text

    def law(self, data: ReportData) -> str:
        return self.framework_text(data.law_label)

    def practice(self, data: ReportData) -> str:
        return self.framework_text(data.practice_label)

    def in_prose(self, label: str) -> str:
        """A dimension's label inside a sentence ("mean score in law and institutions")."""
        return label[:1].lower() + label[1:] if self.language.lower_in_prose else label

    def bold(self, text: str, markup: bool) -> str:
        """``**text**`` as bold markup, or as plain text (where the format has no inline bold)."""
        return _BOLD.sub(r"<b>\1</b>" if markup else r"\1", text)


@cache
def for_language(code: str) -> Wording:
    return Wording(language(code), language("en"))


def of(data: ReportData) -> Wording:
    return for_language(data.lang)


# --- the report's prose -----------------------------------------------------------------------------------------


def register_intro(data: ReportData) -> str:
    w = of(data)
    return w("register_intro", target=w.number(data.info.target))


def withheld(data: ReportData) -> str:
    if not data.withheld:
        return ""
    return of(data).plural("withheld", data.withheld)


def narrative(data: ReportData) -> list[str]:
    """The generated part of the executive summary: what the numbers mean, one paragraph per theme.

    Every sentence is counted by one number and written in the plural form that number takes in the report's
    language; the other numbers in it stand after a label ("critical 3"), where no agreement is needed.
    """
    w = of(data)
    o = data.overall
    gap = w.language.sentence_gap
    scored = o.complete - o.not_applicable
    coverage = [w.plural("narrative_scope", o.assessable), w.plural("narrative_scored", scored)]
    if o.assessable - o.complete:
        coverage.append(w.plural("narrative_missing", o.assessable - o.complete))
    if o.not_applicable:
        coverage.append(w.plural("narrative_na", o.not_applicable))
    paragraphs = [gap.join(coverage)]
    paragraphs.append(gap.join(_gaps(data)))
    lag = _lag(data)
    if lag:
        paragraphs.append(gap.join(lag))
    if data.comparison is not None:
        c = data.comparison
        paragraphs.append(
            gap.join(
                [
                    w.plural(
                        "narrative_improved",
                        len(c.improved),
                        previous=c.previous.heading,
                        regressed=w.number(len(c.regressed)),
                    ),
                    w.plural("narrative_closed", len(c.closed_gaps), new=w.number(len(c.new_gaps))),
                ]
            )
        )
    from exports.reports import monitoring_text  # it builds on this module

    figures = monitoring_text.narrative(data)
    if figures:
        paragraphs.append(gap.join(figures))
    return paragraphs


def _gaps(data: ReportData) -> list[str]:
    w = of(data)
    o = data.overall
    met = o.by_state.get("meets_target", 0)
    if not o.gaps:
        return [w("narrative_no_gaps")] + ([w.plural("narrative_met", met)] if met else [])
    severity = {name: w.number(o.by_severity.get(name, 0)) for name in ("critical", "major", "minor")}
    sentences = [w.plural("narrative_gaps", o.gaps, **severity)]
    if met:
        sentences.append(w.plural("narrative_met", met))
    largest = max(row.state.gap for row in data.gaps)
    codes = [row.code for row in data.gaps if row.state.gap == largest]
    shown = ", ".join(codes[:6])
    if len(codes) > 6:
        shown = ", ".join(codes[:5]) + ", " + w("and_more", count=w.number(len(codes) - 5))
    sentences.append(w.plural("narrative_largest", largest, codes=shown))
    most = max(data.chapters, key=lambda c: c.summary.gaps)
    if most.summary.gaps and len(data.chapters) > 1:
        sentences.append(w.plural("narrative_most_gaps", most.summary.gaps, pillar=most.title))
    return sentences


def _lag(data: ReportData) -> list[str]:
    w = of(data)
    both = [
        r.state.response
        for r in data.items
        if r.state.response.law is not None
        and r.state.response.practice is not None
        and not r.state.response.not_applicable
    ]
    if not both:
        return []
    lagging = sum(1 for r in both if (r.practice or 0) < (r.law or 0))
    sentences = [w.plural("narrative_lag", lagging, share=w.percent(lagging / len(both)))]
    spread = [
        (c.summary.law_mean - c.summary.practice_mean, c)
        for c in data.chapters
        if c.summary.law_mean is not None and c.summary.practice_mean is not None
    ]
    if lagging and spread:
        distance, widest = max(spread, key=lambda pair: pair[0])
        if distance > 0:
            sentences.append(
                w(
                    "narrative_lag_widest",
                    pillar=widest.title,
                    law=w.decimal(widest.summary.law_mean),
                    practice=w.decimal(widest.summary.practice_mean),
                )
            )
    return sentences


def findings(data: ReportData) -> list[tuple[str, str]]:
    """The key findings as (heading, text): the overall one, then one per pillar, as the team wrote them."""
    w = of(data)
    found = [(w("finding_overall"), data.finding)] if data.finding else []
    found += [(c.title, c.finding) for c in data.chapters if c.finding]
    return found


def target_note(data: ReportData, row: ItemRow) -> str:
    """An item's target, and where it comes from when it is not the assessment's: "4, set for PROS: why"."""
    w = of(data)
    s = row.state
    if not s.target_from:
        return w.number(s.target)
    key = "target_own" if s.target_from == row.code else "target_branch"
    return w(key, target=w.number(s.target), code=s.target_from, reason=s.target_reason)


def pillar_target(data: ReportData, code: str) -> int:
    """The target of a pillar: its own override, else the assessment's."""
    found = data.targets.overrides.get(code)
    return data.info.target if found is None else found.level


def chart_text(data: ReportData) -> str:
    """The pillar chart in words, for a reader who cannot see it."""
    w = of(data)
    values = [
        w(
            "chart_value",
            pillar=c.short_title,
            law=w.in_prose(w.law(data)),
            law_mean=w.decimal(c.summary.law_mean),
            practice=w.in_prose(w.practice(data)),
            practice_mean=w.decimal(c.summary.practice_mean),
            target=w.number(pillar_target(data, c.code)),
        )
        for c in data.chapters
    ]
    return w("chart_text", values="; ".join(values))


def lag_counts(data: ReportData) -> tuple[int, int, int]:
    """How many items have practice behind, level with and ahead of law (scored in both, not N/A)."""
    pairs = [
        (r.state.response.law, r.state.response.practice)
        for r in data.items
        if r.state.response.law is not None
        and r.state.response.practice is not None
        and not r.state.response.not_applicable
    ]
    behind = sum(1 for law, practice in pairs if practice < law)
    level = sum(1 for law, practice in pairs if practice == law)
    return behind, level, len(pairs) - behind - level


def matrix_text(data: ReportData, behind: int, level: int, ahead: int) -> str:
    w = of(data)
    return w(
        "matrix_text",
        behind=w("matrix_behind"),
        behind_count=w.number(behind),
        level=w("matrix_level"),
        level_count=w.number(level),
        ahead=w("matrix_ahead"),
        ahead_count=w.number(ahead),
    )
