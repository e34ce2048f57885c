"""A second, independent server for the benchmarks: Python's asyncio, standard library only.

    python3 second_server.py --port 0 --stream-fixture ../Fixtures/stream-20.sse \
        --responses-fixture ../Fixtures/responses-stream-20.sse

Prints `listening on PORT`, then answers what scenarios (a)-(d) and (r) ask for, with the same bytes as
`BenchmarkServer` but written the way a typical Python server writes them: HTTP/1.1 with keep-alive, a
`Content-Length` body for a chat completion, and a stream as chunked transfer encoding with one `write` and
`drain` per event, so that each event leaves in a TCP segment of its own (where `BenchmarkServer` writes a
whole stream and flushes once). `ClientBenchmark --server http://127.0.0.1:PORT` runs the clients against
it. Routes:

- `POST …/chat/completions`: the 382-byte completion, or, with `"stream": true`, the events of the stream
  fixture; under `/slow/`, four content events one second apart and the last one.
- `POST …/responses` with `"stream": true`: the events of the Responses fixture.
"""

import argparse
import asyncio
import json
import signal

HEADERS_END = b"\r\n\r\n"


def completion(size=382):
    """The chat completion `BenchmarkServer` sends, padded to `size` bytes the same way."""

    def document(content):
        return json.dumps(
            {
                "id": "chatcmpl-7f3a9c2e41b84d0e",
                "object": "chat.completion",
                "created": 1750400000,
                "model": "nusantara-base",
                "system_fingerprint": "fp_nsb_2025_06",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "logprobs": None,
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 12, "completion_tokens": 19, "total_tokens": 31},
            },
            separators=(",", ":"),
            ensure_ascii=False,
        )

    base = "Jakarta adalah ibu kota Indonesia."
    sentence = " Kota ini terletak di pulau Jawa dan berpenduduk lebih dari sepuluh juta jiwa."
    padding = max(0, size - len(document(base).encode()))
    extra = (sentence * (padding // len(sentence) + 1))[:padding]
    return document(base + extra).encode()


def events(path):
    """The events of an SSE fixture, each with its blank line."""
    with open(path, "rb") as file:
        return [event + b"\n\n" for event in file.read().split(b"\n\n") if event.strip()]


class Server:
    def __init__(self, stream_events, response_events, slow_chunks):
        self.completion = completion()
        self.stream_events = stream_events
        self.response_events = response_events
        self.slow_events = [stream_events[1]] * slow_chunks + [stream_events[-1]]

    async def handle(self, reader, writer):
        try:
            while True:
                head = await reader.readuntil(HEADERS_END)
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                fields = {}
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    fields[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(fields.get("content-length", "0")))
                keep_alive = fields.get("connection", "").lower() != "close"
                await self.respond(method, path, body, writer)
                if not keep_alive:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def respond(self, method, path, body, writer):
        streaming = b'"stream":true' in body or b'"stream": true' in body
        if method == "POST" and path.endswith("/responses") and streaming:
            await self.stream(self.response_events, writer, pause=0)
        elif method == "POST" and path.endswith("/chat/completions") and streaming:
            if path.startswith("/slow/"):
                await self.stream(self.slow_events, writer, pause=1)
            else:
                await self.stream(self.stream_events, writer, pause=0)
        elif method == "POST" and path.endswith("/chat/completions"):
            writer.write(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nx-request-id: req_benchmark\r\n"
                + b"content-length: %d\r\n\r\n" % len(self.completion)
                + self.completion
            )
            await writer.drain()
        else:
            message = b'{"error":{"message":"no such route","type":"invalid_request_error"}}'
            writer.write(
                b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\n"
                + b"content-length: %d\r\n\r\n" % len(message)
                + message
            )
            await writer.drain()

    async def stream(self, stream_events, writer, pause):
        writer.write(
            b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\n"
            + b"x-request-id: req_benchmark\r\ntransfer-encoding: chunked\r\n\r\n"
        )
        for index, event in enumerate(stream_events):
            if pause and 0 < index < len(stream_events) - 1:
                await asyncio.sleep(pause)
            writer.write(b"%x\r\n%s\r\n" % (len(event), event))
            await writer.drain()
        writer.write(b"0\r\n\r\n")
        await writer.drain()


async def main():
    # Foundation's `Process` starts children with these blocked, which would leave the server running
    # after `ClientBenchmark` has stopped it.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--stream-fixture", required=True)
    parser.add_argument("--responses-fixture", required=True)
    parser.add_argument("--slow-chunks", type=int, default=4)
    arguments = parser.parse_args()
    server = Server(events(arguments.stream_fixture), events(arguments.responses_fixture), arguments.slow_chunks)
    listener = await asyncio.start_server(server.handle, "127.0.0.1", arguments.port, backlog=4096)
    print("listening on %d" % listener.sockets[0].getsockname()[1], flush=True)
    async with listener:
        await listener.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
