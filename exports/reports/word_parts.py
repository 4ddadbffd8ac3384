"""The front and body of the editable document, in the order of the PDF report (see :mod:`exports.reports.word`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exports.reports import chart_png, record, word_back, word_monitoring, wording
from exports.reports.model import ItemRow, ReportData, detail

if TYPE_CHECKING:
    from exports.reports.word import Writer


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)


def _columns(w: Writer, *names: str) -> list[str]:
    return [w.w(f"col_{name}") for name in names]


def cover(w: Writer) -> None:
    data, t = w.data, w.w
    w.para(t("cover_kicker"), size=8)
    w.para(data.info.country, "Title")
    w.para(data.info.heading, "Subtitle")
    w.para(t("cover_title"), size=14)
    facts = record.cover_facts(data)
    w.table(None, facts, [4.5, w.text_width - 4.5])
    if data.draft:
        w.para(t("watermark"), bold=True, size=28)
        w.para(t.bold(t("draft_note"), markup=False))
    if data.include_sensitive:
        w.para(t.bold(t("restricted"), markup=False), bold=True)
    approval_page(w)
    w.page_break()
    w.contents_heading = w.para(t("contents"), "TOC Heading")


def approval_page(w: Writer) -> None:
    """Who approved a final assessment, its status history and lines to sign; nothing for a draft."""
    data, t = w.data, w.w
    facts = record.approval_facts(data)
    if data.draft or not facts:
        return
    w.page_break()
    w.heading(t("approval"))
    w.para(t("approval_intro"))
    w.table(None, facts, [4.5, w.text_width - 4.5])
    entry = data.approved
    if entry is not None and entry.forced:
        w.para(t("approval_forced"), bold=True)
    w.heading(t("revisions"), 2)
    w.table(_columns(w, "when", "by", "note"), record.revisions(data), [2.5, 3.5, w.text_width - 6.0])
    name = ""
    if entry is not None and entry.approval is not None:
        name = ", ".join(x for x in (entry.approval.approved_by, entry.approval.role) if x)
    w.para("")
    w.para("")
    w.para("_" * 40 + "      " + "_" * 20)
    w.para(f"{t('signature')}: {name}", size=9)
    w.para(f"{t('signature_date')}:", size=9)


def summary(w: Writer) -> None:
    data, t = w.data, w.w
    o = data.overall
    w.page_break()
    w.heading(t("summary"))
    w.para(
        t.plural(
            "summary_line",
            o.assessable,
            percent=t.percent(o.completion),
            complete=t.number(o.complete),
            law=t.in_prose(t.law(data)),
            law_mean=t.decimal(o.law_mean),
            practice=t.in_prose(t.practice(data)),
            practice_mean=t.decimal(o.practice_mean),
            gaps=t.number(o.gaps),
            **{name: t.number(o.by_severity.get(name, 0)) for name in ("critical", "major", "minor")},
        ),
        bold=True,
    )
    w.heading(t("findings"), 2)
    found = wording.findings(data)
    if not found:
        w.para(t("no_findings"))
    for title, finding in found:
        w.heading(title, 3)
        for paragraph in finding.split("\n"):
            if paragraph.strip():
                w.para(paragraph)
    w.heading(t("in_numbers"), 2)
    for paragraph in wording.narrative(data):
        w.para(paragraph)
    w.heading(t("by_pillar"), 2)
    rows = []
    for s in [c.summary for c in data.chapters] + [o]:
        sv = s.by_severity
        target = wording.pillar_target(data, s.code) if s.code != "ALL" else data.info.target
        rows.append(
            [
                t.pillar(s.code, s.title),
                t.number(s.assessable),
                t.number(s.complete),
                t.number(target),
                t.decimal(s.law_mean),
                t.decimal(s.practice_mean),
                t.number(s.gaps),
                t.number(sv.get("critical", 0)),
                t.number(sv.get("major", 0)),
                t.number(sv.get("minor", 0)),
            ]
        )
    w.table(
        _columns(w, "pillar", "items", "complete", "target", "law", "practice", "gaps", "critical", "major", "minor"),
        rows,
        [w.text_width - 13.5, 1.2, 1.6, 1.1, 1.2, 1.6, 1.2, 1.2, 1.6, 1.2],
    )
    info = data.info
    w.heading(t("chart_heading"), 2)
    w.picture(
        chart_png.pillar_chart(data),
        t("chart_note", low=t.number(info.scale_min), high=t.number(info.scale_max)),
        wording.chart_text(data),
    )
    w.heading(t("matrix_heading"), 2)
    w.picture(chart_png.matrix_chart(data), t("matrix_note"), wording.matrix_text(data, *wording.lag_counts(data)))
    w.heading(t("largest"), 2)
    if data.largest:
        w.table(
            _columns(w, "code", "item", "law", "practice", "target", "gap", "priority", "responsible"),
            _gap_rows(data, data.largest),
            [1.8, w.text_width - 13.0, 1.1, 1.5, 1.3, 2.0, 1.6, 3.7],
        )
    else:
        w.para(t("no_gaps"))


def _gap_rows(data: ReportData, rows: tuple[ItemRow, ...], wide: bool = False) -> list[list[object]]:
    t = wording.of(data)
    result: list[list[object]] = []
    for row in rows:
        r = row.state.response
        line: list[object] = [
            row.code,
            row.text,
            _score(r.law),
            _score(r.practice),
            row.state.target,
            f"{row.state.gap} {t.severity(row.state.severity)}",
            t.priority(r.priority),
            ", ".join(r.institutions) or "–",
        ]
        if wide:
            line += [t.date(r.target_date), r.technical_assistance or "–"]
        result.append(line)
    return result


def register(w: Writer) -> None:
    data, t = w.data, w.w
    w.landscape(True)
    w.heading(t("register"))
    w.para(wording.register_intro(data), size=8)
    if not data.gaps:
        w.para(t("no_gaps"))
        return
    w.table(
        _columns(
            w,
            "code",
            "item",
            "law",
            "practice",
            "target",
            "gap",
            "priority",
            "institution",
            "target_date",
            "assistance",
        ),
        _gap_rows(data, data.gaps, wide=True),
        [1.8, 6.6, 1.0, 1.4, 1.2, 1.8, 1.5, 3.8, 2.0, 4.6],
    )


def _item(w: Writer, data: ReportData, row: ItemRow) -> None:
    t = w.w
    r = row.state.response
    w.heading(f"{row.code} — {t.state(row)}", 3)
    w.para(row.text, "Quote")
    w.para(row.source, size=7.5)
    if r.not_applicable:
        w.para(t("not_applicable_because", reason=r.na_justification))
    else:
        scores = [
            f"{label}{t.colon}{_score(value)} ({t.framework_text(data.label(value))})"
            if value is not None
            else f"{label}{t.colon}{t('not_scored')}"
            for label, value in ((t.law(data), r.law), (t.practice(data), r.practice))
        ]
        scores.append(f"{t('target')}{t.colon}{wording.target_note(data, row)}")
        if row.state.severity is not None:
            scores.append(f"{t('gap')}{t.colon}{row.state.gap} ({t.severity(row.state.severity)})")
        if r.priority:
            scores.append(f"{t('priority')}{t.colon}{t.priority(r.priority)}")
        if r.target_date:
            scores.append(f"{t('target_date')}{t.colon}{t.date(r.target_date)}")
        w.para(" · ".join(scores), bold=True, size=9)
    for label, value in (
        (t("rationale"), r.rationale),
        (t("responsible"), "; ".join(r.institutions)),
        (t("next_action"), r.next_action),
        (t("assistance_needed"), r.technical_assistance),
    ):
        if value:
            w.para(label, bold=True, size=8)
            w.para(value)
    if row.evidence:
        w.para(t("evidence"), bold=True, size=8)
        for e in row.evidence:
            extra = f" — SHA-256 {e.sha256}" if e.sha256 else (f" — {detail(e)}" if detail(e) != e.label else "")
            w.para(
                f"{t.kind(e.kind)}{t.colon}{e.label}{extra}" + (f" {t('sensitive_mark')}" if e.sensitive else ""),
                "List Bullet",
            )
    if row.links:
        w.para(t("see_also", codes=", ".join(row.links)), size=8)


def chapters(w: Writer) -> None:
    data, t = w.data, w.w
    w.landscape(False)
    for number, part in enumerate(data.chapters):
        if number:
            w.page_break()
        w.heading(part.title)
        if part.intro:
            w.para(part.intro, "Quote")
        if part.finding:
            w.para(t("chapter_finding"), bold=True, size=8)
            w.para(part.finding)
        shown: tuple[tuple[str, str], ...] = ()
        for row in part.items:
            for depth, ancestor in enumerate(row.ancestors):
                if depth < len(shown) and shown[depth] == ancestor:
                    continue
                if depth == 0:
                    w.heading(f"{ancestor[0].split('-')[-1]}. {ancestor[1]}", 2)
                else:
                    w.para(ancestor[1], "Quote")
            shown = row.ancestors
            _item(w, data, row)


def write_all(w: Writer) -> None:
    for part in (cover, summary, register, chapters, word_monitoring.chapter, *word_back.PARTS):
        part(w)
    w.table_of_contents(w.contents_heading)
