"""The items of a package's ``responses.json``: each response checked against its framework, scale and members.

Every item must be an assessable item of the package's framework, named once, with scores on the
scale and a consistent N/A; every evidence file it names must be a member of the package with the
size it says, and every evidence member must be named by an item.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import framework as fw
from assess import edits
from assess.errors import InvalidInput
from assess.evidence import check_link
from assess.fields import FIELDS, SCORES
from assess.merge import Fields, IncomingEvidence, IncomingItem
from assess.vocabulary import EvidenceKind
from exports.exchange.spec import EVIDENCE_PREFIX, RESPONSES, BadPackage, evidence_member, parse_timestamp

if TYPE_CHECKING:
    from exports.exchange.read import Package


def _evidence(entry: dict[str, Any], label: str, code: str) -> IncomingEvidence:
    kind = EvidenceKind(entry["kind"])
    url = entry["url"]
    if kind == EvidenceKind.LINK:
        try:  # the same rule as for a link typed in: a file, a share or a script is never let in
            url = check_link(url)
        except InvalidInput as exc:
            raise BadPackage(
                "{label}: a link of {code}: {problem} Nothing was imported.", label=label, code=code, problem=exc.text
            ) from None
    elif url:
        raise BadPackage(
            "{label}: evidence of {code} that is not a link gives a link. Nothing was imported.", label=label, code=code
        )
    return IncomingEvidence(
        kind=kind,
        name=entry["name"],
        description=entry["description"],
        url=url,
        citation=entry["citation"],
        sha256=entry["sha256"],
        size=entry["size"],
        sensitive=entry["sensitive"],
        added_by=entry.get("added_by", ""),
        added_at=parse_timestamp(entry["added_at"]),
    )


def _cleaned(code: str, fields: Fields, scale: tuple[int, int]) -> Fields:
    """The fields as the services would store them (:func:`assess.edits.checked`: texts trimmed, each institution
    named once, scores on the scale), so that what is imported is what the package says, and a merge compares
    like with like. InvalidInput for what the services would refuse."""
    wanted = edits.checked(code, fields.changes(), scale[0], scale[1], False, "")
    return Fields(**{f.name: wanted.get(f, getattr(fields, f.name)) for f in FIELDS})  # type: ignore[arg-type]


def items_of(
    package: Package, document: dict[str, Any], framework: fw.Framework, scale: tuple[int, int]
) -> tuple[IncomingItem, ...]:
    label = package.path.name
    items = []
    seen: set[str] = set()
    used: set[str] = set()
    for entry in document["items"]:
        code = entry["code"]
        if code in seen:
            raise BadPackage(
                "{label}: {member} lists item {code} twice. Nothing was imported.",
                label=label,
                member=RESPONSES,
                code=code,
            )
        seen.add(code)
        if not framework.has(code) or not framework.item(code).assessable:
            raise BadPackage(
                "{label}: {member} holds {code}, which is not an assessable item of its framework.",
                label=label,
                member=RESPONSES,
                code=code,
            )
        evidence = tuple(_evidence(e, label, code) for e in entry["evidence"])
        for proof in evidence:
            if proof.kind == EvidenceKind.FILE:
                declared = package.sizes.get(evidence_member(proof.sha256))
                if declared is None:
                    raise BadPackage(
                        "{label} is incomplete: the evidence file {name} of {code} is missing.",
                        label=label,
                        name=proof.name,
                        code=code,
                    )
                if declared[0] != proof.size:
                    raise BadPackage(
                        "{label} is not a safe Assess package: the evidence file {name} of {code} has two different "
                        "sizes. Nothing was imported.",
                        label=label,
                        name=proof.name,
                        code=code,
                    )
                used.add(evidence_member(proof.sha256))
        response, base = entry["response"], entry["base"]
        try:
            fields = Fields.from_json(response)
            base_fields = Fields.from_json(base) if base is not None else None
        except InvalidInput as exc:
            raise BadPackage(
                "{label}: item {code}: {problem}. Nothing was imported.", label=label, code=code, problem=exc.text
            ) from None
        for value in (getattr(fields, score.name) for score in SCORES):
            if value is not None and not scale[0] <= value <= scale[1]:
                raise BadPackage(
                    "{label}: item {code} is scored {value}, off its scale ({low} to {high}). Nothing was imported.",
                    label=label,
                    code=code,
                    value=value,
                    low=scale[0],
                    high=scale[1],
                )
        try:
            fields = _cleaned(code, fields, scale)
            base_fields = _cleaned(code, base_fields, scale) if base_fields is not None else None
        except InvalidInput as exc:
            raise BadPackage(
                "{label}: item {code}: {problem} Nothing was imported.", label=label, code=code, problem=exc.text
            ) from None
        updated_at = response.get("updated_at")
        items.append(
            IncomingItem(
                code=code,
                fields=fields,
                base=base_fields,
                base_version=base["version"] if base is not None else None,
                evidence=evidence,
                updated_by=response.get("updated_by", ""),
                updated_at=parse_timestamp(updated_at) if updated_at else None,
            )
        )
    unused = sorted(n for n in package.sizes if n.startswith(EVIDENCE_PREFIX) and n not in used)
    if unused:
        raise BadPackage(
            "{label} is not a safe Assess package: it holds {name}, which no item refers to. Nothing was imported.",
            label=label,
            name=unused[0],
        )
    return tuple(items)
