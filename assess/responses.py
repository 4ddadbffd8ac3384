"""Scoring an item: the two scores or N/A, rationale, institutions, priority, date, next action.

One call is one edit: it is checked whole, recorded in the audit log field by field, and
either all of it is saved or none of it.

An edit is written in one of two ways with the same result. The usual one (a score, a note, a
date: what the window saves at every pause in typing) is four statements run on the driver's
cursor (assess.response_rows): read the response with its assessment, institutions and evidence
count; update the assessment's time; insert the audit rows; update the response where its version
is still the one read. :func:`save` runs them in a transaction of their own, without a session
(the window's way); :func:`update` in the caller's session. Changing the institutions, or a response
the session already holds as an object, goes through the ORM objects, so that they and the session
stay as they would be.
"""

from __future__ import annotations

import datetime as dt
import inspect
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm.util import identity_key

from assess import assessments, audit, response_rows, vocabulary
from assess.errors import InvalidInput, NotFound, StaleEdit
from assess.messages import UserText
from assess.users import check_can_edit, current_user
from db import Store, clock
from db.models import Assessment, Institution, Response

PRIORITIES = vocabulary.PRIORITIES
UNSET: Any = object()


@dataclass(frozen=True)
class ResponseView:
    """A response as plain data, for the window, the command line and the reports."""

    item_code: str
    law: int | None
    practice: int | None
    not_applicable: bool
    na_justification: str
    rationale: str
    institutions: tuple[str, ...]
    priority: str | None
    target_date: dt.date | None
    next_action: str
    technical_assistance: str
    updated_by: str
    updated_at: dt.datetime | None
    version: int
    evidence_count: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def scored(self) -> bool:
        return self.not_applicable or self.law is not None or self.practice is not None


def view(response: Response, evidence_count: int | None = None) -> ResponseView:
    return ResponseView(
        item_code=response.item_code,
        law=response.law_score,
        practice=response.practice_score,
        not_applicable=response.not_applicable,
        na_justification=response.na_justification,
        rationale=response.rationale,
        institutions=tuple(i.name for i in response.institutions),
        priority=response.priority,
        target_date=response.target_date,
        next_action=response.next_action,
        technical_assistance=response.technical_assistance,
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
        from assess import frameworks

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
    return response


def get(session: Session, assessment_id: int | str, code: str) -> ResponseView:
    assessment = assessments.get(session, assessment_id)
    return view(find(session, assessment, code))


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            "{text} is not a date; write it as YYYY-MM-DD, for example 2027-06-30.", text=repr(text)
        ) from None


def _target_date(value: object) -> dt.date | None:
    """A target date as stored: a date, or None for none (an empty or blank text clears it)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        return parse_date(value)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise InvalidInput("{text} is not a date; write it as YYYY-MM-DD, for example 2027-06-30.", text=repr(value))


def _score(value: object, what: UserText, low: int, high: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise InvalidInput(
                "The {what} score {value} is not a whole number from {low} to {high}.",
                what=what,
                value=repr(value),
                low=low,
                high=high,
            ) from None
    if not low <= value <= high:
        raise InvalidInput(
            "The {what} score {value} is off the scale; use {low} to {high}.",
            what=what,
            value=value,
            low=low,
            high=high,
        )
    return value


def update(
    session: Session,
    assessment_id: int | str,
    code: str,
    *,
    law: int | None = UNSET,
    practice: int | None = UNSET,
    not_applicable: bool = UNSET,
    na_justification: str = UNSET,
    rationale: str = UNSET,
    institutions: list[str] | tuple[str, ...] = UNSET,
    priority: str | None = UNSET,
    target_date: dt.date | str | None = UNSET,
    next_action: str = UNSET,
    technical_assistance: str = UNSET,
    expected_version: int | None = None,
    user: str | None = None,
    origin: str = "",
) -> ResponseView:
    """Change the named fields of one response; fields left out stay as they are.

    Setting a score on an item marked N/A makes it applicable again. ``expected_version``
    refuses the edit when someone else saved the response after it was read. Should writing
    fail part way, the session's transaction is rolled back (as after a failed flush), so
    that nothing of the edit can be committed.
    """
    user = user or current_user(session)
    fields: dict[str, Any] = {
        "law": law,
        "practice": practice,
        "not_applicable": not_applicable,
        "na_justification": na_justification,
        "rationale": rationale,
        "priority": priority,
        "target_date": target_date,
        "next_action": next_action,
        "technical_assistance": technical_assistance,
    }
    if institutions is UNSET:
        check_can_edit(session)
        written = _update_rows(session, assessment_id, code, fields, expected_version, user, origin)
        if written is not None:
            return written
    return _update_objects(session, assessment_id, code, fields, institutions, expected_version, user, origin)


def _changes(code: str, fields: dict[str, Any], low: int, high: int, na_now: bool, reason_now: str) -> dict[str, Any]:
    """The stored values an edit asks for, by column, checked against the scale and the N/A rules.

    ``na_now`` and ``reason_now`` are the response's N/A flag and justification before the edit.
    """
    changes: dict[str, Any] = {}
    if fields["law"] is not UNSET:
        changes["law_score"] = _score(fields["law"], UserText("law and institutions"), low, high)
    if fields["practice"] is not UNSET:
        changes["practice_score"] = _score(fields["practice"], UserText("practice"), low, high)
    for name in ("rationale", "next_action", "technical_assistance"):
        if fields[name] is not UNSET:
            changes[name] = (fields[name] or "").strip()
    priority = fields["priority"]
    if priority is not UNSET:
        value = (str(priority) if priority is not None else "").strip().lower() or None
        if value is not None and value not in PRIORITIES:
            raise InvalidInput("Unknown priority {priority}; use high, medium or low.", priority=repr(priority))
        changes["priority"] = value
    target_date = fields["target_date"]
    if target_date is not UNSET:
        changes["target_date"] = _target_date(target_date)
    not_applicable, na_justification = fields["not_applicable"], fields["na_justification"]
    if not_applicable is not UNSET and not isinstance(not_applicable, bool):
        raise InvalidInput("not_applicable must be true or false.")
    na = na_now if not_applicable is UNSET else not_applicable
    justification = reason_now if na_justification is UNSET else (na_justification or "").strip()
    scores_given = changes.get("law_score") is not None or changes.get("practice_score") is not None
    if not_applicable is UNSET and scores_given and na_now:
        na, justification = False, ""
    if na:
        if scores_given:
            raise InvalidInput(
                "{code} cannot be both N/A and scored; give either scores or N/A with a reason.", code=code
            )
        if not justification:
            raise InvalidInput("Marking {code} N/A needs a justification: say why the item does not apply.", code=code)
        changes["law_score"] = None
        changes["practice_score"] = None
    elif not_applicable is not UNSET:
        justification = ""
    changes["not_applicable"] = na
    changes["na_justification"] = justification if na else ""
    return changes


# --- the usual edit, written through the driver (assess.response_rows) ------------------------------------------

# The fields an edit may name: update()'s keywords that default to "leave as it is".
_FIELDS = frozenset(name for name, p in inspect.signature(update).parameters.items() if p.default is UNSET)


class _Overtaken(Exception):
    """Someone saved the response between our read and our write; the edit must be rolled back."""


def save(
    store: Store,
    assessment_id: int | str,
    code: str,
    *,
    expected_version: int | None = None,
    user: str | None = None,
    origin: str = "",
    **fields: Any,
) -> ResponseView:
    """:func:`update` in a transaction of its own: what the window does for every edit.

    The usual edit runs on :meth:`Store.driver_connection`, without a session (which would cost
    several times the edit's own statements); on SQLite it takes the write lock before it reads, so
    nobody can save the response in between; on a server the version read guards the write. An edit of the institutions, or one the quick way
    declines (see :func:`_edit`), is made by :func:`update` in a session, with the same result.
    """
    unknown = fields.keys() - _FIELDS
    if unknown:
        raise TypeError(f"save() got unexpected fields {sorted(unknown)}")
    if "institutions" not in fields and store.can_edit and isinstance(assessment_id, int):
        wanted = {name: fields.get(name, UNSET) for name in _FIELDS}
        written = _save_rows(store, assessment_id, code, wanted, expected_version, user or store.user, origin)
        if written is not None:
            return written
    with store.session() as session:
        return update(
            session, assessment_id, code, expected_version=expected_version, user=user, origin=origin, **fields
        )


def _save_rows(
    store: Store,
    key: int,
    code: str,
    fields: dict[str, Any],
    expected_version: int | None,
    user: str,
    origin: str,
) -> ResponseView | None:
    with store.driver_connection() as connection:
        cursor = connection.cursor()
        try:
            rows = response_rows.Rows(store.engine.dialect, cursor, store.label)
            if store.is_sqlite:
                rows.begin_immediate()
            try:
                written = _edit(rows, key, code, fields, expected_version, user, origin, time=store.now)
            except _Overtaken:
                rows.rollback(connection)
                raise stale(_current(rows, key, code)) from None
            except BaseException:
                if rows.lost:
                    connection.invalidate()  # the next edit takes a new connection
                raise
            if written is None:
                rows.rollback(connection)
            else:
                rows.commit(connection)
            return written
        finally:
            cursor.close()


def _update_rows(
    session: Session,
    assessment_id: int | str,
    code: str,
    fields: dict[str, Any],
    expected_version: int | None,
    user: str,
    origin: str,
) -> ResponseView | None:
    """The usual edit in the session's transaction; None, having changed nothing, when it is one for
    :func:`_update_objects` (see :func:`_edit`)."""
    try:
        key = int(assessment_id)
    except (TypeError, ValueError):
        return None
    if session.autoflush:
        session.flush()  # as the ORM's own query would: the read below sees what this session has changed
    connection = session.connection()
    cursor = connection.connection.cursor()
    try:
        rows = response_rows.Rows(connection.dialect, cursor, session.info.get("label", "the database"))
        try:
            return _edit(rows, key, code, fields, expected_version, user, origin, session, time=clock.of(session))
        except _Overtaken:
            pass
        except BaseException:
            if rows.lost:
                connection.invalidate()  # as SQLAlchemy does for its own statements: the session's next takes a new one
            elif rows.wrote:
                # Part of the edit is in the transaction: none of it may be committed, as after a failed flush.
                session.rollback()
            raise
    finally:
        cursor.close()
    # Someone saved between our read and our write. Undo this edit and show what is there now.
    session.rollback()
    raise stale(get(session, assessment_id, code))


def _edit(
    rows: response_rows.Rows,
    key: int,
    code: str,
    fields: dict[str, Any],
    expected_version: int | None,
    user: str,
    origin: str,
    session: Session | None = None,
    *,
    time: clock.Clock,
) -> ResponseView | None:
    """The edit in four statements: one read, three writes (none when nothing changes).

    None, having written nothing, when the edit is one for :func:`_update_objects`: an assessment or
    item that is not there or a final assessment (that path says why), or a response ``session``
    holds as an object (which must not be left showing old values). Raises :class:`_Overtaken` when
    the response was saved by someone else between the read and the write.
    """
    read = rows.read(key, code)
    if not read:
        return None
    row = read[0]
    held = session.identity_map if session is not None else None
    if held and identity_key(Response, row["id"]) in held:
        return None
    assessment = held.get(identity_key(Assessment, key)) if held else None
    if assessment is not None:  # the session's copy is what the other path would check
        low, high, final = assessment.scale_min, assessment.scale_max, assessment.status == "final"
    else:
        low, high, final = row["scale_min"], row["scale_max"], row["status"] == "final"
    if final:
        return None
    version = row["version"]
    if expected_version is not None and version != expected_version:
        raise stale(_view(read))
    changes = _changes(code, fields, low, high, row["not_applicable"], row["na_justification"])
    changed = {column: new for column, new in changes.items() if row[column] != new}
    if not changed:
        return _view(read)
    now = time()
    entries = [
        {
            "at": now,
            **audit.entry(
                user=user,
                assessment_id=key,
                item_code=code,
                entity="response",
                field=column,
                old=row[column],
                new=new,
                origin=origin,
            ),
        }
        for column, new in changed.items()
    ]
    row |= changed
    row |= {"updated_by": user, "updated_at": now, "version": version + 1}  # the row as written, and its view
    if not rows.save(
        assessment_key=key, response_id=row["id"], read_version=version, changed=changed, values=row, entries=entries
    ):
        raise _Overtaken
    if assessment is not None:
        set_committed_value(assessment, "updated_at", now)
    return _view(read)


def _view(read: list[dict[str, Any]]) -> ResponseView:
    """A response as :meth:`response_rows.Rows.read` read it."""
    row = read[0]
    return ResponseView(
        item_code=row["item_code"],
        law=row["law_score"],
        practice=row["practice_score"],
        not_applicable=row["not_applicable"],
        na_justification=row["na_justification"],
        rationale=row["rationale"],
        institutions=tuple(r["institution"] for r in read if r["institution"] is not None),
        priority=row["priority"],
        target_date=row["target_date"],
        next_action=row["next_action"],
        technical_assistance=row["technical_assistance"],
        updated_by=row["updated_by"],
        updated_at=row["updated_at"],
        version=row["version"],
        evidence_count=row["evidence_count"],
    )


def _current(rows: response_rows.Rows, key: int, code: str) -> ResponseView:
    """The response as it is now, read again on the same cursor after the edit was rolled back."""
    return _view(rows.read(key, code))


# --- an edit of the institutions, or of a response the session holds, through the ORM ------------------------


def _update_objects(
    session: Session,
    assessment_id: int | str,
    code: str,
    fields: dict[str, Any],
    institutions: list[str] | tuple[str, ...],
    expected_version: int | None,
    user: str,
    origin: str,
) -> ResponseView:
    assessment = assessments.editable(session, assessment_id)
    response = find(session, assessment, code)
    if expected_version is not None and response.version != expected_version:
        raise stale(view(response))
    changes = _changes(
        code, fields, assessment.scale_min, assessment.scale_max, response.not_applicable, response.na_justification
    )
    changed = False
    for name, new in changes.items():
        old = getattr(response, name)
        if old != new:
            audit.record(
                session,
                user=user,
                assessment_id=assessment.id,
                item_code=code,
                entity="response",
                field=name,
                old=old,
                new=new,
                origin=origin,
            )
            setattr(response, name, new)
            changed = True
    if institutions is not UNSET:
        changed |= _set_institutions(session, assessment, response, institutions, user, origin)
    if changed:
        response.updated_by = user
        response.updated_at = clock.now(session)
        assessment.updated_at = response.updated_at
        try:
            session.flush()
        except StaleDataError:
            # Someone saved between our read and our write; the flush rolled this edit back. Show what is there now.
            session.rollback()
            raise stale(get(session, assessment_id, code)) from None
    return view(response)


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


def _set_institutions(
    session: Session,
    assessment: Assessment,
    response: Response,
    names: list[str] | tuple[str, ...],
    user: str,
    origin: str,
) -> bool:
    wanted: list[str] = []
    for name in names:
        clean = " ".join(str(name).split())
        if len(clean) > 300:
            raise InvalidInput("An institution name may be at most 300 characters.")
        if clean and clean.casefold() not in {w.casefold() for w in wanted}:
            wanted.append(clean)
    known = {i.name.casefold(): i for i in assessment.institutions}
    # A name the assessment already holds keeps its spelling: "LABOUR INSPECTORATE" is the Labour Inspectorate.
    wanted = [known[name.casefold()].name if name.casefold() in known else name for name in wanted]
    current = [i.name for i in response.institutions]
    if current == wanted:
        return False
    chosen: list[Institution] = []
    added: list[str] = []
    for name in wanted:
        institution = known.get(name.casefold())
        if institution is None:
            institution = Institution(assessment_id=assessment.id, name=name)
            session.add(institution)
            assessment.institutions.append(institution)
            known[name.casefold()] = institution
            added.append(name)
        chosen.append(institution)
    code = response.item_code
    try:
        session.flush()
    except IntegrityError:
        if not added:
            raise
        session.rollback()  # someone else added the same new name a moment ago; it is there for the next try
        raise StaleEdit(
            "Someone else added {names} to this assessment at the same moment, so your edit of {code} was not "
            "saved. Make it again.",
            names=", ".join(added),
            code=code,
        ) from None
    audit.record(
        session,
        user=user,
        assessment_id=assessment.id,
        item_code=response.item_code,
        entity="response",
        field="institutions",
        old=current,
        new=wanted,
        origin=origin,
    )
    response.institutions = chosen
    session.flush()
    from db.models import ResponseInstitution

    for position, institution in enumerate(chosen):
        link = session.get(ResponseInstitution, (response.id, institution.id))
        if link is not None:
            link.position = position
    return True
