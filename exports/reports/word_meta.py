"""What the editable document says about itself: its properties and its languages.

python-docx starts from a template whose properties date from 2013, name "python-docx" in the description
and "Microsoft Macintosh Word" as the application, and mark every text en-US with Japanese as the East Asian
language (so Chinese is drawn with Japanese glyph forms and a spelling checker underlines Russian). A report
says instead when it was made, by what, about whom, and that its text is in the report's language.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from exports.reports.wording import TAGS, Wording

EAST_ASIAN = TAGS["zh"]
"""Chinese text in any report is Simplified Chinese (Word otherwise draws it with Japanese glyph forms)."""
BIDI = TAGS["ar"]


def languages(w: Wording) -> dict[str, str]:
    """The three languages Word keeps per run: Latin and Cyrillic text, East Asian text, right-to-left text."""
    latin = w.tag if w.code not in ("ar", "zh") else TAGS["en"]
    return {"w:val": latin, "w:eastAsia": EAST_ASIAN, "w:bidi": BIDI}


def set_languages(doc: Any, w: Wording) -> None:
    """The report's languages on the document's defaults, on every style and for its theme fonts."""
    tags = languages(w)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    holders = [defaults.find(qn("w:rPrDefault"))] if defaults is not None else []
    for holder in holders:
        _lang(holder.find(qn("w:rPr")) if holder.find(qn("w:rPr")) is not None else holder, tags)
    for style in doc.styles.element.findall(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        if rpr is not None and rpr.find(qn("w:lang")) is not None:
            _lang(rpr, tags)
    settings = doc.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is None:
        theme = OxmlElement("w:themeFontLang")
        settings.append(theme)
    for name, value in tags.items():
        theme.set(qn(name), value)


def _lang(rpr: Any, tags: dict[str, str]) -> None:
    found = rpr.find(qn("w:lang"))
    if found is None:
        found = OxmlElement("w:lang")
        rpr.append(found)
    for name, value in tags.items():
        found.set(qn(name), value)


def set_properties(doc: Any, *, title: str, author: str, subject: str, w: Wording, now: dt.datetime) -> None:
    """Title, author (the assessing country or body), subject, language and dates of making, and the application."""
    props = doc.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.subject = subject
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.language = w.tag
    props.created = now.replace(tzinfo=None)
    props.modified = now.replace(tzinfo=None)
    props.revision = 1
    for part in doc.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = _APP.format(company=escape(author)).encode("utf-8")


_APP = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Assess</Application><Company>{company}</Company><DocSecurity>0</DocSecurity>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc></Properties>"
)
