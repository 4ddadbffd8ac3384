"""The ``assess data`` commands: an assessment's indicator figures and its own indicators.

::

    assess data show ASSESSMENT [INDICATOR] [--json]
    assess data set ASSESSMENT INDICATOR --period P (--value N | --clear) [--by DIMENSION=CATEGORY]
                    [--source TEXT] [--note TEXT]
    assess data template ASSESSMENT --out FILE.csv|FILE.xlsx [--period P ...]
    assess data import ASSESSMENT FILE
    assess data indicator add ASSESSMENT --code C --name N --unit U --measure ITEM ... [options]
    assess data indicator edit ASSESSMENT CODE [options]
    assess data indicator remove ASSESSMENT CODE

Each returns what to print; :mod:`assess.cli.commands` prints it once the change is committed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from assess import assessments, figures, indicators, monitoring, own_indicators
from assess.cli.text import as_json, shorten
from assess.errors import AssessError
from assess.figure_json import monitoring_json
from assess.figures import TOTAL, Change, Figures, mismatches
from assess.jsonshapes import assessment_json
from assess.monitoring import Series
from assess.numbers import as_text
from framework import pick
from framework.model import Direction, Indicator, Provenance, Unit


def add_parser(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    data = commands.add_parser("data", help="indicator figures over time: show, set, template, import, own indicators")
    actions = data.add_subparsers(dest="data_command", metavar="ACTION", required=True, parser_class=parser_class)
    show = actions.add_parser("show", help="the figures of every indicator, or of one")
    show.add_argument("assessment")
    show.add_argument("indicator", nargs="?")
    show.add_argument("--json", action="store_true")
    put = actions.add_parser("set", help="record a figure: the total, or one category of one dimension (--by)")
    put.add_argument("assessment")
    put.add_argument("indicator")
    put.add_argument("--period", required=True, metavar="P", help="a year (2024) or FIRST/LAST (2024-01-01/2024-06-30)")
    value = put.add_mutually_exclusive_group()
    value.add_argument("--value", metavar="N", help="the figure")
    value.add_argument("--clear", action="store_true", help="remove the figure")
    put.add_argument("--by", action="append", default=[], metavar="DIMENSION=CATEGORY", help="a category's figure")
    put.add_argument("--source", metavar="TEXT", help="where the period's figures come from")
    put.add_argument("--note", metavar="TEXT", help="a note on the quality of the period's figures")
    template = actions.add_parser("template", help="write a CSV or XLSX sheet of the figures to fill in (see docs)")
    template.add_argument("assessment")
    template.add_argument("--out", required=True, metavar="FILE", help="FILE.csv or FILE.xlsx")
    template.add_argument(
        "--period", action="append", default=[], metavar="P", help="add rows to fill for this period (repeatable)"
    )
    take = actions.add_parser("import", help="record the figures of a filled-in sheet (all or nothing)")
    take.add_argument("assessment")
    take.add_argument("file")
    own = actions.add_parser("indicator", help="add, change or remove the assessment's own indicators")
    own_actions = own.add_subparsers(
        dest="indicator_command", metavar="ACTION", required=True, parser_class=parser_class
    )
    add = own_actions.add_parser("add", help="add an indicator of the team's own")
    add.add_argument("assessment")
    add.add_argument("--code", required=True, help="its code, e.g. OWN-1")
    add.add_argument("--name", required=True)
    add.add_argument("--unit", required=True, choices=[u.value for u in Unit])
    _definition_options(add, required=True)
    edit = own_actions.add_parser("edit", help="change an own indicator (the options given)")
    edit.add_argument("assessment")
    edit.add_argument("code")
    edit.add_argument("--name")
    edit.add_argument("--unit", choices=[u.value for u in Unit])
    _definition_options(edit, required=False)
    remove = own_actions.add_parser("remove", help="remove an own indicator that holds no figures")
    remove.add_argument("assessment")
    remove.add_argument("code")


def _definition_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--measure", action="append", default=None, required=required, metavar="ITEM", help="an item it informs"
    )
    parser.add_argument("--definition", help="what exactly is counted or measured")
    parser.add_argument(
        "--by",
        action="append",
        default=None,
        metavar="DIMENSION[=CATEGORY,...]",
        help="a dimension it is broken down by (all its categories, or those named); give --by '' for none",
    )
    parser.add_argument("--target", metavar="N", help="the figure aimed for (empty: none)")
    parser.add_argument("--direction", choices=[*(d.value for d in Direction), "none"], help="which way is better")


def run(session: Session, args: argparse.Namespace, lang: str) -> str:
    action = args.data_command
    if action == "show":
        return show(session, args, lang)
    if action == "set":
        return set_figure(session, args, lang)
    if action == "template":
        from exports.reports.figure_sheet import write_template

        written = write_template(session, args.assessment, Path(args.out), args.period, lang=lang)
        return f"Template written to {written.path}: {written.rows} rows for {written.indicators} indicators."
    if action == "import":
        from exports.reports.figure_sheet import import_sheet

        done = import_sheet(session, args.assessment, Path(args.file))
        lines = [
            f"Read {done.figures} figures for {done.indicators} indicators and {done.periods} periods from "
            f"{Path(args.file).name}: {done.changed} new or changed, the others already recorded."
        ]
        lines += [f"Note: {m.text}" for m in done.mismatches]
        return "\n".join(lines)
    return own_indicator(session, args)


def _cell(by: list[str]) -> tuple[str, str]:
    if not by:
        return TOTAL
    if len(by) > 1:
        raise AssessError(
            "Give one --by at a time: figures are broken down by one dimension at a time (a figure for {one}, another "
            "for {other}), not by combinations.",
            one="sex=female",
            other="age=12-17",
        )
    dimension, equals, category = by[0].partition("=")
    if not equals or not dimension.strip() or not category.strip():
        raise AssessError("Write --by as DIMENSION=CATEGORY, for example {example}.", example="--by sex=female")
    return dimension.strip(), category.strip()


def set_figure(session: Session, args: argparse.Namespace, lang: str) -> str:
    if args.value is None and not args.clear and args.source is None and args.note is None:
        raise AssessError("Nothing to record: give --value N (or --clear), --source or --note.")
    if args.by and args.value is None and not args.clear:
        raise AssessError("--by names the category of a figure: give --value N (or --clear) with it.")
    values: dict[tuple[str, str], object] = {}
    if args.value is not None or args.clear:
        values[_cell(args.by)] = None if args.clear else args.value
    change = Change(args.indicator, args.period, values, source=args.source, note=args.note)
    shown = figures.record(session, args.assessment, change)
    indicator = indicators.of_assessment(session, args.assessment).get(args.indicator)
    lines = [f"{indicator.code} {shown.period.key}: {_period_line(indicator, shown, lang) or 'nothing recorded'}"]
    lines += [f"Note: {m.text}" for m in mismatches(indicator, shown)]
    return "\n".join(lines)


def _period_line(indicator: Indicator, f: Figures, lang: str) -> str:
    parts = [f"total {as_text(f.total)}" if f.total is not None else "no total"] if f.values else []
    for dimension in indicator.disaggregations:
        found = f.by(dimension.id)
        if found:
            shown = ", ".join(f"{c.id} {as_text(found[c.id])}" for c in dimension.categories if c.id in found)
            parts.append(f"{dimension.id}: {shown}")
    if f.source:
        parts.append(f"source: {shorten(f.source, 60)}")
    if f.note:
        parts.append(f"note: {shorten(f.note, 60)}")
    return "; ".join(parts)


def show(session: Session, args: argparse.Namespace, lang: str) -> str:
    assessment = assessments.get(session, args.assessment)
    read = monitoring.read(session, assessment)
    if args.indicator is not None:
        read.indicators.get(args.indicator)  # an unknown indicator is an error, not an empty list
    if args.json:
        return as_json(
            {
                "assessment": assessment_json(assessments.info(assessment)),
                **monitoring_json(read, lang, args.indicator),
            }
        )
    framework = read.indicators.framework
    lines = []
    if any(s.indicator.provenance is Provenance.SUGGESTION for s in read.series):
        lines += [f"* {pick(framework.suggestion_note, lang)}", ""]
    for s in read.series:
        if args.indicator is not None and s.code != args.indicator:
            continue
        lines += _series_lines(s, lang)
    gaps = [s.code for s in read.gaps if args.indicator is None or s.code == args.indicator]
    if read.latest_period is not None and gaps:
        lines += ["", f"No total for {read.latest_period.key}, the latest period: {', '.join(gaps)}"]
    return "\n".join(lines).rstrip()


def _series_lines(s: Series, lang: str) -> list[str]:
    indicator = s.indicator
    mark = {Provenance.SUGGESTION: "*", Provenance.TEAM: " (own)"}.get(indicator.provenance, "")
    head = f"{indicator.code:<10} {pick(indicator.name, lang)}{mark} [{indicator.unit.value}]"
    if not s.figures:
        return [f"{head}: no figures yet"]
    lines = [head]
    for f in s.figures:
        lines.append(f"  {f.period.key:<21} {_period_line(indicator, f, lang)}")
    lines += [f"  Note: {m.text}" for m in s.mismatches]
    summary = []
    if s.latest is not None:
        summary.append(f"latest {as_text(s.latest[1])} ({s.latest[0].key})")
    if s.change is not None and s.before_latest is not None:
        share = f", {s.relative_change:+.0%}" if s.relative_change is not None else ""
        summary.append(f"{'+' if s.change > 0 else ''}{as_text(s.change)}{share} on {s.before_latest[0].key}")
    if indicator.target is not None:
        met = {True: "met", False: "not met", None: "no figure yet"}[s.target_met]
        summary.append(f"target {as_text(indicator.target)}: {met}")
    if summary:
        lines.append("  " + "; ".join(summary))
    return lines


def own_indicator(session: Session, args: argparse.Namespace) -> str:
    action = args.indicator_command
    if action == "remove":
        gone = own_indicators.remove_own(session, args.assessment, args.code)
        return f"Removed the indicator {gone.code}."
    known = indicators.of_assessment(session, args.assessment)
    if action == "add":
        fields: dict[str, Any] = {"code": args.code, "name": args.name, "unit": args.unit, "measures": args.measure}
    else:
        fields = _current(known.get(args.code) if known.is_own(args.code) else _refuse_framework(args.code), known)
        fields |= {name: getattr(args, name) for name in ("name", "unit") if getattr(args, name) is not None}
        if args.measure is not None:
            fields["measures"] = args.measure
    if args.definition is not None:
        fields["definition"] = args.definition
    if args.by is not None:
        fields["disaggregations"] = [_dimension(text) for text in args.by if text.strip()]
    if args.target is not None:
        fields["target"] = args.target or None
    if args.direction is not None:
        fields["direction"] = None if args.direction == "none" else args.direction
    definition = own_indicators.check(known.framework, **fields)
    if action == "add":
        added = own_indicators.add_own(session, args.assessment, definition)
        return f"Added the indicator {added.code}."
    changed = own_indicators.edit_own(session, args.assessment, definition)
    return f"Changed the indicator {changed.code}."


def _refuse_framework(code: str) -> Indicator:
    raise AssessError("{code} is not one of the assessment's own indicators; only those can be changed.", code=code)


def _current(indicator: Indicator, known: indicators.Indicators) -> dict[str, Any]:
    current = own_indicators.definition_of(indicator, known.framework)
    return {
        "code": current.code,
        "name": current.name,
        "unit": current.unit,
        "measures": current.measures,
        "definition": current.definition,
        "disaggregations": current.disaggregations,
        "target": current.target,
        "direction": current.direction,
    }


def _dimension(text: str) -> tuple[str, list[str] | None]:
    dimension, equals, categories = text.partition("=")
    return dimension.strip(), [c for c in categories.split(",")] if equals else None
