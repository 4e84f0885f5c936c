#!/usr/bin/env python3
"""Top operators of a training-step profile: self time (the op's own time, its children's taken
out) per op name, share of the profiled time, calls. Reads the Chrome trace that
`gan-studio-cli bench --profile FILE` writes with LibTorch's autograd profiler.
    tests/benchmarks/profile_summary.py trace.json [--top 12] [--steps 20]
"""
import argparse, collections, json

ap = argparse.ArgumentParser()
ap.add_argument("trace")
ap.add_argument("--top", type=int, default=12)
ap.add_argument("--steps", type=int, default=0, help="steps profiled, to print ms per step")
a = ap.parse_args()

events = [e for e in json.load(open(a.trace)) if e.get("ph") == "X"]
self_us = collections.Counter()
calls = collections.Counter()
total = 0.0
by_thread = collections.defaultdict(list)
for e in events:
    by_thread[e["tid"]].append(e)
for thread_events in by_thread.values():
    thread_events.sort(key=lambda e: (e["ts"], -e["dur"]))
    stack = []  # [event, children's time]
    def close_until(ts):
        global total
        while stack and stack[-1][0]["ts"] + stack[-1][0]["dur"] <= ts:
            event, children = stack.pop()
            self_us[event["name"]] += event["dur"] - children
            calls[event["name"]] += 1
            if stack:
                stack[-1][1] += event["dur"]
            else:
                total += event["dur"]
    for e in thread_events:
        close_until(e["ts"])
        stack.append([e, 0.0])
    close_until(float("inf"))

print(f"profiled op time {total / 1000:.1f} ms" + (f", {total / 1000 / a.steps:.1f} ms per step" if a.steps else ""))
print(f"{'op':40s} {'self ms':>9s} {'share':>6s} {'calls':>6s}")
for name, us in self_us.most_common(a.top):
    print(f"{name:40s} {us / 1000:9.1f} {100 * us / total:5.1f}% {calls[name]:6d}")
