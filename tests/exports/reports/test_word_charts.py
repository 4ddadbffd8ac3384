"""The DOCX report's two charts: PNG pictures drawn with Pillow, in the executive summary."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import docx
import pytest
from docx.shared import Cm
from PIL import Image

from db import Store
from exports.reports import chart_png
from exports.reports.model import gather
from exports.reports.writer import export
from tests.exports.conftest import BASELINE, REVIEW

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PICTURE = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"


@pytest.fixture(scope="module")
def document(shared_store: Store, tmp_path_factory: pytest.TempPathFactory) -> docx.document.Document:
    folder = tmp_path_factory.mktemp("word-charts")
    with shared_store.session() as session:
        path: Path = export(session, REVIEW, folder / "review.docx", compare=BASELINE)
    return docx.Document(str(path))


def test_the_docx_holds_the_two_charts_as_png_pictures(document: docx.document.Document) -> None:
    shapes = list(document.inline_shapes)
    assert len(shapes) > 2  # the executive summary's two charts first, then those of the monitoring chapter
    sizes = []
    for shape in shapes:
        assert shape.width == Cm(chart_png.WIDTH_CM)
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        blob = document.part.related_parts[blip.embed].blob
        assert blob.startswith(PNG_SIGNATURE)
        with Image.open(io.BytesIO(blob)) as image:
            image.verify()
            sizes.append(image.size)
    assert sizes[0] == (chart_png.WIDTH_PX, chart_png.PILLAR_HEIGHT_PX)
    assert sizes[1][0] == chart_png.WIDTH_PX and 300 < sizes[1][1] < 1200


def test_the_charts_sit_in_the_executive_summary_with_captions(document: docx.document.Document) -> None:
    paragraphs = document.paragraphs
    texts = [p.text for p in paragraphs]
    monitoring = texts.index("Monitoring: operational indicators")
    pictures = [n for n, p in enumerate(paragraphs[:monitoring]) if p._p.xpath(".//a:blip")]
    assert len(pictures) == 2
    summary = texts.index("Executive summary")
    largest = texts.index("The ten largest gaps")
    assert summary < texts.index("Scores by pillar") < pictures[0] < texts.index("Law against practice") < pictures[1]
    assert pictures[1] < largest
    for index in pictures:
        caption = paragraphs[index + 1]
        assert caption.style is not None and caption.style.name == "Caption" and caption.text


def test_a_pillar_title_in_cyrillic_renders(shared_store: Store) -> None:
    with shared_store.session() as session:
        data = gather(session, REVIEW, lang="ru")
    first = dataclasses.replace(data.chapters[0], short_title="Уголовное преследование и правосудие")
    data = dataclasses.replace(data, chapters=(first, *data.chapters[1:]))
    for png in (chart_png.pillar_chart(data), chart_png.matrix_chart(data)):
        assert png.startswith(PNG_SIGNATURE) and len(png) > 1000
        with Image.open(io.BytesIO(png)) as image:
            assert image.width == chart_png.WIDTH_PX
            assert image.convert("L").getextrema()[0] < 100  # something dark was drawn
