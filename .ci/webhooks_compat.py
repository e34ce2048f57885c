"""Webhook verification against an independent implementation: the `standardwebhooks` package signs deliveries,
and `neosantara webhooks verify` must accept each one and reject it once any byte of it is changed.

Usage: webhooks_compat.py <path to the neosantara binary>
"""

import base64
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone

from standardwebhooks import Webhook

BINARY = sys.argv[1]
SECRET = "whsec_" + base64.b64encode(os.urandom(32)).decode()
OTHER_SECRET = "whsec_" + base64.b64encode(os.urandom(32)).decode()
ENVELOPE = (
    b'{"object":"event","id":"evt_4f8c1a2b3d4e5f60718293a4b5c6d7e8","type":"response.completed",'
    b'"created_at":1750287018,"data":{"id":"resp_abc123"}}'
)
FLAT = (
    b'{"event":"response.completed","id":"resp_01j7x8","status":"completed","model":"deepseek-v4.1-flash",'
    b'"output_text":"Laporan \xe2\x98\x95","usage":{"prompt_tokens":120,"completion_tokens":850,"total_tokens":970}}'
)
failures = []
runs = 0


def run(payload, headers, secret=SECRET):
    global runs
    runs += 1
    with tempfile.NamedTemporaryFile(delete=False) as file:
        file.write(payload)
    try:
        arguments = [BINARY, "webhooks", "verify", "--payload", file.name]
        for name, value in headers.items():
            arguments += ["--header", f"{name}: {value}"]
        result = subprocess.run(
            arguments, capture_output=True, text=True, timeout=30,
            env={**os.environ, "NEOSANTARA_WEBHOOK_SECRET": secret})
    finally:
        os.unlink(file.name)
    if SECRET in result.stdout + result.stderr or SECRET[6:] in result.stdout + result.stderr:
        failures.append("the output holds the secret")
    return result


def signed(payload, msg_id="msg_compat_1", when=None, secret=SECRET):
    when = when or datetime.now(tz=timezone.utc)
    signature = Webhook(secret).sign(msg_id, when, payload)
    return {"webhook-id": msg_id, "webhook-timestamp": str(int(when.timestamp())), "webhook-signature": signature}


def expect(result, accepted, what):
    if (result.returncode == 0) != accepted:
        failures.append(f"{what}: exit {result.returncode}, stdout {result.stdout!r}, stderr {result.stderr!r}")


for payload in (ENVELOPE, FLAT):
    headers = signed(payload)
    result = run(payload, headers)
    expect(result, True, "a delivery standardwebhooks signed")
    if result.stdout.strip() != "response.completed":
        failures.append(f"the event type printed is {result.stdout!r}")
    # standardwebhooks itself agrees that the delivery verifies.
    Webhook(SECRET).verify(payload, headers)

headers = signed(ENVELOPE)
for index in range(len(ENVELOPE)):
    changed = bytearray(ENVELOPE)
    changed[index] ^= 0x01
    expect(run(bytes(changed), headers), False, f"the payload with byte {index} changed")
expect(run(ENVELOPE + b" ", headers), False, "the payload with a byte added")
expect(run(ENVELOPE[:-1], headers), False, "the payload with its last byte removed")
expect(run(ENVELOPE, {**headers, "webhook-id": "msg_compat_2"}), False, "another webhook-id")
expect(run(ENVELOPE, {**headers, "webhook-timestamp": str(int(headers["webhook-timestamp"]) + 1)}), False,
       "another webhook-timestamp")
expect(run(ENVELOPE, headers, secret=OTHER_SECRET), False, "another secret")
stale = signed(ENVELOPE, when=datetime.now(tz=timezone.utc) - timedelta(minutes=10))
expect(run(ENVELOPE, stale), False, "a delivery signed 10 minutes ago")
future = signed(ENVELOPE, when=datetime.now(tz=timezone.utc) + timedelta(minutes=10))
expect(run(ENVELOPE, future), False, "a delivery dated 10 minutes ahead")
rotated = signed(ENVELOPE, secret=OTHER_SECRET)["webhook-signature"] + " " + headers["webhook-signature"]
expect(run(ENVELOPE, {**headers, "webhook-signature": rotated}), True, "two signatures, the second one good")
expect(run(ENVELOPE, {k: v for k, v in headers.items() if k != "webhook-signature"}), False, "no signature")
unpadded = SECRET.rstrip("=")
expect(run(ENVELOPE, signed(ENVELOPE, secret=unpadded), secret=unpadded), True, "an unpadded base64 secret")

if failures:
    print("webhooks-compat: FAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
    sys.exit(1)
print(f"webhooks-compat: {runs} deliveries signed with standardwebhooks checked by neosantara webhooks verify")
