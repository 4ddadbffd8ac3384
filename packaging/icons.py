"""Assess's application icon, drawn from a few shapes: an SVG, PNGs for Linux, an ICO for Windows, an ICNS for macOS.

    python packaging/icons.py OUT_FOLDER

A blue tile holding a white checklist card: two rows ticked in green, the third with an amber ring (an
item still open). The shapes are described once (``SHAPES``, on a 64-unit grid) and written as SVG or
painted with Pillow. The build makes the files into build/ (packaging/build.py); no picture is committed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

GRID = 64
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the .deb installs these under /usr/share/icons/hicolor


@dataclass(frozen=True)
class Box:
    """A rounded rectangle, filled."""

    x: float
    y: float
    w: float
    h: float
    r: float
    fill: str


@dataclass(frozen=True)
class Stroke:
    """A line through points, with round ends and joins."""

    points: tuple[tuple[float, float], ...]
    width: float
    color: str


@dataclass(frozen=True)
class Ring:
    """A circle drawn as an outline."""

    cx: float
    cy: float
    r: float
    width: float
    color: str


def _row(y: float, ticked: bool) -> list[Box | Stroke | Ring]:
    mark: Box | Stroke | Ring
    if ticked:
        mark = Stroke(((19, y), (22.5, y + 3.5), (28, y - 3.5)), 3.2, "#2E9D5A")
    else:
        mark = Ring(23.5, y, 3.6, 2.6, "#E0892B")
    return [mark, Box(31, y - 2, 14, 4, 2, "#A9BEDA")]


SHAPES: list[Box | Stroke | Ring] = [
    Box(2, 2, 60, 60, 13, "#1D4E89"),
    Box(13, 9, 38, 46, 4.5, "#FFFFFF"),
    Box(25, 6, 14, 6, 3, "#A9BEDA"),  # the card's clip
    *_row(22, True),
    *_row(33, True),
    *_row(44, False),
]


def svg() -> str:
    """The icon as SVG text."""
    body = []
    for shape in SHAPES:
        if isinstance(shape, Box):
            body.append(
                f'<rect x="{shape.x}" y="{shape.y}" width="{shape.w}" height="{shape.h}" '
                f'rx="{shape.r}" fill="{shape.fill}"/>'
            )
        elif isinstance(shape, Stroke):
            points = " ".join(f"{x},{y}" for x, y in shape.points)
            body.append(
                f'<polyline points="{points}" fill="none" stroke="{shape.color}" stroke-width="{shape.width}" '
                'stroke-linecap="round" stroke-linejoin="round"/>'
            )
        else:
            body.append(
                f'<circle cx="{shape.cx}" cy="{shape.cy}" r="{shape.r}" fill="none" '
                f'stroke="{shape.color}" stroke-width="{shape.width}"/>'
            )
    lines = "\n  ".join(body)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{GRID}" height="{GRID}" viewBox="0 0 {GRID} {GRID}">\n'
        f"  <title>Assess</title>\n  {lines}\n</svg>\n"
    )


def picture(size: int) -> Image.Image:
    """The icon painted at ``size`` x ``size`` pixels."""
    big = size * max(1, min(4, 2048 // size))  # drawn larger, then reduced: smooth edges
    scale = big / GRID
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    for shape in SHAPES:
        if isinstance(shape, Box):
            box = (shape.x * scale, shape.y * scale, (shape.x + shape.w) * scale, (shape.y + shape.h) * scale)
            draw.rounded_rectangle(box, radius=shape.r * scale, fill=shape.fill)
        elif isinstance(shape, Stroke):
            points = [(x * scale, y * scale) for x, y in shape.points]
            width = shape.width * scale
            draw.line(points, fill=shape.color, width=round(width), joint="curve")
            for x, y in points[:: len(points) - 1]:  # round ends
                draw.ellipse((x - width / 2, y - width / 2, x + width / 2, y + width / 2), fill=shape.color)
        else:
            outer = (shape.r + shape.width / 2) * scale
            cx, cy = shape.cx * scale, shape.cy * scale
            draw.ellipse(
                (cx - outer, cy - outer, cx + outer, cy + outer),
                outline=shape.color,
                width=round(shape.width * scale),
            )
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_all(folder: Path) -> dict[str, Path]:
    """Write assess.svg, assess-SIZE.png, assess.ico and assess.icns into ``folder``; the files by kind."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {"svg": folder / "assess.svg", "ico": folder / "assess.ico", "icns": folder / "assess.icns"}
    made["svg"].write_text(svg(), encoding="utf-8")
    for size in PNG_SIZES:
        made[f"png{size}"] = folder / f"assess-{size}.png"
        picture(size).save(made[f"png{size}"])
    largest = picture(1024)
    largest.save(made["ico"], sizes=[(s, s) for s in ICO_SIZES])
    largest.save(made["icns"])
    return made


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1])).values():
        print(path)
