#!/usr/bin/env bash
# HCL parse throughput, ours and HashiCorp's (@cdktf/hcl2json, wasm) side by side on the same inputs, in one run.
# Usage: bench/hcl-parse/run.sh            (results go to stdout; copy them into docs/benchmarks.md with date and machine)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd tools/hcl2json-reference && [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error)
dotnet build bench/Platform.Hcl.Benchmarks -c Release -nologo -v q >/dev/null
bench=bench/Platform.Hcl.Benchmarks/bin/Release/net10.0/Platform.Hcl.Benchmarks
"$bench" inputs "$work"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
"$bench" throughput "$work"
node bench/hcl-parse/hcl2json-throughput.js "$work"
