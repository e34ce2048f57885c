"""Checks that the official `openai` Python client's images and audio calls work against `neosantara serve`.

Usage: media_compat.py BASE_URL API_KEY

Runs `images.generate` with base64 and with URL results (the PNG checked with zlib: signature, every
chunk's CRC-32, the header's size and the decompressed scanlines), and `audio.transcriptions.create` with
json, text and verbose_json. Exits non-zero on the first failure.
"""

import base64
import struct
import sys
import urllib.request
import zlib

from openai import OpenAI


def check_png(data, width, height):
    """Fails unless `data` is an 8-bit RGB PNG of `width` x `height` whose chunks and image data are intact."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG signature"
    offset, idat, header = 8, b"", None
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"bad CRC in {kind!r}"
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    assert header[:4] == (width, height, 8, 2), f"header {header}"
    raw = zlib.decompress(idat)
    assert len(raw) == height * (1 + 3 * width), f"{len(raw)} bytes of scanlines"


def main():
    base_url, api_key = sys.argv[1], sys.argv[2]
    client = OpenAI(base_url=base_url, api_key=api_key)

    inline = client.images.generate(
        model="neosantara-gen-2045", prompt="batik pattern, blue", n=2, size="64x48", response_format="b64_json"
    )
    assert len(inline.data) == 2
    for image in inline.data:
        check_png(base64.b64decode(image.b64_json), 64, 48)
    assert inline.data[0].revised_prompt.startswith("batik pattern, blue")

    linked = client.images.generate(model="neosantara-gen-2045", prompt="sawah", size="32x32")
    request = urllib.request.Request(linked.data[0].url, headers={"Authorization": f"Bearer {api_key}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Content-Type"] == "image/png"
        check_png(response.read(), 32, 32)
    print("media-compat: images.generate gave valid PNGs inline and by URL")

    audio = bytes(range(256)) * 125  # 32,000 bytes: two seconds at the test server's 16 kB/s
    result = client.audio.transcriptions.create(model="whisper-large-v3-turbo", file=("rapat.mp3", audio))
    assert result.text == "Transcription of rapat.mp3: 32000 bytes of audio.", result.text
    text = client.audio.transcriptions.create(
        model="whisper-large-v3-turbo", file=("rapat.mp3", audio), response_format="text"
    )
    assert text == "Transcription of rapat.mp3: 32000 bytes of audio.", text
    verbose = client.audio.transcriptions.create(
        model="whisper-large-v3-turbo", file=("clip.wav", audio), response_format="verbose_json", language="id"
    )
    assert verbose.duration == 2 and verbose.language == "id", verbose
    assert [segment.end for segment in verbose.segments] == [1, 2], verbose.segments
    print("media-compat: audio.transcriptions.create answered json, text and verbose_json")


if __name__ == "__main__":
    main()
