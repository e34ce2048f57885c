"""Checks that the official `openai` Python client's Responses API works against `neosantara serve`.

Usage: responses_compat.py BASE_URL API_KEY

Runs responses.create, responses.create(stream=True) (event types in order and the final text), the client's
responses.stream helper, responses.retrieve, input items, previous_response_id, a function call, a background
response polled to completion and cancelled, responses.parse with a Pydantic model, delete, and the 404 after
it. Exits non-zero on the first failure.
"""

import sys

import openai
from openai import OpenAI
from pydantic import BaseModel

MODEL = "nusantara-base"


def check(condition, message):
    if not condition:
        print(f"responses-compat: FAILED: {message}", file=sys.stderr)
        sys.exit(1)


class Pantun(BaseModel):
    title: str
    lines: list[str]


client = OpenAI(base_url=sys.argv[1], api_key=sys.argv[2], max_retries=0)

created = client.responses.create(model=MODEL, input="Tulis pantun tentang kopi", instructions="Jawab singkat.")
check(created.status == "completed", f"create: status {created.status}")
check(created.output_text == "Echo: Tulis pantun tentang kopi", f"create: output_text {created.output_text!r}")
check(created.usage is not None and created.usage.output_tokens == 5, f"create: usage {created.usage}")

stream = client.responses.create(model=MODEL, input="Halo kopi", stream=True)
types, text, final = [], "", None
for event in stream:
    types.append(event.type)
    if event.type == "response.output_text.delta":
        text += event.delta
    if event.type == "response.completed":
        final = event.response
expected = [
    "response.created", "response.in_progress", "response.output_item.added", "response.content_part.added",
    "response.output_text.delta", "response.output_text.delta", "response.output_text.delta",
    "response.output_text.done", "response.content_part.done", "response.output_item.done", "response.completed",
]
check(types == expected, f"stream: event types {types}")
check(text == "Echo: Halo kopi" and final is not None and final.output_text == text, f"stream: text {text!r}")

with client.responses.stream(model=MODEL, input="Pakai helper") as helper:
    for _ in helper:
        pass
    helped = helper.get_final_response()
check(helped.output_text == "Echo: Pakai helper", f"stream helper: {helped.output_text!r}")

retrieved = client.responses.retrieve(created.id)
check(retrieved.id == created.id and retrieved.output_text == created.output_text, "retrieve: another response")
items = list(client.responses.input_items.list(created.id))
check(len(items) == 1 and items[0].type == "message", f"input items: {items}")

follow = client.responses.create(model=MODEL, input="Lagi!", previous_response_id=created.id)
check(follow.previous_response_id == created.id and follow.output_text == "Echo: Lagi!", "previous_response_id")

tool = {"type": "function", "name": "get_weather", "parameters": {
    "type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}
called = client.responses.create(model=MODEL, input="Cuaca Bandung?", tools=[tool])
calls = [item for item in called.output if item.type == "function_call"]
check(len(calls) == 1 and calls[0].name == "get_weather", f"function call: {called.output}")
answered = client.responses.create(
    model=MODEL, previous_response_id=called.id, tools=[tool],
    input=[{"type": "function_call_output", "call_id": calls[0].call_id, "output": "Cerah"}])
check(answered.output_text == "Echo: Cerah", f"function call output: {answered.output_text!r}")

queued = client.responses.create(model=MODEL, input="Laporan panjang", background=True)
check(queued.status == "queued", f"background: status {queued.status}")
statuses = [client.responses.retrieve(queued.id).status for _ in range(2)]
check(statuses == ["in_progress", "completed"], f"background: statuses {statuses}")
to_cancel = client.responses.create(model=MODEL, input="Batal", background=True)
check(client.responses.cancel(to_cancel.id).status == "cancelled", "cancel")

parsed = client.responses.parse(model=MODEL, input="Pantun kopi", text_format=Pantun)
check(isinstance(parsed.output_parsed, Pantun), f"parse: {parsed.output_parsed!r}")

client.responses.delete(created.id)
try:
    client.responses.retrieve(created.id)
    check(False, "retrieve after delete succeeded")
except openai.NotFoundError as error:
    check("not found" in str(error), f"404 message: {error}")

print("responses-compat: create, stream, stream helper, retrieve, input items, previous_response_id, function call, "
      "background, cancel, parse, delete and 404 all work")
