"""PDF gap report of the 2,000-item assessment against a plain ReportLab document with the same tables and text.

    .venv/bin/python benchmarks/bench_pdf_report.py [--runs 3]

Figure: ``exports.reports.writer.export(session, id, out, "pdf")`` in process on a copy of the synthetic
assessment (gathering the data from the database, laying out, writing, fsync and rename), as
``assess report`` and the window do it.

Baseline: a plain ReportLab document built from the same gathered content (gathered before the
clock starts): the same cover and contents text, the pillar table and the ten largest gaps, the
gap register, one chapter per pillar with every item's text, source, scores, rationale, fields and
evidence lines as paragraphs, the action plan tables, the technical assistance tables, the evidence
annex and the methodology, with the same column widths, portrait and landscape pages, LongTables
with Paragraph cells and the same embedded Noto Sans font (registered before the clock starts for
both). It leaves out what only the report has: charts, header, footer, "page X of Y", watermark,
outline and contents page numbers, per-script font fallback and right-to-left layout.

Both sides run in one process, alternated, after the fonts are registered. Target: at most 1.5x.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import Result, arguments, finish, fmt_time, fresh_copy, isolate, large_database


def plain_document(data: Any, target: Path, font: str, bold: str) -> int:
    """The same tables and text as the gap report, with nothing but stock ReportLab; the page count."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        LongTable,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Table,
        TableStyle,
    )

    margin = 18 * mm
    wide = landscape(A4)
    portrait_width = A4[0] - 2 * margin
    landscape_width = wide[0] - 2 * margin
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=12.5, spaceAfter=4)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=2)
    cell_style = ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9.2, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=17, leading=21, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=body, fontName=bold, fontSize=12, leading=15, spaceBefore=10, spaceAfter=5)
    item_style = ParagraphStyle("item", parent=body, fontName=bold, fontSize=10, leading=13, spaceBefore=12)

    def p(value: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(value), style)

    def c(value: str) -> Any:
        return value if value.isascii() and len(value) <= 12 else Paragraph(escape(value), cell_style)

    def grid(rows: list[list[Any]], widths: list[float]) -> Table:
        kind = LongTable if len(rows) > 30 else Table
        made = kind(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        made.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),
                    ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                    ("FONTNAME", (0, 0), (-1, 0), bold),
                ]
            )
        )
        return made

    def score(value: int | None) -> str:
        return "–" if value is None else str(value)

    def gap_line(row: Any, with_ta: bool) -> list[Any]:
        r = row.state.response
        line = [
            row.code,
            c(row.short),
            score(r.law),
            score(r.practice),
            str(row.state.gap),
            r.priority or "–",
            c(", ".join(r.institutions) or "–"),
        ]
        if with_ta:
            line += [r.target_date.isoformat() if r.target_date else "–", c(r.technical_assistance or "–")]
        return line

    def frame(size: tuple[float, float], name: str) -> Frame:
        return Frame(
            margin,
            margin,
            size[0] - 2 * margin,
            size[1] - 2 * margin,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    doc = BaseDocTemplate(str(target), pagesize=A4)
    doc.addPageTemplates(
        [
            PageTemplate("portrait", [frame(A4, "portrait")], pagesize=A4),
            PageTemplate("landscape", [frame(wide, "landscape")], pagesize=wide),
        ]
    )
    info = data.info
    story: list[Any] = [p(info.country, h1), p(f"{info.title} ({info.period})", h2), p("Gap report and action plan")]
    story += [PageBreak(), p("Contents", h1)]
    story += [
        p(title)
        for title in [
            "Executive summary",
            "Gap register",
            *(ch.title for ch in data.chapters),
            "Action plan by responsible institution",
            "Technical assistance needs",
            "Evidence annex",
            "Methodology",
        ]
    ]
    story += [PageBreak(), p("Executive summary", h1), p("Scores and gaps by pillar", h2)]
    pillar_rows: list[list[Any]] = [["Pillar", "Items", "Complete", "N/A", "Law", "Practice", "Gaps"]]
    for s in [ch.summary for ch in data.chapters] + [data.overall]:
        pillar_rows.append(
            [
                c(s.title),
                str(s.assessable),
                str(s.complete),
                str(s.not_applicable),
                f"{s.law_mean or 0:.1f}",
                f"{s.practice_mean or 0:.1f}",
                str(s.gaps),
            ]
        )
    story.append(grid(pillar_rows, [portrait_width - 206, 30, 56, 26, 38, 28, 28]))
    story += [p("The ten largest gaps", h2)]
    story.append(
        grid(
            [
                ["Code", "Item", "Law", "Practice", "Gap", "Priority", "Responsible"],
                *(gap_line(r, False) for r in data.largest),
            ],
            [46, portrait_width - 306, 26, 36, 24, 44, 130],
        )
    )

    story += [NextPageTemplate("landscape"), PageBreak(), p("Gap register", h1)]
    fixed = [46, 26, 36, 24, 44, 150, 52, 160]
    header = [
        "Code",
        "Item",
        "Law",
        "Practice",
        "Gap",
        "Priority",
        "Responsible institution",
        "Target date",
        "Technical assistance needed",
    ]
    story.append(
        grid([header, *(gap_line(r, True) for r in data.gaps)], [fixed[0], landscape_width - sum(fixed), *fixed[1:]])
    )

    kinds = {"file": "File", "link": "Link", "citation": "Legal citation"}
    for chapter in data.chapters:
        story += [NextPageTemplate("portrait"), PageBreak(), p(chapter.title, h1)]
        if chapter.intro:
            story.append(p(chapter.intro))
        shown: tuple[tuple[str, str], ...] = ()
        for row in chapter.items:
            if row.ancestors != shown:
                story += [p(title, h2 if depth == 0 else body) for depth, (_, title) in enumerate(row.ancestors)]
                shown = row.ancestors
            r = row.state.response
            story.append(p(f"{row.code}   {row.status_label.upper()}", item_style))
            story.append(p(row.text))
            scores = (
                "Not applicable"
                if r.not_applicable
                else (
                    f"{data.law_label}: {score(r.law)} · {data.practice_label}: {score(r.practice)}"
                    f" · Gap: {row.state.gap} · Priority: {r.priority or '–'}"
                )
            )
            story.append(p(f"{row.source}\n{scores}", small))
            if r.not_applicable:
                story.append(p(f"Why not applicable: {r.na_justification}", small))
            if r.rationale:
                story.append(p(f"RATIONALE {r.rationale}"))
            fields = [
                ("Responsible", "; ".join(r.institutions)),
                ("Next action", r.next_action),
                ("Technical assistance needed", r.technical_assistance),
            ]
            lines = [f"{label}: {value}" for label, value in fields if value]
            if lines:
                story.append(p(" / ".join(lines), small))
            evidence = []
            for e in row.evidence:
                parts = [f"{kinds.get(e.kind, e.kind)}: {e.label}", e.url or e.citation, e.description]
                if e.kind == "file":
                    parts.append(f"SHA-256 {e.sha256[:16]}… ({e.size:,} bytes)")
                evidence.append("• " + " — ".join(x for x in parts if x))
            if row.links:
                evidence.append(f"See also (cross-walk): {', '.join(row.links)}")
            if evidence:
                story.append(p("EVIDENCE " + " ".join(evidence), small))

    story += [NextPageTemplate("landscape"), PageBreak(), p("Action plan by responsible institution", h1)]
    fixed = [52, 46, 24, 44, 210, 150]
    widths = [fixed[0], fixed[1], landscape_width - sum(fixed), *fixed[2:]]
    for group in data.actions:
        story.append(p(group.institution, h2))
        rows: list[list[Any]] = [
            ["Target date", "Code", "Item", "Gap", "Priority", "Next action", "Technical assistance needed"]
        ]
        for row in group.items:
            r = row.state.response
            rows.append(
                [
                    r.target_date.isoformat() if r.target_date else "no date",
                    row.code,
                    c(row.short),
                    str(row.state.gap) if row.status == "gap" else "–",
                    r.priority or "–",
                    c(r.next_action or "–"),
                    c(r.technical_assistance or "–"),
                ]
            )
        story.append(grid(rows, widths))

    story += [NextPageTemplate("portrait"), PageBreak(), p("Technical assistance needs", h1)]
    fixed = [46, 44, 110, 170]
    rows = [["Code", "Item", "Priority", "Responsible", "Technical assistance needed"]]
    for row in data.assistance:
        r = row.state.response
        rows.append(
            [row.code, c(row.short), r.priority or "–", c(", ".join(r.institutions) or "–"), c(r.technical_assistance)]
        )
    story.append(grid(rows, [fixed[0], portrait_width - sum(fixed), *fixed[1:]]))

    story += [PageBreak(), p("Evidence annex", h1)]
    rows = [["Item", "Kind", "Evidence and SHA-256 fingerprint", "Bytes"]]
    for e in data.evidence:
        entry: list[Any] = [Paragraph(escape(e.label), cell_style)]
        if e.description:
            entry.append(Paragraph(escape(e.description), cell_style))
        detail = f"SHA-256 {e.sha256}" if e.kind == "file" else (e.url or e.citation)
        if detail and detail != e.label:
            entry.append(Paragraph(escape(detail), cell_style))
        rows.append([e.item_code, kinds.get(e.kind, e.kind), entry, f"{e.size:,}" if e.size else ""])
    story.append(grid(rows, [46, 52, portrait_width - 150, 52]))

    story += [PageBreak(), p("Methodology", h1)]
    story.append(
        grid(
            [["Score", "Level", "Meaning"], *([str(s.value), c(s.label), c(s.description)] for s in data.scale)],
            [36, 110, portrait_width - 146],
        )
    )
    doc.build(story)
    return int(doc.page)


def main() -> int:
    args = arguments(__doc__.splitlines()[0], default_runs=3)
    folder = isolate("pdf")
    source, assessment_id = large_database()
    db = fresh_copy(source, folder, "large.sqlite")

    from db import open_store
    from exports.reports import fonts, writer
    from exports.reports.model import gather

    started = time.perf_counter()
    fonts.register()
    registering = time.perf_counter() - started
    store = open_store(db)
    with store.session() as session:
        data = gather(session, assessment_id)

    def figure() -> float:
        target = folder / "report.pdf"
        target.unlink(missing_ok=True)
        started = time.perf_counter()
        with store.session() as session:
            writer.export(session, assessment_id, target, "pdf")
        return time.perf_counter() - started

    pages: dict[str, int] = {}

    def baseline(font: str = fonts.REGULAR, bold: str = fonts.BOLD, name: str = "plain.pdf") -> float:
        target = folder / name
        started = time.perf_counter()
        pages[name] = plain_document(data, target, font, bold)
        return time.perf_counter() - started

    base_runs, figure_runs = [], []
    for _ in range(args.runs):
        base_runs.append(baseline())
        figure_runs.append(figure())
    helvetica = baseline("Helvetica", "Helvetica-Bold", "plain-helvetica.pdf")
    store.close()
    report_pages = _pages(folder / "report.pdf")
    result = Result(
        key="pdf_report",
        figure="PDF gap report of the 2,000-item assessment (gather + lay out + write)",
        baseline_label="plain ReportLab document with the same tables and text, same embedded font",
        target="at most 1.5x",
        target_ratio=1.5,
        baseline_runs=base_runs,
        measured_runs=figure_runs,
        extra={
            "content": f"{len(data.items)} items, {len(data.gaps)} gaps, {len(data.evidence)} evidence lines "
            f"({data.withheld} sensitive withheld), {sum(len(g.items) for g in data.actions)} action-plan rows",
            "pages (report / plain)": f"{report_pages} / {pages.get('plain.pdf')}",
            "plain document in Helvetica instead, information": fmt_time(helvetica),
            "font registration (once per process, before timing)": fmt_time(registering),
            "report size": f"{(folder / 'report.pdf').stat().st_size / 1e6:.1f} MB",
        },
    )
    result.extra["plain_helvetica_s"] = helvetica
    return finish(result, args)


def _pages(path: Path) -> int | None:
    try:
        import pypdf

        return len(pypdf.PdfReader(path).pages)
    except Exception:  # pypdf is a test dependency; the page count is only information
        return None


if __name__ == "__main__":
    raise SystemExit(main())
