"""Where the map's place names go: no two labels overlap, and none covers a place, at any zoom.

The map offers fixed zoom levels (pixels per map unit, steps of √2). At each level a label
is FONT_PX high on screen, so its box in map units shrinks as the reader zooms in and
more names fit. Placement is the classic greedy candidate method (Imhof's preferred
positions, as in Christensen, Marks & Shieber's survey): places in order of importance
(how often the edition mentions them), each tried right, upper right, lower right,
left, …, below its dot; the first position that meets no placed label, no dot and stays
inside the map wins; a name with no free position is left out at that level (its dot
stays, linked and named for assistive technology) and comes back when zooming in.
From one level to the next a name keeps its position when it can, and names shown at
the level before are placed first, so names do not jump about or vanish on zooming in.

Widths come from the font the page uses for the labels (DejaVu Sans, subset into the
site): the advance widths of its glyphs, kerning off in the stylesheet, so the boxes
here are the boxes the browser draws.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

LEVELS = tuple(round(2 ** (i / 2), 4) for i in range(-4, 7))    # 0.25 … 8 px per map unit
FONT_PX = 13.0
DOT_PX = 4.0
GAP_PX = 3.0
PAD_PX = 1.5          # kept clear around every label and dot
FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              "/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf")
FONT_FAMILY = "Triglot map labels"


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def meets(self, other: "Box") -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1

    def inside(self, other: "Box") -> bool:
        return other.x0 <= self.x0 and self.x1 <= other.x1 and other.y0 <= self.y0 and self.y1 <= other.y1

    def grown(self, d: float) -> "Box":
        return Box(self.x0 - d, self.y0 - d, self.x1 + d, self.y1 + d)


@dataclass(frozen=True)
class Label:
    """A placed label: its text's start and baseline, font size and box, in map units."""
    x: float
    y: float
    size: float
    box: Box
    position: str


class Metrics:
    """Advance widths and line height of a font, from its own tables (fontTools)."""

    def __init__(self, path: Path):
        from fontTools.ttLib import TTFont
        self.path = path
        font = TTFont(str(path), lazy=True)
        self.em = font["head"].unitsPerEm
        self.ascent = font["hhea"].ascent / self.em
        self.descent = -font["hhea"].descent / self.em
        self.cmap = font.getBestCmap()
        hmtx = font["hmtx"]
        self.advance = {cp: hmtx[name][0] / self.em for cp, name in self.cmap.items()}
        self.missing = hmtx[".notdef"][0] / self.em

    def width(self, text: str, size: float) -> float:
        return sum(self.advance.get(ord(c), self.missing) for c in text) * size


def find_font() -> Path | None:
    for name in FONT_FILES:
        if Path(name).is_file():
            return Path(name)
    import shutil
    import subprocess
    if shutil.which("fc-match"):
        out = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans:style=Book"],
                             capture_output=True, text=True, check=False).stdout.strip()
        if out.endswith(".ttf") and Path(out).is_file() and "DejaVuSans" in Path(out).name:
            return Path(out)
    return None


def subset_font(path: Path, texts) -> bytes:
    """The glyphs the labels use, as WOFF, with the font's names and licence kept."""
    import io

    from fontTools import subset
    options = subset.Options()
    options.flavor = "woff"
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["FFTM"]      # FontForge's timestamp, which the subsetter does not know
    font = subset.load_font(str(path), options)
    sub = subset.Subsetter(options)
    sub.populate(text="".join(sorted(set("".join(texts)))))
    sub.subset(font)
    out = io.BytesIO()
    subset.save_font(font, out, options)
    return out.getvalue()


def _candidates(w: float, h: float):
    """Label boxes in pixels around a dot at (0, 0), y downwards, in order of preference."""
    r, g = DOT_PX, GAP_PX
    d = r * 0.7 + 1
    return (("E", r + g, -h / 2), ("NE", d, -d - h), ("SE", d, d), ("W", -r - g - w, -h / 2),
            ("NW", -d - w, -d - h), ("SW", -d - w, d), ("N", -w / 2, -r - g - h), ("S", -w / 2, r + g))


def place(points, names: dict, priority: dict, metrics: Metrics, extent: Box) -> list[dict]:
    """For each level, the label of each place that gets one: {place id: Label}.

    points: {id: (x, y)} in map units; names: {id: text}; priority: {id: number}, higher first.
    """
    order = sorted(points, key=lambda p: (-priority.get(p, 0), names[p], p))
    h = (metrics.ascent + metrics.descent) * FONT_PX
    widths = {p: metrics.width(names[p], FONT_PX) for p in points}
    levels, before = [], {}
    for k in LEVELS:
        dots = {p: Box(x - (DOT_PX + PAD_PX) / k, y - (DOT_PX + PAD_PX) / k,
                       x + (DOT_PX + PAD_PX) / k, y + (DOT_PX + PAD_PX) / k) for p, (x, y) in points.items()}
        placed: dict[str, Label] = {}
        for p in [q for q in order if q in before] + [q for q in order if q not in before]:
            others = [d for q, d in dots.items() if q != p]    # its own dot: the positions keep clear of it
            label = _place_one(points[p], widths[p], h, k, metrics, others, placed.values(), extent,
                               first=before[p].position if p in before else None)
            if label is not None:
                placed[p] = label
        levels.append(placed)
        before = placed
    return levels


def _place_one(point, w, h, k, metrics, dots, placed, extent, first=None):
    x, y = point
    options = _candidates(w, h)
    if first:
        options = sorted(options, key=lambda c: c[0] != first)
    for name, dx, dy in options:
        box = Box(x + dx / k, y + dy / k, x + (dx + w) / k, y + (dy + h) / k)
        clear = box.grown(PAD_PX / k)
        if not box.inside(extent):
            continue
        if any(clear.meets(d) for d in dots) or any(clear.meets(other.box) for other in placed):
            continue
        return Label(x + dx / k, y + (dy + metrics.ascent * FONT_PX) / k, FONT_PX / k, box, name)
    return None
