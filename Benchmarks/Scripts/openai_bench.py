"""The official `openai` Python package in the benchmarks' scenarios (a)-(c), against the same server.

    python openai_bench.py --scenario a --server http://127.0.0.1:PORT --count 1000

Prints one line of JSON with the fields of the Swift benchmark's `Measurement`.
"""

import argparse
import asyncio
import json
import resource
import sys
import time

import openai

MESSAGES = [{"role": "user", "content": "Apa ibu kota Indonesia?"}]


def cpu_time():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else 0.0


def complete(client):
    reply = client.chat.completions.create(model="nusantara-base", messages=MESSAGES)
    return 1 if reply.choices[0].message.content else 0


def stream(client):
    chunks = 0
    for chunk in client.chat.completions.create(model="nusantara-base", messages=MESSAGES, stream=True):
        if chunk.choices:
            chunks += 1
    return chunks


def sequential(call, client, count):
    latencies, failures = [], 0
    for _ in range(count):
        start = time.perf_counter()
        try:
            if call(client) == 0:
                failures += 1
        except Exception as error:  # noqa: BLE001 - a failure is counted, not fatal
            print(f"failed: {error}", file=sys.stderr)
            failures += 1
        latencies.append(time.perf_counter() - start)
    return latencies, failures


async def concurrent(client, count, workers=16):
    latencies, failures = [], 0

    async def worker():
        nonlocal failures
        for _ in range(count // workers):
            start = time.perf_counter()
            try:
                reply = await client.chat.completions.create(model="nusantara-base", messages=MESSAGES)
                if not reply.choices[0].message.content:
                    failures += 1
            except Exception as error:  # noqa: BLE001
                print(f"failed: {error}", file=sys.stderr)
                failures += 1
            latencies.append(time.perf_counter() - start)

    await asyncio.gather(*(worker() for _ in range(workers)))
    return latencies, failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scenario", choices=["a", "b", "c"], required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--count", type=int, required=True)
    arguments = parser.parse_args()
    base_url = arguments.server + "/v1"
    count = arguments.count

    if arguments.scenario == "c":
        client = openai.AsyncOpenAI(api_key="nsk_benchmark", base_url=base_url)

        async def run():
            await concurrent(client, max(16, count // 10))
            cpu, start = cpu_time(), time.perf_counter()
            result = await concurrent(client, count)
            return result, time.perf_counter() - start, cpu_time() - cpu

        (latencies, failures), elapsed, cpu = asyncio.run(run())
    else:
        client = openai.OpenAI(api_key="nsk_benchmark", base_url=base_url)
        call = complete if arguments.scenario == "a" else stream
        sequential(call, client, max(1, count // 10))
        cpu, start = cpu_time(), time.perf_counter()
        latencies, failures = sequential(call, client, count)
        elapsed, cpu = time.perf_counter() - start, cpu_time() - cpu

    print(
        json.dumps(
            {
                "throughput": len(latencies) / elapsed,
                "p50": percentile(latencies, 0.5),
                "p99": percentile(latencies, 0.99),
                "cpuPerCall": cpu / len(latencies),
                "peakRSS": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
                "failures": failures,
            }
        )
    )


if __name__ == "__main__":
    main()
