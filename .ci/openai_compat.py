"""Checks that the official `openai` Python client works against `neosantara serve`.

Usage: openai_compat.py BASE_URL API_KEY

Runs a plain chat completion, a streamed one consumed to the end (by hand and with the client's stream
helper), a tool call plain and streamed, embeddings as floats and as base64, the models list and one model,
the errors the client maps from 401 and 404, and a batch: files.create, batches.create, batches.retrieve until
it completes, and files.content of its output. Exits non-zero on the first failure.
"""

import base64
import json
import struct
import sys

import openai
from openai import OpenAI

MODEL = "nusantara-base"
QUESTION = "Halo apa kabar?"
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Cuaca di sebuah kota",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer", "minimum": 1},
            },
            "required": ["city", "unit", "days"],
        },
    },
}
EXPECTED_ARGUMENTS = {"city": "example", "unit": "celsius", "days": 1}

checks = 0


def expect(condition, message):
    global checks
    if not condition:
        sys.exit(f"openai-compat: FAILED: {message}")
    checks += 1


def user(text):
    return [{"role": "user", "content": text}]


def chat_plain(client):
    reply = client.chat.completions.create(model=MODEL, messages=user(QUESTION))
    expect(reply.object == "chat.completion", f"object is {reply.object!r}")
    expect(reply.model == MODEL, f"model is {reply.model!r}")
    message = reply.choices[0].message
    expect(message.role == "assistant", f"role is {message.role!r}")
    expect(message.content == f"Echo: {QUESTION}", f"content is {message.content!r}")
    expect(reply.choices[0].finish_reason == "stop", f"finish reason is {reply.choices[0].finish_reason!r}")
    usage = reply.usage
    expect(usage.total_tokens == usage.prompt_tokens + usage.completion_tokens, f"usage is {usage}")


def chat_stream(client):
    stream = client.chat.completions.create(
        model=MODEL, messages=user(QUESTION), stream=True, stream_options={"include_usage": True}
    )
    pieces, finish_reason, usage, roles = [], None, None, []
    for chunk in stream:
        expect(chunk.object == "chat.completion.chunk", f"chunk object is {chunk.object!r}")
        if chunk.usage is not None:
            usage = chunk.usage
            expect(chunk.choices == [], "the usage chunk has choices")
        for choice in chunk.choices:
            if choice.delta.role:
                roles.append(choice.delta.role)
            if choice.delta.content:
                pieces.append(choice.delta.content)
            if choice.finish_reason:
                finish_reason = choice.finish_reason
    expect(roles == ["assistant"], f"roles are {roles}")
    expect("".join(pieces) == f"Echo: {QUESTION}", f"streamed content is {pieces}")
    expect(len(pieces) == 4, f"expected one piece per word, got {pieces}")
    expect(finish_reason == "stop", f"finish reason is {finish_reason!r}")
    expect(usage is not None and usage.completion_tokens == 4, f"usage is {usage}")

    with client.chat.completions.stream(model=MODEL, messages=user(QUESTION)) as helper:
        final = helper.get_final_completion()
    expect(final.choices[0].message.content == f"Echo: {QUESTION}", f"stream helper gave {final}")


def tool_calls(client):
    reply = client.chat.completions.create(model=MODEL, messages=user("Cuaca Jakarta?"), tools=[WEATHER_TOOL])
    choice = reply.choices[0]
    expect(choice.finish_reason == "tool_calls", f"finish reason is {choice.finish_reason!r}")
    call = choice.message.tool_calls[0]
    expect(call.type == "function" and call.function.name == "get_weather", f"tool call is {call}")
    expect(json.loads(call.function.arguments) == EXPECTED_ARGUMENTS, f"arguments are {call.function.arguments}")

    followup = client.chat.completions.create(
        model=MODEL,
        messages=user("Cuaca Jakarta?")
        + [choice.message.model_dump(exclude_none=True), {"role": "tool", "tool_call_id": call.id, "content": "31°C"}],
        tools=[WEATHER_TOOL],
    )
    expect(followup.choices[0].message.content == "Echo: 31°C", f"answer after the tool is {followup}")

    stream = client.chat.completions.create(
        model=MODEL, messages=user("Cuaca Jakarta?"), tools=[WEATHER_TOOL], stream=True
    )
    names, arguments = [], ""
    for chunk in stream:
        for piece in chunk.choices[0].delta.tool_calls or [] if chunk.choices else []:
            if piece.function.name:
                names.append(piece.function.name)
            arguments += piece.function.arguments or ""
    expect(names == ["get_weather"], f"streamed tool names are {names}")
    expect(json.loads(arguments) == EXPECTED_ARGUMENTS, f"streamed arguments are {arguments!r}")


def embeddings(client):
    texts = ["satu dua", "tiga"]
    floats = client.embeddings.create(model="nusa-embeddings-0001", input=texts, encoding_format="float")
    expect(len(floats.data) == 2, f"got {len(floats.data)} embeddings")
    vectors = [item.embedding for item in floats.data]
    expect(all(len(vector) == 16 for vector in vectors), "vectors are not 16 long")
    expect(abs(sum(value * value for value in vectors[0]) - 1) < 1e-4, "vector is not unit length")

    encoded = client.embeddings.create(model="nusa-embeddings-0001", input=texts, encoding_format="base64")
    for item, vector in zip(encoded.data, vectors):
        raw = base64.b64decode(item.embedding)
        decoded = struct.unpack(f"<{len(raw) // 4}f", raw)
        expect(all(abs(a - b) < 1e-6 for a, b in zip(decoded, vector)), "base64 and float vectors differ")

    default = client.embeddings.create(model="nusa-embeddings-0001", input="tiga")
    expect(
        all(abs(a - b) < 1e-6 for a, b in zip(default.data[0].embedding, vectors[1])),
        "the same text gave another vector",
    )


def models(client):
    ids = [model.id for model in client.models.list()]
    expect(MODEL in ids and "nusa-embeddings-0001" in ids, f"models are {ids}")
    expect(client.models.retrieve(MODEL).id == MODEL, "retrieve gave another model")
    try:
        client.models.retrieve("no-such-model")
        expect(False, "an unknown model did not raise")
    except openai.NotFoundError as error:
        expect(error.status_code == 404, f"status is {error.status_code}")


def batch_line(custom_id, text):
    body = {"model": MODEL, "messages": user(text)}
    return json.dumps({"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body})


def files_and_batches(client):
    content = (batch_line("req-1", "Hello 1") + "\n" + batch_line("req-2", "Hello 2") + "\n").encode()
    file = client.files.create(file=("requests.jsonl", content), purpose="batch")
    expect(file.object == "file" and file.id, f"uploaded file is {file}")
    expect(file.bytes == len(content) and file.purpose == "batch", f"uploaded file is {file}")
    expect(file.filename == "requests.jsonl", f"file name is {file.filename!r}")
    expect(client.files.content(file.id).content == content, "the input file came back changed")

    batch = client.batches.create(
        input_file_id=file.id, endpoint="/v1/chat/completions", completion_window="24h", metadata={"job": "ci"}
    )
    expect(batch.object == "batch" and batch.status == "validating", f"new batch is {batch}")
    expect(batch.input_file_id == file.id and batch.metadata == {"job": "ci"}, f"new batch is {batch}")
    statuses = []
    for _ in range(10):
        batch = client.batches.retrieve(batch.id)
        statuses.append(batch.status)
        if batch.status in ("completed", "failed", "expired", "cancelled", "canceled"):
            break
    expect(statuses == ["in_progress", "finalizing", "completed"], f"statuses are {statuses}")
    counts = batch.request_counts
    expect((counts.total, counts.completed, counts.failed) == (2, 2, 0), f"request counts are {counts}")
    expect(batch.error_file_id is None, f"error file is {batch.error_file_id!r}")

    lines = [json.loads(line) for line in client.files.content(batch.output_file_id).text.splitlines()]
    expect([line["custom_id"] for line in lines] == ["req-1", "req-2"], f"output is {lines}")
    for line, text in zip(lines, ["Hello 1", "Hello 2"]):
        response = line["response"]
        expect(response["status_code"] == 200, f"status is {response['status_code']}")
        content = response["body"]["choices"][0]["message"]["content"]
        expect(content == f"Echo: {text}", f"output content is {content!r}")


def authentication(base_url):
    wrong = OpenAI(base_url=base_url, api_key="nsk_wrong", max_retries=0, timeout=10)
    try:
        wrong.chat.completions.create(model=MODEL, messages=user(QUESTION))
        expect(False, "a wrong key did not raise")
    except openai.AuthenticationError as error:
        expect(error.status_code == 401, f"status is {error.status_code}")


def main():
    base_url, api_key = sys.argv[1], sys.argv[2]
    client = OpenAI(base_url=base_url, api_key=api_key, max_retries=0, timeout=10)
    chat_plain(client)
    chat_stream(client)
    tool_calls(client)
    embeddings(client)
    models(client)
    files_and_batches(client)
    authentication(base_url)
    print(f"openai-compat: openai {openai.__version__}: {checks} checks passed")


if __name__ == "__main__":
    main()
