"""scripts/bench --suite synthetic: a generated, sleep-based skewed suite (independent of core count)
run under covrun --chunks N; reports wall time and per-chunk times.

40 test classes: 4 long ones (3-4 s, named first so a name-ordered plan puts them together) and 36
short ones (0.1-0.5 s). Sources are generated into bench/target/synthetic/ and compiled with javac
against the JUnit Jupiter jars the lang3 setup resolved into ~/.m2.
"""

import argparse
import datetime
import json
import os
import subprocess
import sys
import time

import benchlib
import run_bench

HOME = os.path.join(run_bench.BENCH, "target", "synthetic")
PACKAGE = "bench.synthetic"
LONG_SECONDS = (4.0, 3.5, 3.0, 3.0)
SHORT_CLASSES = 36


def unit_seconds():
    """Sleep time per test class, in name order: the long ones first, then 0.1-0.5 s."""
    short = [round(0.1 + ((i * 7) % 9) * 0.05, 2) for i in range(SHORT_CLASSES)]
    return list(LONG_SECONDS) + short


def class_name(index):
    return "Unit%02dTest" % (index + 1)


def test_source(index, seconds):
    """Two tests per class, each sleeping half the class time after touching the main code."""
    half = int(seconds * 1000 / 2)
    return """package %(pkg)s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class %(name)s {
  @Test
  void first() throws InterruptedException {
    assertEquals(%(index)d %% 3 == 0 ? "fizz" : "n", Work.classify(%(index)d));
    Thread.sleep(%(half)d);
  }

  @Test
  void second() throws InterruptedException {
    assertEquals(%(index)d * 2, Work.twice(%(index)d));
    Thread.sleep(%(half)d);
  }
}
""" % {"pkg": PACKAGE, "name": class_name(index), "index": index, "half": half}


MAIN_SOURCE = """package %s;

/** Code under test for the synthetic suite: a branch per test class parity. */
public final class Work {
  private Work() {}

  public static String classify(int i) {
    if (i %% 3 == 0) {
      return "fizz";
    }
    return "n";
  }

  public static int twice(int i) {
    return i * 2;
  }

  public static int unused(int i) {
    return i < 0 ? -i : i;
  }
}
""" % PACKAGE


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def junit_classpath():
    """JUnit Jupiter, platform and its helpers from the lang3 setup's resolved classpath."""
    with open(os.path.join(run_bench.WORK, "cp.txt")) as f:
        entries = f.read().strip().split(os.pathsep)
    keep = ("junit-jupiter", "junit-platform", "opentest4j", "apiguardian")
    return [e for e in entries if any(k in os.path.basename(e) for k in keep)] + [run_bench.REPORTING_JAR]


def build(classpath):
    """Generates and compiles the suite; returns (main jar, tests jar)."""
    pkg_dir = PACKAGE.replace(".", "/")
    write(os.path.join(HOME, "src/main/java", pkg_dir, "Work.java"), MAIN_SOURCE)
    tests = []
    for i, seconds in enumerate(unit_seconds()):
        path = os.path.join(HOME, "src/test/java", pkg_dir, class_name(i) + ".java")
        write(path, test_source(i, seconds))
        tests.append(path)
    main_jar, tests_jar = os.path.join(HOME, "main.jar"), os.path.join(HOME, "tests.jar")
    compile_jar([os.path.join(HOME, "src/main/java", pkg_dir, "Work.java")], [], "classes", main_jar)
    compile_jar(tests, classpath + [main_jar], "test-classes", tests_jar)
    return main_jar, tests_jar


def compile_jar(sources, classpath, out_name, jar):
    out = os.path.join(HOME, out_name)
    cmd = ["javac", "-nowarn", "--release", "17", "-d", out]
    if classpath:
        cmd += ["-cp", os.pathsep.join(classpath)]
    subprocess.run(cmd + sources, check=True)
    subprocess.run(["jar", "cf", jar, "-C", out, "."], check=True)


def run_covrun(launcher, chunks, classpath, main_jar, tests_jar, out):
    """covrun run --chunks N; returns wall seconds and the exit code."""
    cp_file = os.path.join(HOME, "cp.txt")
    write(cp_file, os.pathsep.join(classpath))
    cmd = [launcher, "run", "--chunks", str(chunks), "--workdir", HOME, "--classpath", "@" + cp_file,
           "--tests", tests_jar, "--classes", main_jar, "--out", out, "--include", "**/*Test"]
    start = time.monotonic()
    with open(out + ".log", "w") as log:
        code = subprocess.run(cmd, cwd=HOME, stdout=log, stderr=subprocess.STDOUT).returncode
    return time.monotonic() - start, code


def main(argv):
    parser = argparse.ArgumentParser(prog="scripts/bench --suite synthetic")
    parser.add_argument("--chunks", type=int, default=4)
    parser.add_argument("--covrun-worktree", action="store_true")
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args(argv)
    launcher, label = run_bench.suite_and_covrun(args.covrun_worktree)
    classpath = junit_classpath()
    main_jar, tests_jar = build(classpath)
    out = os.path.join(HOME, "runs", datetime.datetime.now().strftime("%Y%m%d-%H%M%S"))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    wall, code = run_covrun(launcher, args.chunks, classpath, main_jar, tests_jar, out)
    text = report(args, label, wall, code, out)
    print(text)
    if not args.no_record:
        benchlib.append_benchmarks(os.path.join(run_bench.REPO, "BENCHMARKS.md"), text)
    return 0 if code == 0 else 1


def report(args, label, wall, code, out):
    """The markdown section: wall time against the sleep-time bound, and each chunk's time."""
    seconds = unit_seconds()
    ideal = max(sum(seconds) / args.chunks, max(seconds))
    chunks = run_bench.summary_field(os.path.join(out, "summary.json"), "chunks") or []
    lines = ["", "## %s — synthetic skewed suite, covrun --chunks %d" % (
        datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), args.chunks), "",
        "- Machine: %s" % run_bench.machine_description(),
        "- Command: `scripts/bench --suite synthetic%s`" % ("" if args.chunks == 4 else " --chunks %d" % args.chunks),
        "- covrun built from the %s; exit code %d; work files %s" % (label, code, os.path.relpath(out, run_bench.REPO)),
        "- suite: %d classes, %.1fs of sleep in all, longest %.1fs; sleep bound for %d chunks %.1fs" % (
            len(seconds), sum(seconds), max(seconds), args.chunks, ideal),
        "- wall: %.1fs (%.2fx the sleep bound)" % (wall, wall / ideal), ""]
    lines += ["- %s" % benchlib.chunk_description(c) for c in chunks] or ["- no summary.json"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
