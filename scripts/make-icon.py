#!/usr/bin/env python3
"""Draws Chronicle's icon (a newspaper page on a blue tile) as SVG and as a 256-pixel PNG,
from one geometry, with the standard library only. Run from the repository's root:
    python3 scripts/make-icon.py
"""
import struct
import zlib

SIZE = 256
TILE = (30, 64, 120)      # deep blue
PAGE = (250, 250, 246)
HEAD = (25, 25, 25)
LINE = (150, 150, 150)
QUOTE = (214, 160, 32)    # the quote mark: what Chronicle finds

# Rectangles as (x, y, w, h, colour), on a 256 grid.
SHAPES = [
    (56, 40, 144, 176, PAGE),
    (72, 60, 112, 16, HEAD),
    (72, 88, 112, 6, LINE),
    (72, 102, 112, 6, LINE),
    (72, 116, 70, 6, LINE),
    (72, 136, 112, 6, LINE),
    (72, 150, 112, 6, LINE),
    (72, 164, 112, 6, LINE),
    (72, 178, 84, 6, LINE),
    (150, 110, 14, 18, QUOTE),
    (170, 110, 14, 18, QUOTE),
]
RADIUS = 44


def inside_tile(x, y):
    r = RADIUS
    cx = min(max(x, r), SIZE - 1 - r)
    cy = min(max(y, r), SIZE - 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def pixel(x, y):
    if not inside_tile(x, y):
        return (0, 0, 0, 0)
    colour = TILE
    for sx, sy, w, h, c in SHAPES:
        if sx <= x < sx + w and sy <= y < sy + h:
            colour = c
    return colour + (255,)


def png():
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE)
    )

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def svg():
    hexa = lambda c: "#%02x%02x%02x" % c
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">',
        f'<rect width="{SIZE}" height="{SIZE}" rx="{RADIUS}" fill="{hexa(TILE)}"/>',
    ]
    for x, y, w, h, c in SHAPES:
        parts.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{hexa(c)}"/>')
    parts.append("</svg>\n")
    return "\n".join(parts)


with open("assets/icons/chronicle.png", "wb") as f:
    f.write(png())
with open("assets/icons/chronicle.svg", "w") as f:
    f.write(svg())
