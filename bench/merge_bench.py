"""scripts/bench --suite merge: merging and reporting a real suite's exec files, covrun against the
JaCoCo CLI, on the same inputs in one invocation; appends the comparison to BENCHMARKS.md.

Inputs, made once and cached in bench/target/lang3/merge-inputs/ (--refresh-inputs remakes them):
the 8 chunk exec files of `covrun run --chunks 8` over Apache Commons Lang 3.14.0's test suite, the
main jar, and its sources jar unpacked (so both tools write HTML source pages). Each round times
  jacoco: java -jar org.jacoco.cli-0.8.14-nodeps.jar merge <8 exec files> --destfile merged.exec
          && java -jar ... report merged.exec --classfiles <jar> --sourcefiles <dir> --xml --html
  covrun: scripts/covrun report --exec <8 exec files> --classes <jar> --sources <dir> --xml --html
  covrun-jvm-defaults: the same with COVRUN_OPTS= (the JVM's default compilers and collector
          instead of the launcher's C1-only, serial-GC default), to show what those flags add
with the order rotating round by round, and checks that the two jacoco.xml files hold the same
counters for every element (bundle, package, class, method, source file, line).
"""

import argparse
import datetime
import glob
import os
import shutil
import subprocess
import sys
import zipfile

import benchlib
import merge_compare
import run_bench as rb

INPUTS = os.path.join(rb.WORK, "merge-inputs")
EXECS = os.path.join(INPUTS, "execs")
SOURCES = os.path.join(INPUTS, "sources")
SOURCES_JAR = os.path.join(rb.LIB, "commons-lang3-%s-sources.jar" % rb.LANG3)
CHUNKS = 8
MODES = ("jacoco", "covrun", "covrun-jvm-defaults")
TITLES = {"jacoco": "JaCoCo CLI merge + report", "covrun": "covrun report",
          "covrun-jvm-defaults": "covrun report, COVRUN_OPTS= (JVM defaults)"}
TARGET_WALL = 0.70


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="scripts/bench --suite merge", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="measured runs per mode (default 5)")
    parser.add_argument("--no-record", action="store_true", help="do not append to BENCHMARKS.md")
    parser.add_argument("--refresh-inputs", action="store_true", help="rerun covrun --chunks 8 for new exec files")
    parser.add_argument("--covrun-worktree", action="store_true",
                        help="build covrun from the work tree instead of a clean export of HEAD")
    return parser.parse_args(argv)


# ---------------------------------------------------------------- inputs


def exec_files():
    return sorted(glob.glob(os.path.join(EXECS, "*.exec")))


def make_exec_files(tools, refresh):
    """The chunk exec files of one covrun --chunks 8 run over the suite (untimed, cached)."""
    if len(exec_files()) == CHUNKS and not refresh:
        return exec_files()
    run_dir = os.path.join(INPUTS, "run")
    shutil.rmtree(run_dir, ignore_errors=True)
    shutil.rmtree(EXECS, ignore_errors=True)
    os.makedirs(run_dir)
    os.makedirs(EXECS)
    suite = rb.Suite(rb.all_test_classes(), [], cached_env_failures(), [])
    rb.log("making inputs: covrun run --chunks %d over %d test classes (untimed, once)" % (CHUNKS, len(suite.classes)))
    subprocess.run(["bash", "-c", rb.covrun_script(suite, run_dir, tools, CHUNKS)], cwd=rb.WORK)
    for chunk in sorted(glob.glob(os.path.join(run_dir, "out", "chunks", "*", "chunk.exec"))):
        name = os.path.basename(os.path.dirname(chunk))
        shutil.copyfile(chunk, os.path.join(EXECS, "chunk-%s.exec" % name))
    found = exec_files()
    if len(found) != CHUNKS or any(os.path.getsize(f) == 0 for f in found):
        sys.exit("bench: expected %d non-empty chunk exec files, got %s (see %s)" % (
            CHUNKS, found, os.path.join(run_dir, "covrun.log")))
    return found


def cached_env_failures():
    """Test classes the lang3 bench found failing on this machine; they add nothing to the data."""
    path = os.path.join(rb.WORK, "env-failures.json")
    if not os.path.exists(path):
        return []
    import json
    with open(path) as f:
        return json.load(f).get("excluded", [])


def make_sources():
    """commons-lang3's sources jar from Maven Central (cached in ~/.m2), unpacked."""
    if os.path.isdir(os.path.join(SOURCES, "org")):
        return
    if not os.path.exists(SOURCES_JAR):
        rb.maven(["dependency:copy", "-Dartifact=org.apache.commons:commons-lang3:%s:jar:sources" % rb.LANG3,
                  "-DoutputDirectory=" + rb.LIB], os.path.join(rb.WORK, "runs", "sources.log"))
    with zipfile.ZipFile(SOURCES_JAR) as jar:
        for name in jar.namelist():
            if name.endswith(".java"):
                jar.extract(name, SOURCES)


# ---------------------------------------------------------------- timed runs


def jacoco_script(execs, run_dir):
    cli = ["java", "-jar", rb.CLI_JAR]
    merged = os.path.join(run_dir, "merged.exec")
    merge = cli + ["merge"] + execs + ["--destfile", merged, "--quiet"]
    report = cli + ["report", merged, "--classfiles", rb.MAIN_JAR, "--sourcefiles", SOURCES, "--name", "lang3",
                    "--xml", os.path.join(run_dir, "jacoco.xml"), "--html", os.path.join(run_dir, "html"), "--quiet"]
    return "%s > %s 2>&1 && %s > %s 2>&1" % (
        " ".join(map(rb.q, merge)), rb.q(os.path.join(run_dir, "merge.log")),
        " ".join(map(rb.q, report)), rb.q(os.path.join(run_dir, "report.log")))


def covrun_script(launcher, execs, run_dir, jvm_defaults=False):
    cmd = [launcher, "report"]
    for e in execs:
        cmd += ["--exec", e]
    cmd += ["--classes", rb.MAIN_JAR, "--sources", SOURCES, "--name", "lang3",
            "--xml", os.path.join(run_dir, "jacoco.xml"), "--html", os.path.join(run_dir, "html")]
    prefix = "COVRUN_OPTS= " if jvm_defaults else ""
    return "%s%s > %s 2>&1" % (prefix, " ".join(map(rb.q, cmd)), rb.q(os.path.join(run_dir, "report.log")))


def run_rounds(runs, launcher, execs, run_root):
    results = {m: [] for m in MODES}
    for i in range(1, runs + 1):
        shift = (i - 1) % len(MODES)
        for mode in MODES[shift:] + MODES[:shift]:
            run_dir = os.path.join(run_root, "%s-%d" % (mode, i))
            os.makedirs(run_dir)
            if mode == "jacoco":
                script = jacoco_script(execs, run_dir)
            else:
                script = covrun_script(launcher, execs, run_dir, jvm_defaults=(mode == "covrun-jvm-defaults"))
            measured = rb.timed(script, run_dir)
            measured["xml"] = os.path.join(run_dir, "jacoco.xml")
            results[mode].append(measured)
            rb.log("%-19s wall %5.2fs  rss %4.0f MiB  cpu %5.2fs  other cpu %4.1fs  exit %s" % (
                mode, measured["wall_s"], (measured["max_rss_kib"] or 0) / 1024, measured["cpu_s"] or 0,
                measured["other_cpu_s"], measured["exit_code"]))
    return results


# ---------------------------------------------------------------- entry


def summarize(results):
    summary = {}
    for mode, runs in results.items():
        walls = [r["wall_s"] for r in runs]
        rss = [r["max_rss_kib"] / 1024 for r in runs if r["max_rss_kib"]]
        summary[mode] = {
            "runs": len(runs), "wall": benchlib.median(walls), "wall_min": min(walls), "wall_max": max(walls),
            "rss": benchlib.median(rss), "rss_max": max(rss) if rss else None,
            "cpu": benchlib.median([r["cpu_s"] for r in runs]),
            "other": benchlib.median([r["other_cpu_s"] for r in runs]),
            "exits": sorted({r["exit_code"] for r in runs}),
        }
    return summary


def counters_verdict(results):
    """Compares every run's jacoco.xml with the first JaCoCo CLI run's."""
    reference = results["jacoco"][0]["xml"]
    lines = []
    for mode in MODES:
        for i, run in enumerate(results[mode], 1):
            if not os.path.exists(run["xml"]):
                lines.append("%s run %d wrote no jacoco.xml" % (mode, i))
                continue
            diff = merge_compare.differences(reference, run["xml"])
            lines += ["%s run %d: %s" % (mode, i, d) for d in diff[:10]]
            with open(reference, "rb") as a, open(run["xml"], "rb") as b:
                run["xml_identical"] = a.read() == b.read()
    elements = merge_compare.element_count(reference)
    return elements, lines


def html_verdict(results):
    """Compares every covrun run's HTML tree with the first JaCoCo CLI run's, file by file."""
    reference = os.path.join(os.path.dirname(results["jacoco"][0]["xml"]), "html")
    lines = []
    files = 0
    for mode in MODES[1:]:
        for i, run in enumerate(results[mode], 1):
            diff, files = merge_compare.tree_differences(reference, os.path.join(os.path.dirname(run["xml"]), "html"))
            lines += ["%s run %d: %s" % (mode, i, d) for d in diff[:5]]
    return files, lines


def input_facts(execs):
    size = sum(os.path.getsize(e) for e in execs)
    with zipfile.ZipFile(rb.MAIN_JAR) as jar:
        classes = sum(1 for n in jar.namelist() if n.endswith(".class"))
    sources = sum(len(files) for _, _, files in os.walk(SOURCES))
    return size, classes, sources


def entry_text(args, label, execs, summary, elements, diffs, html, run_root, results):
    size, classes, sources = input_facts(execs)
    jacoco, covrun = summary["jacoco"], summary["covrun"]
    wall_ratio = benchlib.ratio(covrun["wall"], jacoco["wall"])
    rss_ratio = benchlib.ratio(covrun["rss"], jacoco["rss"])
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        "", "## %s — merge and report of %d real exec files: covrun against the JaCoCo CLI" % (date, CHUNKS), "",
        "- Machine: %s" % rb.machine_description(),
        "- Command: `scripts/bench --suite merge%s`" % ("" if args.runs == 5 else " --runs %d" % args.runs),
        "- inputs: the %d chunk exec files (%.0f KiB in all) of `covrun run --chunks %d` over commons-lang3 %s's"
        " test suite; classes commons-lang3-%s.jar (%d class files); %d source files from its -sources.jar, so"
        " both tools write HTML source pages" % (CHUNKS, size / 1024, CHUNKS, rb.LANG3, rb.LANG3, classes, sources),
        "- jacoco: `java -jar org.jacoco.cli-0.8.14-nodeps.jar merge ... && java -jar ... report merged.exec"
        " --classfiles --sourcefiles --xml --html`; covrun: `scripts/covrun report --exec ... --classes --sources"
        " --xml --html` (merges in memory), its JVM with the launcher's default -XX:TieredStopAtLevel=1"
        " -XX:+UseSerialGC; covrun-jvm-defaults: the same with COVRUN_OPTS= (JVM defaults, like the CLI)",
        "- covrun built from the %s; %d measured runs per mode, interleaved, order rotating each round" % (
            label, args.runs),
        "- work files: %s" % os.path.relpath(run_root, rb.REPO), "",
        "| mode | runs | wall s (median) | wall s (min-max) | peak RSS MiB (median) | peak RSS MiB (max) | CPU s"
        " (median) | other CPU s (median) | exit |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for mode in MODES:
        s, title = summary[mode], TITLES[mode]
        out.append("| %s | %d | %.2f | %.2f-%.2f | %.0f | %.0f | %.2f | %.1f | %s |" % (
            title, s["runs"], s["wall"], s["wall_min"], s["wall_max"], s["rss"], s["rss_max"], s["cpu"], s["other"],
            "/".join(map(str, s["exits"]))))
    out += [
        "",
        "- covrun / JaCoCo CLI wall time (medians): %s (target at most %.2f): %s" % (
            benchlib.fmt(wall_ratio, "%.2f"), TARGET_WALL, verdict(wall_ratio is not None and wall_ratio <= TARGET_WALL)),
        "- covrun / JaCoCo CLI peak RSS (medians): %s (target at most 1.00): %s" % (
            benchlib.fmt(rss_ratio, "%.2f"), verdict(rss_ratio is not None and rss_ratio <= 1.0)),
        "- covrun with JVM defaults / JaCoCo CLI: wall %s, peak RSS %s" % (
            benchlib.fmt(benchlib.ratio(summary["covrun-jvm-defaults"]["wall"], jacoco["wall"]), "%.2f"),
            benchlib.fmt(benchlib.ratio(summary["covrun-jvm-defaults"]["rss"], jacoco["rss"]), "%.2f")),
        "- jacoco.xml counters: %s" % (
            "identical in every run for all %d elements (bundle, packages, classes, methods, source files, lines)"
            % elements if not diffs else "DIFFER: " + "; ".join(diffs[:10])),
        "- jacoco.xml files byte for byte the JaCoCo CLI's: %s" % (
            "yes, in every run" if all(r.get("xml_identical") for m in MODES for r in results[m]) else "no"),
        "- HTML reports: %s" % (
            "covrun's are byte for byte the JaCoCo CLI's in every run (%d files)" % html[0] if not html[1]
            else "DIFFER: " + "; ".join(html[1][:10])),
        "",
    ]
    return "\n".join(out)


def verdict(passed):
    return "PASS" if passed else "FAIL"


def main(argv):
    args = parse_args(argv)
    rb.setup_suite()
    launcher, label = rb.ensure_covrun(args.covrun_worktree)
    if launcher is None:
        sys.exit("bench: " + label)
    rb.log("covrun: built from the %s" % label)
    tools = rb.Tools(rb.jvm_flags(), launcher)
    execs = make_exec_files(tools, args.refresh_inputs)
    make_sources()
    run_root = os.path.join(rb.WORK, "runs", "merge-" + datetime.datetime.now().strftime("%Y%m%d-%H%M%S"))
    os.makedirs(run_root)
    results = run_rounds(args.runs, launcher, execs, run_root)
    elements, diffs = counters_verdict(results)
    text = entry_text(args, label, execs, summarize(results), elements, diffs, html_verdict(results), run_root, results)
    print(text)
    if not args.no_record:
        benchlib.append_benchmarks(os.path.join(rb.REPO, "BENCHMARKS.md"), text)
        rb.log("appended to BENCHMARKS.md")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
