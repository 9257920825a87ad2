"""Prints the ratios the README quotes from one JMH JSON result (benchmarks/run.sh writes it)."""
import json
import sys

results = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/results/jmh-result.json"))


def ns_per_op(r):
    m = r["primaryMetric"]
    unit, score = m["scoreUnit"], m["score"]
    scale = {"ns/op": 1, "us/op": 1e3, "ms/op": 1e6, "s/op": 1e9}
    if unit in scale:
        return score * scale[unit]
    per_s = {"ops/s": 1, "ops/ms": 1e3, "ops/us": 1e6, "ops/ns": 1e9}
    return 1e9 / (score * per_s[unit])


def alloc(r):
    g = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
    return g["score"] if g else float("nan")


rows = {}
for r in results:
    name = r["benchmark"].rsplit(".", 2)
    key = name[-2] + "." + name[-1]
    params = r.get("params") or {}
    if params:
        key += "[" + ",".join(f"{k}={v}" for k, v in params.items()) + "]"
    rows[key] = r

print(f"{'benchmark':58} {'ns/op':>14} {'B/op':>12}")
for key, r in rows.items():
    print(f"{key:58} {ns_per_op(r):14.1f} {alloc(r):12.0f}")

d = {k.split(".")[1]: ns_per_op(r) for k, r in rows.items() if k.startswith("DecisionBenchmark.")}
peers = {k: v for k, v in d.items() if not k.startswith("ours")}
dmn = min((v, k) for k, v in peers.items() if k.startswith("dmn")) if any(k.startswith("dmn") for k in peers) else None
easy = min((v, k) for k, v in peers.items() if k.startswith("easyRules")) if any(k.startswith("easyRules") for k in peers) else None
for mine in ("ours", "oursSummary", "oursMatrixOnly", "oursLevelOnly"):
    if mine not in d:
        continue
    ours = d[mine]
    print()
    if dmn:
        print(f"faster DMN ({dmn[1]}) / {mine} = {dmn[0] / ours:.1f}x")
    if easy:
        print(f"faster Easy Rules ({easy[1]}) / {mine} = {easy[0] / ours:.1f}x")
    if "ifChain" in d:
        print(f"{mine} / ifChain = {ours / d['ifChain']:.0f}x")
    if "ifChain" in d and "hostFacts" in d:
        print(f"{mine} / (hostFacts + ifChain) = {ours / (d['ifChain'] + d['hostFacts']):.1f}x")

sweeps = {int(r["params"]["issues"]): ns_per_op(r) for k, r in rows.items() if k.startswith("SweepBenchmark.")}
if sweeps:
    print()
    for n in sorted(sweeps):
        print(f"sweep of {n:>9,} issues: {sweeps[n] / 1e6:10.1f} ms, {sweeps[n] / n:8.0f} ns/issue")
