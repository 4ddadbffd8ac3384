"""Choosing the part of an assessment to send: its items by pillar, by item, or by the institution responsible.

With no choice, the part is the whole assessment, or, for an assessment that was itself received as a part, the
part it was received as. The same choice makes a package (:mod:`exports.exchange.write`) and a workbook
(:mod:`exports.exchange.workbook_write`); a package records it in its manifest as its :class:`Selection`.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from assess import assessments, frameworks, scoring
from assess.errors import InvalidInput
from assess.merge import Selection, received_from


def chosen_items(
    session: Session, assessment_id: int, pillars: tuple[str, ...], items: tuple[str, ...], responsible: str | None
) -> tuple[list[scoring.ItemState], Selection, str | None]:
    """The item states of the part, the selection that names it and the institution it goes to (if any).

    Refuses (:class:`InvalidInput`) an unknown pillar, a code that is not an assessable item, an institution
    the assessment does not name, and a choice that matches no item.
    """
    assessment = assessments.get(session, assessment_id)
    states = scoring.item_states(session, assessment.id)
    framework = frameworks.loaded(assessment.framework)
    roots = {r.code for r in framework.roots()}
    unknown = [p for p in pillars if p not in roots]
    if unknown:
        raise InvalidInput(
            "Unknown pillar {pillars}; use one of {choices}.",
            pillars=", ".join(unknown),
            choices=", ".join(sorted(roots)),
        )
    codes = {s.code for s in states}
    for code in items:
        if code in codes:
            continue
        if framework.has(code):
            raise InvalidInput(
                "{code} is context, not an assessable item; give assessable item codes such as PROS-1.i or WG-11.b.",
                code=code,
            )
        raise InvalidInput(
            "{code} is not an item of this framework; give assessable item codes such as PROS-1.i or WG-11.b.",
            code=code,
        )
    received = received_from(session, assessment.id)
    if pillars or items:
        selection = Selection(tuple(pillars), tuple(items), None)
        states = [s for s in states if s.pillar in pillars or s.code in items]
    elif received is not None:
        selection = received.selection
        states = [s for s in states if s.code in received.base]
    else:
        selection = Selection()
    institution = received.institution if received is not None else None
    if responsible is not None:
        known = {name.casefold(): name for name in assessments.institutions(session, assessment.id)}
        name = known.get(" ".join(responsible.split()).casefold())
        if name is None:
            listed = ", ".join(sorted(known.values()))
            if not listed:
                raise InvalidInput(
                    "No institution named {name} in this assessment (known: none yet).", name=repr(responsible)
                )
            raise InvalidInput(
                "No institution named {name} in this assessment (known: {known}).", name=repr(responsible), known=listed
            )
        states = [s for s in states if name.casefold() in (i.casefold() for i in s.response.institutions)]
        selection = Selection(selection.pillars, selection.items, name)
        institution = name
    if not states:
        raise InvalidInput("No item of the assessment matches that choice; nothing was written.")
    return states, selection, institution
