#!/usr/bin/env python3
"""Xvfb's -fbdir screen (XWD, 24-bit TrueColor in 32-bit pixels) to PNG, with the standard library
only: for pictures of modal dialogs, which the GUI's own --screenshot cannot take.
   xwd_to_png.py Xvfb_screen0 out.png [x y width height]"""
import struct
import sys
import zlib


def read_xwd(path):
    data = open(path, "rb").read()
    header = struct.unpack(">25I", data[:100])
    header_size, width, height = header[0], header[4], header[5]
    byte_order, bits_per_pixel, bytes_per_line, ncolors = header[7], header[11], header[12], header[19]
    if bits_per_pixel != 32:
        sys.exit(f"{path}: {bits_per_pixel} bits per pixel; only 32 is read")
    pixels = data[header_size + 12 * ncolors:]
    rows = []
    for y in range(height):
        line = pixels[y * bytes_per_line:y * bytes_per_line + 4 * width]
        rgb = bytearray()
        for x in range(0, 4 * width, 4):
            b, g, r = (line[x], line[x + 1], line[x + 2]) if byte_order == 0 else (line[x + 3], line[x + 2], line[x + 1])
            rgb += bytes((r, g, b))
        rows.append(bytes(rgb))
    return width, height, rows


def write_png(path, width, height, rows):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    raw = b"".join(b"\0" + row for row in rows)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)


width, height, rows = read_xwd(sys.argv[1])
if len(sys.argv) == 7:
    x, y, w, h = map(int, sys.argv[3:7])
    rows = [row[3 * x:3 * (x + w)] for row in rows[y:y + h]]
    width, height = w, h
write_png(sys.argv[2], width, height, rows)
