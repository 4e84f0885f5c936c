#!/usr/bin/env bash
# The hostile-user attacks of issue 13, each run once against the CLI: prints the exit code and
# the first line of what the program said. Exit codes 0 (made correct), 1 and 2 (refused with a
# message) are outcomes; 128+ (a signal) or a hang (the 60 s timeout, 124) would be a failure.
#   tests/soak/attacks.sh build/app/gan-studio-cli [MNIST_DIR]
set -uo pipefail
cli="$(realpath "$1")"
data="$(realpath "${2:-$(dirname "$0")/../../data/mnist}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
attack() {  # attack DESCRIPTION command…
  local what="$1"
  shift
  local out code
  out="$(timeout 60 "$@" 2>&1 >"$work/stdout")"
  code=$?
  # The first line that is not progress; for a command that only prints its result, that result.
  out="$(grep -v '^step ' <<<"$out" | head -1)"
  [ -n "$out" ] || out="$(head -1 "$work/stdout")"
  [ "$code" -ge 124 ] && failures=$((failures + 1))
  printf '| %s | %s | %s |\n' "$what" "$code" "${out:0:150}"
}
"$cli" train --dataset ring --steps 3 --out ring >/dev/null 2>&1
echo "| attack | exit | message |"
echo "|---|---|---|"
python3 - <<'PY'
data = bytearray(open("ring/checkpoint.pt", "rb").read())
pkl = data.find(b"data.pkl")
data[pkl + 200] ^= 0x04
open("pickle-flip.pt", "wb").write(data)
data = bytearray(open("ring/checkpoint.pt", "rb").read())
data[len(data) // 2] ^= 0x01
open("tensor-flip.pt", "wb").write(data)
PY
attack "one flipped bit in the pickle" "$cli" sample --checkpoint pickle-flip.pt --out s.idx
attack "one flipped bit in tensor data" "$cli" sample --checkpoint tensor-flip.pt --out s.idx
cp -r ring edited && sed -i 's/"toy_width": 128.0/"toy_width": 64.0/' edited/config.json
attack "resume after config.json edited (toy_width)" "$cli" train --resume edited/checkpoint.pt --out edited --steps 1
attack "resume with another --seed" "$cli" train --resume ring/checkpoint.pt --out ring --steps 1 --seed 9
attack "resume with another --variant" "$cli" train --resume ring/checkpoint.pt --out ring --steps 1 --variant lsgan
attack "resume with --set of a network size" "$cli" train --resume ring/checkpoint.pt --out ring --steps 1 --set toy_width=64
attack "resume with --set of a live setting (applied)" "$cli" train --resume ring/checkpoint.pt --out ring --steps 1 \
  --set learning_rate_g=1e-4
python3 -c "
import zlib
c = zlib.compressobj(9, zlib.DEFLATED, 31)
out = c.compress(bytes([0, 0, 8, 3, 0, 0, 0, 1, 0, 0, 0, 28, 0, 0, 0, 28]))
for _ in range(1024): out += c.compress(bytes(1 << 20))
open('bomb.gz', 'wb').write(out + c.flush())"
mkdir -p bombdata && for f in train-images-idx3-ubyte t10k-images-idx3-ubyte; do cp bomb.gz "bombdata/$f.gz"; done
attack "1 MB gzip bomb as MNIST (unpacks to 1 GiB)" "$cli" train --steps 1 --data bombdata --out bomb
mkdir -p zerodata && ln -s /dev/zero zerodata/train-images-idx3-ubyte
attack "/dev/zero as MNIST" "$cli" train --steps 1 --data zerodata --out zero
mkdir -p fifodata && mkfifo fifodata/train-images-idx3-ubyte
attack "a FIFO as MNIST" "$cli" train --steps 1 --data fifodata --out fifo
many="$(python3 -c "print(','.join(['0.0004'] * 2500))")"
attack "exact OT with 2,500 points (6.25 M pairs)" "$cli" divergence --p "$many" --q "$many"
attack "train --out over another run" "$cli" train --dataset ring --steps 1 --out ring
attack "NaN parameter of a continuous family" "$cli" divergence --p normal:nan,1 --q normal:0,1
attack "uniform:0,1e-9 vs normal:0,1 (exact KL: 21.6422)" "$cli" divergence --p uniform:0,1e-9 --q normal:0,1
printf '0,-1\n-1,0\n' >neg.csv
attack "negative ground cost" "$cli" divergence --p 0.5,0.5 --q 0.5,0.5 --cost neg.csv
printf '0,nan\nnan,0\n' >nan.csv
attack "NaN ground cost" "$cli" divergence --p 0.5,0.5 --q 0.5,0.5 --cost nan.csv
: >empty.csv
attack "empty cost file" "$cli" divergence --p 0.5,0.5 --q 0.5,0.5 --cost empty.csv
attack "a folder as cost file" "$cli" divergence --p 0.5,0.5 --q 0.5,0.5 --cost .
attack "--seed -1" "$cli" train --dataset ring --steps 1 --out s1 --seed -1
attack "--seed 2^64" "$cli" train --dataset ring --steps 1 --out s2 --seed 18446744073709551616
attack "--seed 1e23" "$cli" train --dataset ring --steps 1 --out s3 --seed 1e23
"$cli" train --variant infogan --steps 1 --data "$data" --out info >/dev/null 2>&1
attack "sample --count 100000 of MNIST digits (in chunks)" "$cli" --threads 1 sample --checkpoint info/checkpoint.pt \
  --count 100000 --out many.idx
attack "--code c1=1e300" "$cli" sample --checkpoint info/checkpoint.pt --code c1=1e300 --out c.idx
attack "sample --out x.png" "$cli" sample --checkpoint ring/checkpoint.pt --out x.png
echo "attacks ending in a signal or a hang: $failures"
[ "$failures" = 0 ]
