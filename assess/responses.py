"""Scoring an item: reading a response and saving an edit of its fields (:mod:`assess.fields`).

One call is one edit: it is checked whole (:mod:`assess.edits`), recorded in the audit log field by
field, and either all of it is saved or none of it. Every edit takes one path, in the caller's
session (:func:`update`) or in a session of its own (:func:`save`, the window's way): one statement
reads the response with its assessment's scale, its institutions and its evidence count; then the
response is written where its ``version`` is still the one read (the same check as the model's
``version_id_col``), and its institutions and audit entries after it. When someone else saved the
response in between, the edit is rolled back and refused as a :class:`~assess.errors.StaleEdit`
saying what the response holds now.

Edits of different items of one assessment never wait for each other: on a server the read takes a
*shared* lock on the assessment's row (``FOR SHARE``), which keeps it from being marked final or
renamed until the edit is done but lets any number of edits run together, and the only row an edit
locks for itself is its own response. The assessment's row is not written by an edit: when it was
last changed is derived (:func:`assess.assessments.info`).

The edit is made by SQLAlchemy statements run in the session, not by changing ORM objects: a
flush costs several times the statements it runs, on the path of every key press the window saves.
Objects of the response or its assessment that the session holds are expired, so they are read
again as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NoReturn, Unpack, cast

from sqlalchemy import Connection, RowMapping, bindparam, delete, func, insert, select
from sqlalchemy import update as update_statement
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from assess import assessments, audit, edits, frameworks
from assess.errors import InvalidInput, NotFound, StaleEdit
from assess.fields import COLUMNS, FIELDS, INSTITUTIONS, Edit, Field, ResponseView
from assess.messages import UserText
from assess.users import check_can_edit, current_user
from assess.vocabulary import AssessmentStatus, Priority
from db import Store, clock
from db.models import Assessment, Base, Response

__all__ = ["PRIORITIES", "ResponseView", "find", "get", "save", "stale", "update", "view"]

OVERTAKEN_RETRIES = 5
"""How many times an edit of the response as it is (no ``expected_version``) is made again when someone saved the
same response between its read and its write."""
PRIORITIES: tuple[str, ...] = tuple(Priority)  # highest first, the order in which gaps are counted and ranked

_TABLES = Base.metadata.tables
_RESPONSES, _ASSESSMENTS, _EVIDENCE = _TABLES["responses"], _TABLES["assessments"], _TABLES["evidence"]
_INSTITUTIONS, _LINKS = _TABLES["institutions"], _TABLES["response_institutions"]

# A response with what an edit checks of its assessment and its evidence count: one row per institution (one with
# no institution when it has none), each with its position, so that the response is read in one statement.
_READ = (
    select(
        _RESPONSES,
        _ASSESSMENTS.c.status,
        _ASSESSMENTS.c.scale_min,
        _ASSESSMENTS.c.scale_max,
        select(func.count())
        .select_from(_EVIDENCE)
        .where(_EVIDENCE.c.response_id == _RESPONSES.c.id)
        .scalar_subquery()
        .label("evidence_count"),
        _INSTITUTIONS.c.name.label("institution"),
        _LINKS.c.position.label("link_position"),
    )
    .join_from(_RESPONSES, _ASSESSMENTS, _ASSESSMENTS.c.id == _RESPONSES.c.assessment_id)
    .outerjoin(_LINKS, _LINKS.c.response_id == _RESPONSES.c.id)
    .outerjoin(_INSTITUTIONS, _INSTITUTIONS.c.id == _LINKS.c.institution_id)
    .where(_RESPONSES.c.assessment_id == bindparam("assessment"), _RESPONSES.c.item_code == bindparam("code"))
)
# To edit: the assessment's row is read under a shared lock (on a server; SQLite's BEGIN IMMEDIATE locks the file), so
# that it cannot be marked final between this check of its status and the edit's commit.
_READ_TO_EDIT = _READ.with_for_update(read=True, of=_ASSESSMENTS)
_WRITE = (
    update_statement(_RESPONSES)
    .where(_RESPONSES.c.id == bindparam("response"), _RESPONSES.c.version == bindparam("read_version"))
    .values(
        {f.stored: bindparam(f.stored) for f in COLUMNS}
        | {"updated_by": bindparam("by"), "updated_at": bindparam("at"), "version": bindparam("read_version") + 1}
    )
)
_KNOWN = select(_INSTITUTIONS.c.id, _INSTITUTIONS.c.name).where(
    _INSTITUTIONS.c.assessment_id == bindparam("assessment")
)
_ADD = insert(_INSTITUTIONS).returning(_INSTITUTIONS.c.id)
_UNLINK = delete(_LINKS).where(_LINKS.c.response_id == bindparam("response"))
_LINK = insert(_LINKS)


@dataclass(frozen=True)
class _Read:
    """A response as an edit reads it: its row (with its assessment's status and scale) and its institutions."""

    row: RowMapping
    institutions: tuple[str, ...]

    def value(self, field: Field) -> object:
        return self.institutions if field is INSTITUTIONS else self.row[field.stored]

    def view(
        self, changed: Mapping[Field, object] | None = None, stamp: tuple[str, dt.datetime] | None = None
    ) -> ResponseView:
        """The response as read, or as written with the ``changed`` values and the ``stamp`` (who, when)."""
        row, changed = self.row, changed or {}
        values: dict[str, Any] = {f.name: changed[f] if f in changed else self.value(f) for f in FIELDS}
        by, at = stamp if stamp is not None else (row["updated_by"], row["updated_at"])
        return ResponseView(
            item_code=row["item_code"],
            **values,
            updated_by=by,
            updated_at=at,
            version=row["version"] + (stamp is not None),
            evidence_count=row["evidence_count"],
        )


def view(response: Response, evidence_count: int | None = None) -> ResponseView:
    """A response object as plain data; its evidence is counted unless ``evidence_count`` is given."""
    return ResponseView(
        item_code=response.item_code,
        **{f.name: getattr(response, f.name) for f in FIELDS if f is not INSTITUTIONS},
        institutions=tuple(i.name for i in response.institutions),
        updated_by=response.updated_by,
        updated_at=response.updated_at,
        version=response.version,
        evidence_count=len(response.evidence) if evidence_count is None else evidence_count,
    )


def find(session: Session, assessment: Assessment, code: str) -> Response:
    response = session.scalar(
        select(Response).where(Response.assessment_id == assessment.id, Response.item_code == code)
    )
    if response is None:
        _missing(assessment, code)
    return response


def _missing(assessment: Assessment, code: str) -> NoReturn:
    framework = frameworks.loaded(assessment.framework)
    if framework.has(code):
        raise InvalidInput("{code} is context, not an assessable item; it cannot be scored.", code=code)
    raise NotFound(
        "There is no item {code} in {framework} {version}. Item codes look like PROS-1, PROS-1.i, PROT-5, "
        "WG-11.b; see them with: assess framework show",
        code=code,
        framework=framework.id,
        version=framework.version,
    )


def _read(session: Session, assessment_id: int | str, code: str, *, to_edit: bool) -> _Read:
    """The response ``code`` of an assessment, read in one statement; with ``to_edit``, only if this user may
    change it now. A clear error for an assessment or item that is not there, or a final assessment."""
    if to_edit:
        check_can_edit(session)
    key = assessments.key(assessment_id)
    session.flush()  # what the session holds as changed objects is read as changed
    statement = _READ_TO_EDIT if to_edit else _READ
    rows = session.connection().execute(statement, {"assessment": key, "code": code}).mappings().all()
    if not rows:
        assessment = assessments.editable(session, key) if to_edit else assessments.get(session, key)
        _missing(assessment, code)
    row = rows[0]
    if to_edit and row["status"] == AssessmentStatus.FINAL:
        assessments.editable(session, key)  # says why not
    # Sorted here: in the statement, sorting a few rows costs more than reading them.
    linked = sorted((r["link_position"], r["institution"]) for r in rows if r["institution"] is not None)
    return _Read(row, tuple(name for _, name in linked))


def get(session: Session, assessment_id: int | str, code: str) -> ResponseView:
    return _read(session, assessment_id, code, to_edit=False).view()


def update(
    session: Session,
    assessment_id: int | str,
    code: str,
    *,
    expected_version: int | None = None,
    user: str | None = None,
    origin: str = "",
    **edit: Unpack[Edit],
) -> ResponseView:
    """Change the named fields of one response in ``session``'s transaction; fields left out stay as they are.

    Setting a score on an item marked N/A makes it applicable again. ``expected_version`` refuses the
    edit when someone else saved the response after it was read. Should writing fail, the session's
    transaction is rolled back, so that nothing of the edit can be committed.
    """
    edits.check_names(edit)
    user = user or current_user(session)
    read = _read(session, assessment_id, code, to_edit=True)
    row = read.row
    if expected_version is not None and row["version"] != expected_version:
        raise stale(read.view())
    wanted = edits.checked(
        code, edit, row["scale_min"], row["scale_max"], row["not_applicable"], row["na_justification"]
    )
    key = row["assessment_id"]
    connection = session.connection()
    known: dict[str, tuple[int, str]] = {}
    if INSTITUTIONS in wanted:
        # A name the assessment already holds keeps its spelling: "LABOUR INSPECTORATE" is the Labour Inspectorate.
        known = {name.casefold(): (number, name) for number, name in connection.execute(_KNOWN, {"assessment": key})}
        names = cast(tuple[str, ...], wanted[INSTITUTIONS])
        wanted[INSTITUTIONS] = tuple(known[n.casefold()][1] if n.casefold() in known else n for n in names)
    changed = {field: new for field, new in wanted.items() if new != read.value(field)}
    if not changed:
        return read.view()
    now = clock.now(session)
    try:
        values = {f.stored: changed[f] if f in changed else row[f.stored] for f in COLUMNS}
        written = connection.execute(
            _WRITE, {**values, "response": row["id"], "read_version": row["version"], "by": user, "at": now}
        )
        if written.rowcount != 1:
            raise _Overtaken
        if INSTITUTIONS in changed:
            _link(connection, key, row["id"], code, cast(tuple[str, ...], changed[INSTITUTIONS]), known)
        for field, new in changed.items():
            audit.record(
                session,
                user=user,
                assessment_id=key,
                item_code=code,
                entity="response",
                field=field.stored,
                old=read.value(field),
                new=new,
                origin=origin,
                at=now,
            )
    except _Overtaken:
        # Someone saved between our read and our write. Undo this edit and show what is there now.
        session.rollback()
        raise stale(get(session, assessment_id, code)) from None
    except BaseException:
        session.rollback()  # nothing of the edit may be committed
        raise
    _forget_held(session, key, row["id"])
    return read.view(changed, (user, now))


def save(
    store: Store,
    assessment_id: int | str,
    code: str,
    *,
    expected_version: int | None = None,
    user: str | None = None,
    origin: str = "",
    **edit: Unpack[Edit],
) -> ResponseView:
    """:func:`update` in a transaction of its own: what the window does for every edit.

    On an SQLite file the transaction takes the write lock before the response is read (waiting for
    another writer as long as the store's busy timeout), so nobody can save it in between; on a
    server, a save made in between is refused as a :class:`StaleEdit`. Without ``expected_version`` (the
    command line, which edits the response as it is), that refusal only means someone was quicker: the edit
    is made again on what they saved, a few times at most.
    """
    for attempt in range(1, OVERTAKEN_RETRIES + 2):
        try:
            with store.session() as session:
                if store.is_sqlite:
                    session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                return update(
                    session, assessment_id, code, expected_version=expected_version, user=user, origin=origin, **edit
                )
        except StaleEdit:
            if expected_version is not None or attempt > OVERTAKEN_RETRIES:
                raise
    raise AssertionError("unreachable")  # the loop returns or raises


class _Overtaken(Exception):
    """The response is no longer at the version read: someone saved it in between."""


def _link(
    connection: Connection,
    key: int,
    response_id: int,
    code: str,
    names: tuple[str, ...],
    known: dict[str, tuple[int, str]],
) -> None:
    """Point the response at the institutions ``names``, in their order, adding to the assessment those that are
    not ``known`` (its institutions by their names folded to lower case: id and name)."""
    chosen: list[int] = []
    for name in names:
        found = known.get(name.casefold())
        if found is None:
            try:
                found = (connection.execute(_ADD, {"assessment_id": key, "name": name}).scalar_one(), name)
            except IntegrityError:
                # Someone else added the same name a moment ago; it is there for the next try.
                raise StaleEdit(
                    "Someone else added {names} to this assessment at the same moment, so your edit of {code} was "
                    "not saved. Make it again.",
                    names=name,
                    code=code,
                ) from None
            known[name.casefold()] = found
        chosen.append(found[0])
    connection.execute(_UNLINK, {"response": response_id})
    if chosen:
        connection.execute(
            _LINK,
            [
                {"response_id": response_id, "institution_id": number, "position": position}
                for position, number in enumerate(chosen)
            ],
        )


def _forget_held(session: Session, key: int, response_id: int) -> None:
    """Expire what the session holds of the response and its assessment as objects: it is read again when next used,
    as written (the edit was made by statements, which do not change objects)."""
    if not session.identity_map:  # a session of its own (the window's) holds nothing
        return
    for held in (
        session.identity_map.get(identity_key(Response, response_id)),
        session.identity_map.get(identity_key(Assessment, key)),
    ):
        if held is not None:
            session.expire(held)


def stale(current: ResponseView) -> StaleEdit:
    """The refusal of an edit made on an outdated copy, saying what the response holds now."""
    law, practice = _mark(current.law), _mark(current.practice)
    if current.not_applicable:
        state = UserText("N/A ({justification})", justification=_short(current.na_justification))
    elif current.rationale:
        state = UserText(
            "law {law}, practice {practice}, rationale {rationale}",
            law=law,
            practice=practice,
            rationale=repr(_short(current.rationale)),
        )
    else:
        state = UserText("law {law}, practice {practice}", law=law, practice=practice)
    if current.updated_by:
        return StaleEdit(
            "{code} was changed by {user} since you opened it, so your edit was not saved. It now reads: {state}. "
            "Look at it and make your edit again.",
            current=current,
            code=current.item_code,
            user=current.updated_by,
            state=state,
        )
    return StaleEdit(
        "{code} was changed by someone else since you opened it, so your edit was not saved. It now reads: "
        "{state}. Look at it and make your edit again.",
        current=current,
        code=current.item_code,
        state=state,
    )


def _mark(score: int | None) -> str:
    return "-" if score is None else str(score)


def _short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
