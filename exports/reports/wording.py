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
from exports.reports.model import NO_INSTITUTION, ReportData

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
        return self(f"status_{status}")

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


def narrative(data: ReportData) -> str:
    """The executive summary in three or four sentences."""
    w = of(data)
    o = data.overall
    both = [
        r.state.response
        for r in data.items
        if r.state.response.law is not None
        and r.state.response.practice is not None
        and not r.state.response.not_applicable
    ]
    lagging = sum(1 for r in both if (r.practice or 0) < (r.law or 0))
    counts = {
        "assessable": w.number(o.assessable),
        "complete": w.number(o.complete),
        "missing": w.number(o.assessable - o.complete),
        "na": w.number(o.not_applicable),
    }
    parts = [
        w("narrative_items_na", **counts) if o.not_applicable else w("narrative_items", **counts),
        w("narrative_gaps", gaps=w.number(o.gaps), target=w.number(data.info.target)),
    ]
    if both:
        parts.append(w("narrative_lag", lagging=w.number(lagging), both=w.number(len(both))))
    if data.comparison is not None:
        c = data.comparison
        parts.append(
            w(
                "narrative_progress",
                previous=c.previous.label,
                improved=w.number(len(c.improved)),
                regressed=w.number(len(c.regressed)),
                new=w.number(len(c.new_gaps)),
                closed=w.number(len(c.closed_gaps)),
            )
        )
    from exports.reports import monitoring_text  # it builds on this module

    parts += monitoring_text.narrative(data)
    return w.language.sentence_gap.join(parts)


def methodology(data: ReportData) -> tuple[str, list[str]]:
    """The opening paragraph of the methodology and its rules on aggregation, one string each."""
    w = of(data)
    info = data.info
    opening = w(
        "method_opening",
        framework=data.framework_title,
        key=info.framework_key,
        version=info.framework_version,
        law=w.in_prose(w.law(data)),
        practice=w.in_prose(w.practice(data)),
    )
    rules = [
        w("rule_complete"),
        w("rule_means"),
        w("rule_target", target=w.number(info.target), label=w.framework_text(data.label(info.target))),
        w("rule_order"),
        w("rule_na"),
    ]
    return opening, rules


def cover_facts(data: ReportData) -> list[tuple[str, str]]:
    w = of(data)
    info = data.info
    facts = [
        (w("fact_framework"), w("fact_framework_value", title=data.framework_title, version=info.framework_version)),
        (w("fact_assessment"), info.title + (f", {info.period}" if info.period else "")),
        (w("fact_status"), w("fact_status_draft") if data.draft else w("fact_status_final")),
        (
            w("fact_target"),
            w(
                "fact_target_value",
                target=w.number(info.target),
                label=w.framework_text(data.label(info.target)),
                low=w.number(info.scale_min),
                high=w.number(info.scale_max),
            ),
        ),
        (
            w("fact_items"),
            w(
                "fact_items_value",
                assessable=w.number(data.overall.assessable),
                complete=w.number(data.overall.complete),
            ),
        ),
        (w("fact_date"), w.long_date(data.generated)),
        (w("fact_changed"), w.long_date(info.updated_at.date())),
    ]
    if data.comparison is not None:
        facts.append((w("fact_compared"), data.comparison.previous.label))
    return facts
