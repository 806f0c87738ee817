"""scripts/bench --suite plan: chunk balance of the plan without recorded durations (units dealt
by name, evenly by count) and with them (longest first to the least loaded chunk), on a
generated sleep-based skewed suite, with 4 and 8 chunks.

The suite: 48 classes, 4 long ones (2.8-4.0 s, named first) and 44 short ones (0.2-1.0 s), 40 s of
sleep in all, so even 8 chunks have more work each (5 s) than the longest class. Sleep-based, so
the figures do not depend on the number of cores. For each chunk count: one run with an empty
timings file (covrun records the durations), then one run planned from those recorded durations.
Imbalance is the slowest chunk over the mean chunk, predicted (from the plan) and actual (measured
test time per chunk from the workers' events, and whole chunk JVM wall time).
"""

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import time

import benchlib
import run_bench
import synthetic

HOME = os.path.join(run_bench.BENCH, "target", "plan")
LONG_SECONDS = (4.0, 3.6, 3.2, 2.8)
SHORT_CLASSES = 44
CHUNK_COUNTS = (4, 8)


def unit_seconds():
    """Sleep time per test class, in name order: the long ones first, then 0.2-1.0 s."""
    return list(LONG_SECONDS) + [round(0.2 + ((i * 7) % 9) * 0.1, 2) for i in range(SHORT_CLASSES)]


def unit_names():
    return ["%s.%s" % (synthetic.PACKAGE, synthetic.class_name(i)) for i in range(len(unit_seconds()))]


def build(classpath):
    """Generates and compiles this suite (synthetic's generator, other durations and home)."""
    saved = (synthetic.HOME, synthetic.unit_seconds)
    synthetic.HOME, synthetic.unit_seconds = HOME, unit_seconds
    try:
        return synthetic.build(classpath)
    finally:
        synthetic.HOME, synthetic.unit_seconds = saved


def supports_dist(launcher):
    help_text = subprocess.run([launcher, "run", "--help"], capture_output=True, text=True).stdout
    return "--dist" in help_text


def run(launcher, chunks, classpath, jars, out, timings, static):
    cp_file = os.path.join(HOME, "cp.txt")
    synthetic.write(cp_file, os.pathsep.join(classpath))
    cmd = [launcher, "run", "--chunks", str(chunks), "--workdir", HOME, "--classpath", "@" + cp_file,
           "--tests", jars[1], "--classes", jars[0], "--out", out, "--include", "**/*Test",
           "--timings", timings]
    if static:
        cmd += ["--dist", "static"]
    start = time.monotonic()
    with open(out + ".log", "w") as log:
        code = subprocess.run(cmd, cwd=HOME, stdout=log, stderr=subprocess.STDOUT).returncode
    return time.monotonic() - start, code


def chunk_facts(out):
    """Per chunk: (units, predicted s, measured test s from events, JVM wall s)."""
    with open(os.path.join(out, "summary.json")) as f:
        summary = json.load(f)
    known = dict(zip(unit_names(), unit_seconds()))
    facts = []
    for chunk in summary["chunks"]:
        # "worker" names the directory ("chunk" is the slot a replacement shares); older files lack it
        directory = os.path.join(out, "chunks", chunk_dir(chunk.get("worker", chunk["chunk"]), len(summary["chunks"])))
        with open(os.path.join(directory, "units.txt")) as f:
            units = [u.strip() for u in f if u.strip()]
        facts.append({
            "units": len(units),
            "sleep": sum(known.get(u, 0) for u in units),
            "predicted": chunk.get("predictedSeconds", 0.0),
            "measured": measured_seconds(os.path.join(directory, "events.tsv")),
            "wall": chunk["wallSeconds"],
        })
    return summary, facts


def chunk_dir(number, count):
    return str(number).zfill(len(str(count)))


def measured_seconds(events):
    total = 0.0
    with open(events) as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "UNIT_END":
                total += int(fields[2]) / 1000.0
    return total


def imbalance(values):
    mean = statistics.mean(values)
    return max(values) / mean if mean else 1.0


def main(argv):
    parser = argparse.ArgumentParser(prog="scripts/bench --suite plan")
    parser.add_argument("--covrun-worktree", action="store_true")
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args(argv)
    launcher, label = run_bench.suite_and_covrun(args.covrun_worktree)
    classpath = synthetic.junit_classpath()
    jars = build(classpath)
    static = supports_dist(launcher)
    root = os.path.join(HOME, "runs", datetime.datetime.now().strftime("%Y%m%d-%H%M%S"))
    os.makedirs(root, exist_ok=True)
    rows = []
    for chunks in CHUNK_COUNTS:
        timings = os.path.join(root, "timings-%d.json" % chunks)
        for plan in ("by name (no durations)", "by recorded durations"):
            out = os.path.join(root, "c%d-%s" % (chunks, "name" if plan.startswith("by name") else "durations"))
            wall, code = run(launcher, chunks, classpath, jars, out, timings, static)
            summary, facts = chunk_facts(out)
            rows.append(row(chunks, plan, wall, code, summary, facts))
    text = report(label, static, rows, root)
    print(text)
    if not args.no_record:
        benchlib.append_benchmarks(os.path.join(run_bench.REPO, "BENCHMARKS.md"), text)
    return 0


def row(chunks, plan, wall, code, summary, facts):
    predicted = [f["sleep"] for f in facts]
    return {
        "chunks": chunks, "plan": plan, "wall": wall, "code": code,
        "predicted": summary["plan"]["predictedImbalance"] if plan.startswith("by rec") else imbalance(predicted),
        "sleep": imbalance(predicted),
        "measured": imbalance([f["measured"] for f in facts]),
        "jvm": imbalance([f["wall"] for f in facts]),
        "slowest": max(f["measured"] for f in facts),
    }


def report(label, static, rows, root):
    seconds = unit_seconds()
    lines = ["", "## %s — plan balance on a skewed sleep-based suite" % (
        datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")), "",
        "- Machine: %s" % run_bench.machine_description(),
        "- Command: `scripts/bench --suite plan`",
        "- covrun built from the %s%s; work files %s" % (
            label, ", --dist static" if static else "", os.path.relpath(root, run_bench.REPO)),
        "- suite: %d classes, %.1fs of sleep in all, longest %.1fs (4 long ones named first)" % (
            len(seconds), sum(seconds), max(seconds)),
        "- imbalance = slowest chunk / mean chunk. predicted: from the plan (for the plan by name, the"
        " classes' known sleep time); measured: test time per chunk from the workers' events; JVM:"
        " whole chunk JVM wall time (adds start-up, the same for every chunk)", "",
        "| chunks | plan | predicted | measured | JVM wall | slowest chunk s | covrun wall s | exit |",
        "|---:|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append("| %d | %s | %.2f | %.2f | %.2f | %.1f | %.1f | %d |" % (
            r["chunks"], r["plan"], r["predicted"], r["measured"], r["jvm"], r["slowest"], r["wall"], r["code"]))
    durations = [r for r in rows if r["plan"].startswith("by rec")]
    verdict = all(r["measured"] <= 1.10 for r in durations)
    lines += ["", "- target: measured imbalance at most 1.10 with recorded durations: %s (%s)" % (
        "PASS" if verdict else "FAIL", ", ".join("%d chunks %.2f" % (r["chunks"], r["measured"]) for r in durations))]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
