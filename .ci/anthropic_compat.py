"""The official `anthropic` Python client against `neosantara serve`: messages.create, messages.stream,
messages.count_tokens, models.list and an error, as a user of that client would call them."""

import sys

import anthropic

base_url, api_key = sys.argv[1], sys.argv[2]
# `neosantara serve` prints its OpenAI-style base, `<origin>/v1`; the Anthropic client appends `/v1/…` to
# its own base, so that base is `<origin>/anthropic`.
origin = base_url.rsplit("/v1", 1)[0]
client = anthropic.Anthropic(api_key=api_key, base_url=origin + "/anthropic", max_retries=0)
model = "claude-sonnet-4-6"
question = [{"role": "user", "content": "Halo apa kabar?"}]
weather = {
    "name": "get_weather",
    "description": "Cuaca sebuah kota",
    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
}


def check(condition, what):
    if not condition:
        raise SystemExit(f"anthropic-compat: {what}")


message = client.messages.create(model=model, max_tokens=100, system="Jawab singkat.", messages=question)
check(message.type == "message" and message.role == "assistant", f"not a message: {message}")
check(message.content[0].text == "Echo: Halo apa kabar?", f"wrong text: {message.content}")
check(message.stop_reason == "end_turn", f"wrong stop reason: {message.stop_reason}")
check(message.usage.input_tokens == 5 and message.usage.output_tokens == 4, f"wrong usage: {message.usage}")
print("anthropic-compat: messages.create answered", repr(message.content[0].text))

with client.messages.stream(model=model, max_tokens=100, messages=question) as stream:
    text = "".join(stream.text_stream)
    final = stream.get_final_message()
check(text == "Echo: Halo apa kabar?", f"wrong streamed text: {text!r}")
check(final.content[0].text == text and final.stop_reason == "end_turn", f"wrong final message: {final}")
check(final.usage.output_tokens == message.usage.output_tokens, f"wrong streamed usage: {final.usage}")

with client.messages.stream(
    model=model, max_tokens=100, messages=question, thinking={"type": "enabled", "budget_tokens": 1024}
) as stream:
    thinking = stream.get_final_message()
check([block.type for block in thinking.content] == ["thinking", "text"], f"no thinking: {thinking.content}")
check(thinking.content[0].thinking == "Reasoning about: Halo apa kabar?", f"wrong thinking: {thinking.content[0]}")
check(thinking.content[0].signature.startswith("sig_test_"), f"no signature: {thinking.content[0]}")

with client.messages.stream(model=model, max_tokens=100, messages=question, tools=[weather]) as stream:
    tool_call = stream.get_final_message()
check(tool_call.stop_reason == "tool_use", f"no tool use: {tool_call}")
check(tool_call.content[0].type == "tool_use" and tool_call.content[0].name == "get_weather", f"{tool_call.content}")
check(isinstance(tool_call.content[0].input.get("city"), str), f"input not joined: {tool_call.content[0].input}")
print("anthropic-compat: messages.stream gave text, thinking and a tool call's joined input")

count = client.messages.count_tokens(model=model, system="satu dua", messages=question)
check(count.input_tokens == 5, f"wrong token count: {count}")
print("anthropic-compat: messages.count_tokens counted", count.input_tokens)

ids = [model.id for model in client.models.list(limit=2)]
check(len(ids) >= 3 and len(set(ids)) == len(ids), f"models did not page: {ids}")
print("anthropic-compat: models.list paged through", len(ids), "models")

try:
    anthropic.Anthropic(api_key="nsk_wrong", base_url=origin + "/anthropic", max_retries=0).messages.create(
        model=model, max_tokens=10, messages=question
    )
    raise SystemExit("anthropic-compat: a wrong key was accepted")
except anthropic.AuthenticationError as error:
    check(error.body["type"] == "error", f"not Anthropic's error shape: {error.body}")
    check(error.body["error"]["type"] == "authentication_error", f"wrong error type: {error.body}")
print("anthropic-compat: a wrong key raised AuthenticationError")
