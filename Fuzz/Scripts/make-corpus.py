#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target under Fuzz/Corpus/<Target>/ from the SDK's test fixtures
(Tests/NeosantaraTests/Fixtures), in the input layout each target reads (see the targets' DocC comments).
Run it from anywhere after changing a fixture or a target's input layout; commit its output."""
import json
import pathlib
import shutil
import struct

fuzz = pathlib.Path(__file__).resolve().parent.parent
fixtures = fuzz.parent / "Tests" / "NeosantaraTests" / "Fixtures"
corpus = fuzz / "Corpus"


def text(value):
    """A FuzzInput string: a length byte, then at most 255 bytes of UTF-8."""
    data = value.encode() if isinstance(value, str) else bytes(value)
    data = data[:255]
    return bytes([len(data)]) + data


def sse_data(path):
    """The `data:` payloads of a fixture stream."""
    return [line[5:].strip() for line in path.read_text().splitlines() if line.startswith("data:")]


def seeds():
    streams = sorted((fixtures / "streams").glob("*.sse")) + sorted((fixtures / "responses").glob("*.sse"))
    streams += sorted((fixtures / "messages").glob("*.sse")) + [fixtures / "examples" / "chat_stream_sample.sse"]
    for path in streams:
        # Limit choice 3 (64 MiB), two cuts, then the stream.
        yield "ServerSentEvents", path.stem, bytes([3, 2, 17, 40]) + path.read_bytes()
        yield "ServerSentEvents", path.stem + "-small", bytes([1, 0]) + path.read_bytes()[:300]

    for path in sorted((fixtures / "streams").glob("*.response.json")):
        yield "FastDecoding", "completion-" + path.stem, b"\x00" + path.read_bytes()
    chunks = [data for path in sorted((fixtures / "streams").glob("*.sse")) for data in sse_data(path)]
    chunks = [chunk for chunk in chunks if chunk.startswith("{")]
    chunks.append((fixtures / "examples" / "chat_completion_chunk_content.json").read_text())
    for number, chunk in enumerate(dict.fromkeys(chunks)):
        yield "FastDecoding", f"chunk-{number}", b"\x01" + chunk.encode()
    events = [data for path in sorted((fixtures / "responses").glob("*.sse")) for data in sse_data(path)]
    for number, event in enumerate(dict.fromkeys(events)):
        yield "FastDecoding", f"event-{number}", b"\x02" + event.encode()
    usage = json.loads((fixtures / "examples" / "chat_usage_basic.json").read_text())["usage"]
    yield "FastDecoding", "usage", b"\x03" + json.dumps(usage).encode()
    for path in sorted((fixtures / "responses").glob("*.json")):
        value = json.loads(path.read_text())
        if value.get("object") == "response":
            yield "FastDecoding", "response-" + path.stem, b"\x04" + path.read_bytes()
            if value.get("usage"):
                yield "FastDecoding", "response-usage-" + path.stem, b"\x05" + json.dumps(value["usage"]).encode()

    for path in sorted((fixtures / "examples").glob("chat_request_*.json")):
        yield "FastEncoding", path.stem, b"\x00\x00" + path.read_bytes()
    yield "FastEncoding", "chat-overrides", b"\x00\x7f" + text("model") + b"\x02" + text("hé\"llo\n") \
        + struct.pack(">d", 0.7) + struct.pack(">d", 1.0) + struct.pack(">q", 256) + b"\x01" + text("END") \
        + text("user-1") + b'{"model":"m","messages":[]}'
    yield "FastEncoding", "responses-every-field", b"\x01\x00" + (fixtures / "responses" / "request_every_field.json").read_bytes()
    yield "FastEncoding", "responses-overrides", b"\x01\x0f" + text("m") + text("input") + text("be brief") \
        + struct.pack(">q", 64) + b'{"model":"m"}'

    for path in sorted((fixtures / "streams").glob("*.sse")):
        seed = b""
        for data in sse_data(path):
            try:
                chunk = json.loads(data)
            except ValueError:
                continue
            seed += b"\x00" + bytes([min(len(chunk.get("choices", [])), 3)])
            for choice in chunk.get("choices", [])[:3]:
                delta = choice.get("delta", {})
                present = (1 if delta.get("content") is not None else 0) \
                    | (2 if delta.get("reasoning_content") is not None else 0) \
                    | (4 if delta.get("refusal") is not None else 0) \
                    | (32 if choice.get("finish_reason") else 0)
                seed += bytes([choice.get("index", 0) & 0xFF, present])
                for key in ("content", "reasoning_content", "refusal"):
                    if delta.get(key) is not None:
                        seed += text(delta[key])
                if choice.get("finish_reason"):
                    seed += b"\x00"
        yield "ChunkAccumulator", path.stem, seed

    yield "Multipart", "upload", text("purpose") + b"\x00" + text("batch") + text("file") + b"\x01" \
        + text("requests.jsonl") + text("application/jsonl") \
        + text((fixtures / "examples" / "batch_input_line_req1.json").read_text().replace("\n", " ") + "\n")
    yield "Multipart", "unicode", text("na\"me") + b"\x01" + text("laporan keuangan ✓.pdf") + text("application/pdf") \
        + text(b"%PDF-1.4\r\n--\r\n\x00\xff")
    # A quote followed by a combining mark (U+0328): the fuzzer's first failure of the server's percent-decoding.
    yield "Multipart", "combining-mark", text("na\"\u0328") + b"\x01" + text("\u0301\"a\u0301.txt") \
        + text("text/plain") + text("x")
    yield "Multipart", "transcription", text("model") + b"\x00" + text("whisper") + text("file") + b"\x01" \
        + text("a.wav") + text("audio/wav") + text(b"RIFF\x00\x00\x00\x00WAVE")

    completion = json.loads((fixtures / "streams" / "plain.response.json").read_text())
    lines = [
        {"id": "batch_req_1", "custom_id": "req-1", "response": {"status_code": 200, "request_id": "req_a",
                                                                 "body": completion}, "error": None},
        {"id": "batch_req_2", "custom_id": "req-2", "response": {"status_code": 400, "request_id": "req_b",
                                                                 "body": {"error": {"message": "bad", "type": "invalid_request_error"}}}, "error": None},
        {"id": "batch_req_3", "custom_id": "req-3", "response": None,
         "error": {"code": "batch_expired", "message": "not run"}},
    ]
    results = "".join(json.dumps(line) + "\n" for line in lines).encode()
    yield "BatchResults", "results", bytes([2, 30, 200]) + results
    yield "BatchResults", "crlf-blank", bytes([0]) + results.replace(b"\n", b"\r\n\r\n")

    event = (fixtures / "examples" / "webhook_event_standard.json").read_bytes()
    for name, secret in (("whsec", b"\x01" + text(b"0123456789abcdef0123456789abcdef")), ("plain", b"\x00" + text("s3cret"))):
        yield "Webhooks", name, secret + text("msg_2Lh9") + struct.pack(">q", 1_750_000_000) + b"\x00\x2c\x03\x07" \
            + text("msg_x") + text("1750000000") + text("v1,AAAA") + event

    for path in sorted((fixtures / "responses").glob("*.sse")):
        yield "EventStreams", "responses-" + path.stem, b"\x01" + path.read_bytes()
    for path in sorted((fixtures / "messages").glob("*.sse")):
        yield "EventStreams", "messages-" + path.stem, b"\x00" + path.read_bytes()

    bodies = [
        (0, fixtures / "examples" / "chat_request_basic.json"),
        (0, fixtures / "examples" / "chat_request_tools.json"),
        (2, fixtures / "examples" / "embeddings_request.json"),
        (12, fixtures / "examples" / "batch_create_request.json"),
        (16, fixtures / "responses" / "request_every_field.json"),
        (21, fixtures / "examples" / "anthropic_messages_request_stream.json"),
    ]
    for route, path in bodies:
        # Route, {id}, same method, no query, one header (content-type, JSON), no content-type override, body.
        yield "TestServer", path.stem, bytes([route]) + text("") + b"\x00" + text("") + b"\x01\x01\x00" \
            + text("application/json") + b"\x00" + path.read_bytes()
    for route, name in ((4, "retrieve-model"), (9, "retrieve-file"), (14, "retrieve-batch"), (17, "retrieve-response")):
        yield "TestServer", name, bytes([route]) + text("x-1") + b"\x00" + text("limit=2&after=a") + b"\x00\x00"
    yield "TestServer", "upload", bytes([7]) + text("") + b"\x00" + text("") + b"\x00\x01\x01" \
        + b"--b\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--b\r\nContent-Disposition: " \
        + b"form-data; name=\"file\"; filename=\"r.jsonl\"\r\nContent-Type: application/jsonl\r\n\r\n{}\n\r\n--b--\r\n"


def main():
    shutil.rmtree(corpus, ignore_errors=True)
    for target, name, data in seeds():
        folder = corpus / target
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    for folder in sorted(corpus.iterdir()):
        print(f"{folder.name}: {len(list(folder.iterdir()))} seeds")


main()
