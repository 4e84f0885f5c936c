#!/usr/bin/env python3
"""Flips one random bit of a checkpoint, N times (default 200), and samples from each copy with the
CLI: every copy must either be refused with a one-line error naming the file (exit 1 or 2) or give
exactly the original's images (the bit was in zip metadata that nothing reads). A crash (signal) or
different images from a silently accepted copy is a failure.
   tests/soak/flip_checkpoint_bits.py build/app/gan-studio-cli run/checkpoint.pt [N] [TAIL]
TAIL > 0 flips bits only in the file's last TAIL bytes: the zip directory and the small entries
(pickle, config) that a flip anywhere would rarely hit."""
import os
import random
import subprocess
import sys
import tempfile

cli, checkpoint = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 200
tail = int(sys.argv[4]) if len(sys.argv) > 4 else 0
original = open(checkpoint, "rb").read()
work = tempfile.mkdtemp()


def sample(path, out):
    result = subprocess.run([cli, "--threads", "1", "sample", "--checkpoint", path, "--count", "16", "--out", out],
                            capture_output=True, text=True)
    return result.returncode, result.stderr.strip().splitlines()


code, _ = sample(checkpoint, os.path.join(work, "reference.idx"))
assert code == 0, "the original checkpoint must sample"
reference = open(os.path.join(work, "reference.idx"), "rb").read()
outcomes = {"refused": 0, "same images": 0, "different images": 0, "crashed": 0}
random.seed(1)
for i in range(count):
    first = 8 * (len(original) - tail) if 0 < tail < len(original) else 0
    bit = random.randrange(first, 8 * len(original))
    damaged = bytearray(original)
    damaged[bit // 8] ^= 1 << (bit % 8)
    path = os.path.join(work, "damaged.pt")
    open(path, "wb").write(damaged)
    out = os.path.join(work, "out.idx")
    if os.path.exists(out):
        os.remove(out)
    code, err = sample(path, out)
    if code < 0 or code >= 128:
        kind = "crashed"
    elif code != 0:
        kind = "refused"
        if len(err) != 1 or path not in err[0]:
            kind = "crashed"  # not one line naming the file: counted as a failure
    else:
        kind = "same images" if open(out, "rb").read() == reference else "different images"
    outcomes[kind] += 1
    if kind in ("crashed", "different images"):
        print(f"bit {bit} (byte {bit // 8}): {kind}, exit {code}: {err[-1:] if err else ''}")
where = f"its last {tail} bytes" if tail else f"{checkpoint}"
print(f"{count} single-bit flips in {where} ({len(original)} bytes): " +
      ", ".join(f"{n} {k}" for k, n in outcomes.items()))
sys.exit(1 if outcomes["crashed"] or outcomes["different images"] else 0)
