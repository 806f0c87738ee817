"""scripts/bench --suite worksteal: covrun --dist worksteal against --dist static.

1. The synthetic skewed suite (bench/synthetic.py: 40 sleep-based classes, 4 long ones) with 4
   workers, planned from a cold timings file (none) and from a stale one (the right durations
   shuffled onto the wrong classes, seeded), against the ideal: total sleep / workers, or the
   longest unit if larger. Reported per run: covrun's whole wall time and the test phase (first
   test JVM started to last one ended, summary.json's testSeconds), and what either distribution
   would take with no overhead at all (the same order, every unit exactly its sleep time).
2. With --lang3: the CPU-bound Commons Lang suite (the --quick selection of scripts/bench) with
   --chunks 2, both distributions planned from the same warm timings file.

Runs are interleaved round by round so drift on a shared machine hits both distributions alike.
"""

import argparse
import datetime
import glob
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

import benchlib
import run_bench
import schedlib

try:
    import synthetic
except ImportError:  # bench/synthetic.py comes with the synthetic suite's own change
    synthetic = None

DISTS = ("static", "worksteal")
SCENARIOS = ("cold", "stale")
TARGET = 1.10
LANG3_TARGET = 1.03


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="scripts/bench --suite worksteal", description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="measured runs per scenario and distribution")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1, help="seed of the stale timings' shuffle")
    parser.add_argument("--lang3", action="store_true", help="also compare on the CPU-bound lang3 suite")
    parser.add_argument("--lang3-runs", type=int, default=2)
    parser.add_argument("--lang3-chunks", type=int, default=2)
    parser.add_argument("--covrun-worktree", action="store_true")
    parser.add_argument("--no-record", action="store_true")
    return parser.parse_args(argv)


def timed_covrun(cmd, out, log_name):
    """Runs covrun after waiting for a quiet machine; returns (wall seconds, exit code, summary.json
    or {}, CPU seconds other processes used meanwhile)."""
    run_bench.wait_for_quiet_machine()
    own = children_cpu_seconds()
    busy = run_bench.machine_busy_seconds()
    start = time.monotonic()
    with open(out + "." + log_name + ".log", "w") as log:
        code = subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT).returncode
    wall = time.monotonic() - start
    other = max(0.0, run_bench.machine_busy_seconds() - busy - (children_cpu_seconds() - own))
    summary_path = os.path.join(out, "summary.json")
    summary = {}
    if os.path.exists(summary_path):
        with open(summary_path) as f:
            summary = json.load(f)
    return wall, code, summary, other


def children_cpu_seconds():
    """CPU time of finished child processes (covrun and the test JVMs it waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# ---------------------------------------------------------------- synthetic suite


def balance(summary):
    """schedlib.balance over the test JVMs' wall times in summary.json, or None."""
    walls = [c["wallSeconds"] for c in summary.get("chunks", []) if c.get("wallSeconds")]
    return schedlib.balance(walls) if walls else None


def seed_of(args, round_no):
    """Each round's stale file is another shuffle, so the runs sample stale files, not one seed's luck."""
    return args.seed + round_no - 1


def synthetic_timings(scenario, names, seconds, seed, path):
    """Cold: no file. Stale: the durations shuffled onto other classes (rewritten before every run,
    since covrun records the measured durations afterwards)."""
    if os.path.exists(path):
        os.remove(path)
    if scenario == "stale":
        stale = schedlib.shuffled(names, seconds, seed)
        with open(path, "w") as f:
            json.dump(dict(sorted(stale.items())), f, indent=2)
    return path


def run_synthetic(args, launcher, root):
    classpath = synthetic.junit_classpath()
    main_jar, tests_jar = synthetic.build(classpath)
    cp_file = os.path.join(root, "cp.txt")
    with open(cp_file, "w") as f:
        f.write(os.pathsep.join(classpath))
    seconds = synthetic.unit_seconds()
    names = ["%s.%s" % (synthetic.PACKAGE, synthetic.class_name(i)) for i in range(len(seconds))]
    results = {(s, d): [] for s in SCENARIOS for d in DISTS}
    for round_no in range(1, args.runs + 1):
        for scenario in SCENARIOS:
            for dist in DISTS:
                out = os.path.join(root, "%s-%s-%d" % (scenario, dist, round_no))
                timings = synthetic_timings(scenario, names, seconds, seed_of(args, round_no), out + "-timings.json")
                cmd = [launcher, "run", "--chunks", str(args.workers), "--dist", dist, "--workdir", synthetic.HOME,
                       "--classpath", "@" + cp_file, "--tests", tests_jar, "--classes", main_jar, "--out", out,
                       "--include", "**/*Test", "--timings", timings, "--progress-interval", "60"]
                wall, code, summary, other = timed_covrun(cmd, out, "covrun")
                results[(scenario, dist)].append({"wall": wall, "code": code, "test": summary.get("testSeconds"),
                                                  "chunks": summary.get("chunks", []), "balance": balance(summary),
                                                  "other": other,
                                                  "workers": breakdown(out, summary, dict(zip(names, seconds)))})
                run_bench.log("%s %s run %d: wall %.1fs, test JVMs %.1fs, exit %d, other CPU %.0fs" % (
                    scenario, dist, round_no, wall, summary.get("testSeconds") or -1, code, other))
    return names, seconds, results


def breakdown(out, summary, sleep_by_unit):
    """schedlib.worker_breakdown for every test JVM of a run."""
    parts = []
    for chunk in summary.get("chunks", []):
        if chunk.get("wallSeconds") is None:
            continue
        events = os.path.join(out, "chunks", str(chunk.get("chunk")), "events.tsv")
        parts.append(schedlib.worker_breakdown(benchlib.unit_millis(events), sleep_by_unit, chunk["wallSeconds"]))
    return parts


def overhead_lines(results):
    """Where the test JVMs' time went beyond sleeping, medians over every JVM of every run."""
    lines = ["", "Where the test JVMs' time went (medians over all JVMs of all runs of a row; outside units ="
             " JVM start-up with the JaCoCo agent and the JUnit launcher, asking for work, exit; in units = the"
             " units' time beyond their sleep: JUnit's per-class work and the per-unit coverage dump):", "",
             "| timings | --dist | test JVMs s (median) | outside units s per JVM | in units ms per unit |"
             " test JVMs less the median time outside units, s |", "|---|---|---|---|---|---|"]
    for scenario in SCENARIOS:
        for dist in DISTS:
            runs = results[(scenario, dist)]
            workers = [w for r in runs for w in r.get("workers", [])]
            tests = [r["test"] for r in runs if r["test"] is not None]
            if not workers or not tests:
                continue
            outside = statistics.median(w["outside"] for w in workers)
            per_unit = statistics.median(1000.0 * w["in_units"] / w["units"] for w in workers if w["units"])
            lines.append("| %s | %s | %.1f | %.2f | %.0f | %.1f |" % (
                scenario, dist, statistics.median(tests), outside, per_unit, statistics.median(tests) - outside))
    return lines


def simulated(scenario, dist, names, seconds, args):
    """The median no-overhead makespan over the runs' stale files (the one cold plan for cold)."""
    actual = dict(zip(names, seconds))
    makespan = schedlib.worksteal_makespan if dist == "worksteal" else schedlib.static_makespan
    if scenario == "cold":
        return makespan(names, {name: 1.0 for name in names}, actual, args.workers)
    return statistics.median(
        makespan(names, schedlib.shuffled(names, seconds, seed_of(args, r)), actual, args.workers)
        for r in range(1, args.runs + 1))


def shuffle_spread(args, names, seconds):
    """The no-overhead makespan over 100 stale shuffles: how much any seed's luck matters."""
    ideal = schedlib.ideal_seconds(seconds, args.workers)
    actual = dict(zip(names, seconds))
    lines = []
    for dist in DISTS:
        makespan = schedlib.worksteal_makespan if dist == "worksteal" else schedlib.static_makespan
        ratios = [makespan(names, schedlib.shuffled(names, seconds, seed), actual, args.workers) / ideal
                  for seed in range(1, 101)]
        lines.append("- %s over 100 stale shuffles, without overhead: median %.2fx, 90th percentile %.2fx, worst %.2fx"
                     % (dist, schedlib.percentile(ratios, 0.5), schedlib.percentile(ratios, 0.9), max(ratios)))
    blind = [schedlib.random_order_makespan(names, actual, args.workers, seed) / ideal for seed in range(1, 101)]
    lines.append("- any hand-out order that knows nothing of the durations (100 random orders), without overhead:"
                 " median %.2fx, 90th percentile %.2fx, worst %.2fx" % (
                     schedlib.percentile(blind, 0.5), schedlib.percentile(blind, 0.9), max(blind)))
    return lines


def work_verdicts(results, args):
    """The target against the ideal of the work each run actually did (schedlib.work_ideal: the
    units at their measured times, plus one JVM start-up, as scripts/bench's physical bound for
    lang3 adds one JVM start), medians over the runs."""
    lines = []
    for scenario in SCENARIOS:
        ratios = [r["test"] / schedlib.work_ideal(r["workers"], args.workers)
                  for r in results[(scenario, "worksteal")] if r.get("workers") and r["test"] is not None]
        if ratios:
            ratio = statistics.median(ratios)
            lines.append("- %s timings: worksteal's test JVMs against the ideal of the work done (units at their"
                         " measured times / workers, or the longest, + one JVM's time outside units): median %.2fx"
                         " (%s)" % (scenario, ratio, benchlib.verdict_word(ratio <= TARGET)))
    return lines


def synthetic_lines(args, names, seconds, results):
    ideal = schedlib.ideal_seconds(seconds, args.workers)
    lines = ["- suite: %d classes, %.1fs of sleep in all, longest %.1fs; ideal for %d workers %.2fs" % (
        len(seconds), sum(seconds), max(seconds), args.workers, ideal),
        "- stale timings: the suite's durations shuffled onto other classes, another shuffle per round"
        " (seeds %d-%d)" % (args.seed, seed_of(args, args.runs)),
        "- test JVMs = summary.json testSeconds (first test JVM started to last one ended, reruns included);"
        " no-overhead = the same hand-out with every unit exactly its sleep time and nothing else",
        "- balance = the slowest test JVM's wall time / the mean one: the test phase over the ideal of the work"
        " actually done (total JVM time / workers); 1.00 = no JVM sat idle while another still ran",
        "", "| timings | --dist | runs | exit codes | wall s (median) | test JVMs s (median) | test JVMs / ideal"
        " | balance (median) | other CPU s (median) | no-overhead s (median) | no-overhead / ideal |",
        "|---|---|---|---|---|---|---|---|---|---|---|"]
    verdicts = []
    for scenario in SCENARIOS:
        for dist in DISTS:
            runs = results[(scenario, dist)]
            wall = statistics.median(r["wall"] for r in runs)
            tests = [r["test"] for r in runs if r["test"] is not None]
            test = statistics.median(tests) if tests else None
            balances = [r["balance"] for r in runs if r["balance"] is not None]
            spread = statistics.median(balances) if balances else None
            sim = simulated(scenario, dist, names, seconds, args)
            lines.append("| %s | %s | %d | %s | %.1f | %s | %s | %s | %.0f | %.2f | %.2fx |" % (
                scenario, dist, len(runs), ",".join(str(r["code"]) for r in runs), wall,
                benchlib.fmt(test), benchlib.fmt(test / ideal if test else None, "%.2fx"),
                benchlib.fmt(spread, "%.2f"), statistics.median(r["other"] for r in runs), sim, sim / ideal))
            if dist == "worksteal":
                verdicts.append((scenario, test, spread, sim))
    lines += ["", "Targets (worksteal within %.0f%% of the ideal: of the work actually done, and of the sleep"
              " time alone, %.2fs):" % ((TARGET - 1) * 100, ideal), ""]
    for scenario, test, spread, sim in verdicts:
        lines.append("- %s timings: balance %s (%s); test JVMs against the sleep-only ideal %s (%s); the same"
                     " hand-out without any overhead %.2fx (%s)" % (
                         scenario, benchlib.fmt(spread, "%.2f"),
                         benchlib.verdict_word(None if spread is None else spread <= TARGET),
                         benchlib.fmt(test), benchlib.verdict_word(None if test is None else test <= TARGET * ideal),
                         sim / ideal, benchlib.verdict_word(sim <= TARGET * ideal)))
    lines += shuffle_spread(args, names, seconds)
    lines += work_verdicts(results, args)
    for scenario in SCENARIOS:
        ratio = statistics.median(r["wall"] for r in results[(scenario, "worksteal")]) / statistics.median(
            r["wall"] for r in results[(scenario, "static")])
        lines.append("- %s timings: worksteal / static median wall %.2f" % (scenario, ratio))
    for scenario in SCENARIOS:
        for dist in DISTS:
            last = results[(scenario, dist)][-1]
            lines.append("- last %s/%s run: %s" % (scenario, dist, "; ".join(
                benchlib.chunk_description(c) for c in last["chunks"]) or "no summary.json"))
    return lines


# ---------------------------------------------------------------- lang3 (CPU-bound)


def lang3_command(launcher, chunks, dist, out, timings):
    cmd = [launcher, "run", "--chunks", str(chunks), "--dist", dist, "--workdir", run_bench.WORK,
           "--classpath", "@" + os.path.join(run_bench.WORK, "cp-deps.txt"), "--tests", run_bench.TESTS_JAR,
           "--classes", run_bench.MAIN_JAR, "--out", out, "--include", run_bench.INCLUDE,
           "--exclude", run_bench.DEFAULT_EXCLUDE, "--timings", timings, "--progress-interval", "60"]
    for name in run_bench.QUICK_SKIP:
        cmd += ["--exclude", run_bench.class_glob(name)]
    flags = run_bench.joined_jvm_flags(run_bench.jvm_flags())
    return cmd + ["--jvm-arg=" + flag for flag in flags]


def run_lang3(args, launcher, root):
    warm = os.path.join(root, "lang3-timings.json")
    run_bench.log("lang3: one untimed static run to record the durations both distributions plan from")
    timed_covrun(lang3_command(launcher, args.lang3_chunks, "static", os.path.join(root, "lang3-warmup"), warm),
                 os.path.join(root, "lang3-warmup"), "covrun")
    results = {d: [] for d in DISTS}
    for round_no in range(1, args.lang3_runs + 1):
        for dist in DISTS:
            out = os.path.join(root, "lang3-%s-%d" % (dist, round_no))
            timings = out + "-timings.json"
            shutil.copyfile(warm, timings)
            script = " ".join(map(run_bench.q, lang3_command(launcher, args.lang3_chunks, dist, out, timings)))
            os.makedirs(out, exist_ok=True)
            measured = run_bench.timed(script + " > %s 2>&1" % run_bench.q(out + ".covrun.log"), out)
            results[dist].append(measured)
            run_bench.log("lang3 %s run %d: wall %.1fs, exit %d, other CPU %.0fs" % (
                dist, round_no, measured["wall_s"], measured["exit_code"], measured["other_cpu_s"]))
    return results


def lang3_lines(args, results):
    lines = ["", "CPU-bound suite: Commons Lang 3.14.0 (the --quick selection), --chunks %d, both planned from one"
             " warm timings file:" % args.lang3_chunks, "",
             "| --dist | runs | exit codes | wall s (median) | wall s (all) | CPU s (median) | other CPU s (median) |",
             "|---|---|---|---|---|---|---|"]
    for dist in DISTS:
        runs = results[dist]
        lines.append("| %s | %d | %s | %.1f | %s | %.0f | %.0f |" % (
            dist, len(runs), ",".join(str(r["exit_code"]) for r in runs),
            statistics.median(r["wall_s"] for r in runs), ", ".join("%.1f" % r["wall_s"] for r in runs),
            statistics.median(r["cpu_s"] or 0 for r in runs), statistics.median(r["other_cpu_s"] for r in runs)))
    ratio = statistics.median(r["wall_s"] for r in results["worksteal"]) / statistics.median(
        r["wall_s"] for r in results["static"])
    lines += ["", "- worksteal / static (median wall): %.3f; target at most %.2f: %s" % (
        ratio, LANG3_TARGET, benchlib.verdict_word(ratio <= LANG3_TARGET))]
    return lines


# ---------------------------------------------------------------- main


def command_line(args):
    words = ["scripts/bench --suite worksteal"]
    if args.runs != 3:
        words.append("--runs %d" % args.runs)
    if args.seed != 1:
        words.append("--seed %d" % args.seed)
    if args.lang3:
        words.append("--lang3 --lang3-runs %d" % args.lang3_runs)
    return " ".join(words)


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main(argv):
    args = parse_args(argv)
    if synthetic is None:
        sys.exit("bench: bench/synthetic.py (the synthetic skewed suite) is missing")
    launcher, label = run_bench.suite_and_covrun(args.covrun_worktree)
    root = os.path.join(run_bench.BENCH, "target", "worksteal", datetime.datetime.now().strftime("%Y%m%d-%H%M%S"))
    os.makedirs(root)
    load_before = load_average()
    names, seconds, results = run_synthetic(args, launcher, root)
    lang3 = run_lang3(args, launcher, root) if args.lang3 else None
    lines = ["", "## %s — worksteal vs static" % datetime.datetime.now(datetime.timezone.utc).strftime(
        "%Y-%m-%d %H:%M UTC"), "",
        "- Machine: %s; load average %s before, %s after" % (
            run_bench.machine_description(), load_before, load_average()),
        "- Command: `%s`" % command_line(args),
        "- covrun built from the %s; work files %s" % (label, os.path.relpath(root, run_bench.REPO)),
        "- %d measured runs per timings scenario and distribution, interleaved" % args.runs]
    lines += synthetic_lines(args, names, seconds, results)
    lines += overhead_lines(results)
    if lang3:
        lines += lang3_lines(args, lang3)
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_record:
        benchlib.append_benchmarks(os.path.join(run_bench.REPO, "BENCHMARKS.md"), text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
