"""Writes PNG files with the standard library only (zlib, struct), for the robustness gate's tests of
image columns: an encoder independent of the decoder the gate uses (pngjs).

  write_png.py SPEC.json
      SPEC is a list of {"path", "width", "height", "channels": 1|3|4, "depth": 8|16, "pixels": [ints,
      row-major, channels interleaved]} or {"path", "width", "height", "bomb": N}: a grey 8-bit header
      whose image data inflates to N bytes (a decompression bomb).
"""
import json
import struct
import sys
import zlib

COLOR_TYPE = {1: 0, 3: 2, 4: 6}


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width, height, color_type, depth, raw):
    header = struct.pack(">IIBBBBB", width, height, depth, color_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    with open(sys.argv[1]) as f:
        spec = json.load(f)
    for s in spec:
        w, h = s["width"], s["height"]
        if "bomb" in s:
            data = png(w, h, 0, 8, b"\x00" * s["bomb"])
        else:
            ch, depth = s["channels"], s["depth"]
            fmt = ">H" if depth == 16 else ">B"
            px = s["pixels"]
            raw = b""
            for y in range(h):
                row = px[y * w * ch:(y + 1) * w * ch]
                raw += b"\x00" + b"".join(struct.pack(fmt, v) for v in row)
            data = png(w, h, COLOR_TYPE[ch], depth, raw)
        with open(s["path"], "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
