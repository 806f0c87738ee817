"""scripts/bench driver: runs Apache Commons Lang 3.14.0's published test suite under serial
JaCoCo, Maven Surefire (forkCount=2) and covrun, and appends the comparison to BENCHMARKS.md.

Process handling lives here; parsing and arithmetic live in benchlib (unit-tested).
"""

import argparse
import collections
import datetime
import json
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import time
import zipfile

import benchlib

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
WORK = os.path.join(BENCH, "target", "lang3")
LIB = os.path.join(WORK, "lib")
LANG3 = "3.14.0"
MAIN_JAR = os.path.join(LIB, "commons-lang3-%s.jar" % LANG3)
TESTS_JAR = os.path.join(LIB, "commons-lang3-%s-tests.jar" % LANG3)
CONSOLE_JAR = os.path.join(LIB, "junit-platform-console-standalone-1.10.0.jar")
AGENT_JAR = os.path.join(LIB, "org.jacoco.agent-0.8.14-runtime.jar")
CLI_JAR = os.path.join(LIB, "org.jacoco.cli-0.8.14-nodeps.jar")
REPORTING_JAR = os.path.join(LIB, "junit-platform-reporting-1.10.0.jar")
INCLUDE = "**/*Test.java"          # commons-lang3 3.14.0 surefire execution "plain"
DEFAULT_EXCLUDE = "**/*$*"          # Surefire's default exclude
# --quick drops the three slowest classes (about 80% of the serial time here) to stay near 5 minutes.
QUICK_SKIP = (
    "org.apache.commons.lang3.time.FastDateParser_TimeZoneStrategyTest",
    "org.apache.commons.lang3.time.FastDateParserTest",
    "org.apache.commons.lang3.text.ExtendedMessageFormatTest",
)
ALL_MODES = ("serial", "surefire", "covrun1", "covrun2", "covrun4")
QUICK_MODES = ("serial", "surefire", "covrun1", "covrun2")


def log(message):
    print("[bench] " + message, flush=True)


# ---------------------------------------------------------------- setup


def run_quiet(cmd, cwd, logfile):
    """Runs a setup command, output to logfile; returns the exit code."""
    with open(logfile, "w") as out:
        return subprocess.run(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT).returncode


def maven(args, logfile):
    """mvn in WORK, offline first (no network once cached), online on a cache miss."""
    if run_quiet(["mvn", "-B", "-o"] + args, WORK, logfile) == 0:
        return
    log("resolving from Maven Central (first run): mvn %s" % " ".join(args))
    if run_quiet(["mvn", "-B"] + args, WORK, logfile) != 0:
        sys.exit("bench: mvn %s failed, see %s" % (" ".join(args), logfile))


def setup_suite():
    """Resolves the suite and tools (cached in ~/.m2) and lays out WORK like lang3's base directory."""
    os.makedirs(os.path.join(WORK, "runs"), exist_ok=True)
    shutil.copyfile(os.path.join(BENCH, "lang3", "pom.xml"), os.path.join(WORK, "pom.xml"))
    write_lines(os.path.join(WORK, "excludes.txt"), [DEFAULT_EXCLUDE])
    if not all(os.path.exists(p) for p in (MAIN_JAR, TESTS_JAR, CONSOLE_JAR, AGENT_JAR, CLI_JAR, REPORTING_JAR)):
        maven(["-Presolve"], os.path.join(WORK, "runs", "resolve.log"))
    if not os.path.exists(os.path.join(WORK, "target", "classes", "org")):
        maven(["-Presolve"], os.path.join(WORK, "runs", "resolve.log"))
    extract_test_resources()
    prefetch_surefire()
    write_dependency_classpath()


def extract_test_resources():
    """Tests read src/test/resources/... relative to the base directory (e.g. lang-708-input.txt);
    the tests jar carries those files, so put them where the source tree has them."""
    target = os.path.join(WORK, "src", "test", "resources")
    with zipfile.ZipFile(TESTS_JAR) as jar:
        for name in jar.namelist():
            if not name.endswith("/") and not name.endswith(".class") and not name.startswith("META-INF/"):
                jar.extract(name, target)


def prefetch_surefire():
    """One tiny Surefire run so plugin and provider jars are cached before anything is timed."""
    marker = os.path.join(WORK, "runs", ".surefire-prefetched")
    if os.path.exists(marker):
        return
    maven(["verify", "-Dtest=org/apache/commons/lang3/ArchUtilsTest"], os.path.join(WORK, "runs", "prefetch.log"))
    open(marker, "w").close()


def write_dependency_classpath():
    """cp-deps.txt: the suite's test classpath without the tests jar (covrun adds --tests itself),
    plus junit-platform-reporting of the suite's platform version, which covrun's worker needs."""
    with open(os.path.join(WORK, "cp.txt")) as f:
        entries = f.read().strip().split(os.pathsep)
    deps = [e for e in entries if not e.endswith("-tests.jar")] + [REPORTING_JAR]
    with open(os.path.join(WORK, "cp-deps.txt"), "w") as f:
        f.write(os.pathsep.join(deps))


def write_lines(path, lines):
    with open(path, "w") as f:
        f.write("".join(line + "\n" for line in lines))


def jvm_flags():
    """The suite's JVM flags, read from the bench pom (copied from lang3's java9+ profile)."""
    with open(os.path.join(BENCH, "lang3", "pom.xml")) as f:
        flags = re.search(r"<bench.jvmFlags>(.*?)</bench.jvmFlags>", f.read()).group(1)
    return flags.split()


def joined_jvm_flags(flags):
    """['--add-opens', 'x'] -> ['--add-opens=x'] so each flag is one --jvm-arg value."""
    out = []
    for flag in flags:
        if out and out[-1] in ("--add-opens", "--add-exports", "--add-modules"):
            out[-1] = out[-1] + "=" + flag
        else:
            out.append(flag)
    return out


# ---------------------------------------------------------------- test selection


def all_test_classes():
    """Top-level classes of the tests jar matching the suite's include (**/*Test.java) and Surefire's
    default exclude (**/*$*), as dotted names."""
    with open(TESTS_JAR, "rb") as f:
        names = zipfile.ZipFile(f).namelist()
    return sorted(
        n[: -len(".class")].replace("/", ".")
        for n in names
        if n.endswith("Test.class") and "$" not in n
    )


def class_glob(name):
    """org.x.FooTest -> org/x/FooTest.java, the form Surefire and covrun excludes take."""
    return name.replace(".", "/") + ".java"


# The JVM flags every mode uses and the covrun launcher (None when covrun is unavailable).
Tools = collections.namedtuple("Tools", "flags covrun")


class Suite:
    """What one bench invocation runs: selected classes and what was left out and why."""

    def __init__(self, classes, skipped_for_quick, env_excluded, env_failures):
        self.skipped_for_quick = list(skipped_for_quick)
        self.env_excluded = list(env_excluded)
        self.env_failures = list(env_failures)
        left_out = set(self.skipped_for_quick) | set(self.env_excluded)
        self.classes = [c for c in classes if c not in left_out]
        self.excluded = sorted(left_out)


# ---------------------------------------------------------------- one timed run


def machine_busy_seconds():
    """CPU seconds all processes have used since boot (user+nice+system+irq+softirq+steal)."""
    with open("/proc/stat") as f:
        fields = [int(v) for v in f.readline().split()[1:]]
    return (sum(fields[:3]) + sum(fields[5:8])) / os.sysconf("SC_CLK_TCK")


def wait_for_quiet_machine(limit_s=30, sample_s=2.0, busy_cores=0.25):
    """Waits (at most limit_s) until the machine is nearly idle, so other people's builds skew a
    run less; returns the seconds waited. Interference during the run is still measured."""
    waited = 0.0
    while waited < limit_s:
        before = machine_busy_seconds()
        time.sleep(sample_s)
        waited += sample_s
        if (machine_busy_seconds() - before) / sample_s < busy_cores:
            break
    return waited


def timed(script, run_dir):
    """Runs a bash script under GNU time in WORK; returns wall seconds, time -v fields and the CPU
    other processes used meanwhile (a busy machine skews the numbers; this says how much)."""
    time_file = os.path.join(run_dir, "time.txt")
    waited = wait_for_quiet_machine()
    if waited > 4:
        log("waited %.0fs for other processes to calm down" % waited)
    busy = machine_busy_seconds()
    start = time.monotonic()
    proc = subprocess.run(["/usr/bin/time", "-v", "-o", time_file, "bash", "-c", script], cwd=WORK)
    wall = time.monotonic() - start
    busy = machine_busy_seconds() - busy
    with open(time_file) as f:
        measured = benchlib.parse_time_v(f.read())
    measured["wall_s"] = round(wall, 2)
    measured["exit_code"] = proc.returncode
    measured["other_cpu_s"] = round(max(0.0, busy - (measured["cpu_s"] or 0)), 1)
    return measured


def q(value):
    return shlex.quote(value)


def serial_script(suite, run_dir, tools):
    """One JVM: console launcher + agent, then jacoco-cli report (xml + html), as a CI job does."""
    select = os.path.join(run_dir, "select.txt")
    write_lines(select, ["--select-class=" + c for c in suite.classes])
    classpath = os.pathsep.join([MAIN_JAR, open(os.path.join(WORK, "cp.txt")).read().strip(), CONSOLE_JAR])
    exec_file = os.path.join(run_dir, "jacoco.exec")
    test = ["java"] + tools.flags + ["-ea", "-javaagent:%s=destfile=%s,append=false" % (AGENT_JAR, exec_file),
                               "-cp", classpath, "org.junit.platform.console.ConsoleLauncher", "execute",
                               "--disable-banner", "--details=summary", "--exclude-engine=junit-vintage",
                               "--reports-dir=" + os.path.join(run_dir, "junit"), "@" + select]
    report = ["java", "-jar", CLI_JAR, "report", exec_file, "--classfiles", MAIN_JAR, "--name", "lang3-serial",
              "--xml", os.path.join(run_dir, "jacoco.xml"), "--html", os.path.join(run_dir, "html")]
    return "%s > %s 2>&1; rc=$?; %s > %s 2>&1 || exit 97; exit $rc" % (
        " ".join(map(q, test)), q(os.path.join(run_dir, "test.log")),
        " ".join(map(q, report)), q(os.path.join(run_dir, "report.log")))


def surefire_prepare(suite):
    """Untimed: Surefire's excludes file and a clean slate (jacoco's append=true would add up runs)."""
    write_lines(os.path.join(WORK, "excludes.txt"), [DEFAULT_EXCLUDE] + [class_glob(c) for c in suite.excluded])
    for stale in ("target/jacoco.exec", "target/surefire-reports", "target/site"):
        path = os.path.join(WORK, stale)
        shutil.rmtree(path, ignore_errors=True) if os.path.isdir(path) else (os.path.exists(path) and os.remove(path))


def surefire_script(run_dir):
    """mvn verify: jacoco:prepare-agent, surefire:test (forkCount=2, reuseForks), jacoco:report."""
    return "mvn -o -B verify > %s 2>&1" % q(os.path.join(run_dir, "mvn.log"))


def surefire_collect(run_dir):
    """Copies Surefire's reports and jacoco.xml into the run directory."""
    shutil.copytree(os.path.join(WORK, "target", "surefire-reports"), os.path.join(run_dir, "junit"))
    xml = os.path.join(WORK, "target", "site", "jacoco", "jacoco.xml")
    if os.path.exists(xml):
        shutil.copyfile(xml, os.path.join(run_dir, "jacoco.xml"))


def covrun_chunks(mode):
    """covrun2 -> 2."""
    return int(mode[len("covrun"):])


def covrun_script(suite, run_dir, tools, mode):
    """covrun run --chunks N over the same jars, includes, excludes and JVM flags."""
    cmd = [tools.covrun, "run", "--chunks", str(covrun_chunks(mode)), "--workdir", WORK,
           "--classpath", "@" + os.path.join(WORK, "cp-deps.txt"), "--tests", TESTS_JAR, "--classes", MAIN_JAR,
           "--out", os.path.join(run_dir, "out"), "--include", INCLUDE, "--exclude", DEFAULT_EXCLUDE]
    for name in suite.excluded:
        cmd += ["--exclude", class_glob(name)]
    cmd += ["--jvm-arg=" + flag for flag in joined_jvm_flags(tools.flags)]
    return "%s > %s 2>&1" % (" ".join(map(q, cmd)), q(os.path.join(run_dir, "covrun.log")))


def covrun_collect(run_dir):
    """Links covrun's per-chunk JUnit reports and jacoco.xml where the parser looks."""
    out = os.path.join(run_dir, "out")
    if os.path.exists(os.path.join(out, "jacoco.xml")):
        shutil.copyfile(os.path.join(out, "jacoco.xml"), os.path.join(run_dir, "jacoco.xml"))
    if os.path.isdir(os.path.join(out, "chunks")):
        os.symlink(os.path.join(out, "chunks"), os.path.join(run_dir, "junit"))


def run_mode(mode, suite, run_dir, tools):
    """One timed run of a mode; returns its result dict (also saved as result.json)."""
    os.makedirs(run_dir)
    if mode == "serial":
        result = timed(serial_script(suite, run_dir, tools), run_dir)
    elif mode == "surefire":
        surefire_prepare(suite)
        result = timed(surefire_script(run_dir), run_dir)
        surefire_collect(run_dir)
    else:
        result = timed(covrun_script(suite, run_dir, tools, mode), run_dir)
        covrun_collect(run_dir)
        summary = os.path.join(run_dir, "out", "summary.json")
        result["chunks"] = summary_field(summary, "chunks")
        result["test_s"] = summary_field(summary, "testSeconds")
        result["longest"] = benchlib.longest_event_unit(os.path.join(run_dir, "out", "chunks"))
    result.update(parse_outputs(run_dir))
    with open(os.path.join(run_dir, "result.json"), "w") as f:
        json.dump({k: v for k, v in result.items() if k not in ("coverage", "per_class")}, f, indent=1, sort_keys=True)
    log("%-9s wall %6.1fs  rss %5.0f MiB  cpu %6.1fs  exit %s  tests %s failed %s" % (
        mode, result["wall_s"], (result["max_rss_kib"] or 0) / 1024, result["cpu_s"] or 0,
        result["exit_code"], result["totals"]["tests"], result["totals"]["failed"]))
    return result


def parse_outputs(run_dir):
    """Coverage and JUnit results of one run; missing files read as empty."""
    xml = os.path.join(run_dir, "jacoco.xml")
    per_class = benchlib.parse_junit_files(benchlib.junit_xml_files(os.path.join(run_dir, "junit")))
    return {
        "coverage": benchlib.parse_jacoco_xml(xml) if os.path.exists(xml) else None,
        "per_class": per_class,
        "totals": benchlib.junit_totals(per_class),
        "failed_tests": benchlib.failed_tests(benchlib.junit_xml_files(os.path.join(run_dir, "junit"))),
    }


def summary_field(path, key):
    """One field of covrun's summary.json (testSeconds, chunks, ...); None if the file or field is absent."""
    if not os.path.exists(path):
        return None
    with open(path) as f:
        data = json.load(f)
    return data.get(key) if isinstance(data, dict) else None


# ---------------------------------------------------------------- environment failures


def discover_env_failures(all_classes, skipped_for_quick, run_root, tools, rediscover):
    """Test classes failing on this machine with nothing excluded; cached in WORK/env-failures.json.
    Returns (excluded classes, failing test ids, the discovery run's result or None if cached)."""
    wanted = [c for c in all_classes if c not in skipped_for_quick]
    cache = os.path.join(WORK, "env-failures.json")
    if not rediscover and os.path.exists(cache):
        with open(cache) as f:
            cached = json.load(f)
        if set(wanted) <= set(cached["ran"]):
            log("environment failures from cache %s (--rediscover to redo)" % cache)
            return cached["excluded"], cached["failed_tests"], None
    log("discovery: serial run of %d classes to find tests that fail on this machine" % len(wanted))
    result = run_mode("serial", Suite(wanted, [], [], []), os.path.join(run_root, "discovery-serial"), tools)
    failed = result["failed_tests"]
    excluded = sorted({benchlib.top_level_class(t.split("#")[0]) for t in failed})
    with open(cache, "w") as f:
        json.dump({"ran": wanted, "excluded": excluded, "failed_tests": failed}, f, indent=1)
    return excluded, failed, result


# ---------------------------------------------------------------- machine facts


def jvm_start_seconds(samples=5):
    """Median wall time of a trivial JVM start (java -version)."""
    walls = []
    for _ in range(samples):
        start = time.monotonic()
        subprocess.run(["java", "-version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.monotonic() - start)
    return benchlib.median(walls)


def machine_description():
    """cores, memory, JDK, Maven, kernel in one line."""
    with open("/proc/meminfo") as f:
        mem_kib = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
    jdk = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    mvn = subprocess.run(["mvn", "-v"], capture_output=True, text=True).stdout.splitlines()
    mvn_version = re.sub(r"\x1b\[[0-9;]*m", "", mvn[0]).strip() if mvn else "mvn ?"
    return "%d cores, %.1f GiB, %s, %s, Linux %s" % (
        os.cpu_count(), mem_kib / 1024 / 1024, jdk[1].strip() if len(jdk) > 1 else "?", mvn_version,
        platform.release())


# ---------------------------------------------------------------- covrun build


def suite_and_covrun(use_worktree):
    """For the suites that need covrun: the lang3 suite set up and covrun built, as (launcher,
    description); exits naming why when covrun cannot be built."""
    setup_suite()
    launcher, label = ensure_covrun(use_worktree)
    if launcher is None:
        sys.exit("bench: covrun %s" % label)
    return launcher, label


def ensure_covrun(use_worktree):
    """Builds covrun (untimed) and returns (launcher, description) or (None, why it is unavailable).
    By default from a clean export of HEAD into bench/target/, so other people's uncommitted edits
    in the work tree neither break the build nor end up in the numbers."""
    if use_worktree:
        source, label = REPO, "work tree of %s" % git_head()[:10]
    else:
        source, label = os.path.join(BENCH, "target", "covrun-" + git_head()[:12]), "commit %s" % git_head()[:10]
        if not os.path.exists(os.path.join(source, "pom.xml")):
            os.makedirs(source, exist_ok=True)
            subprocess.run("git -C %s archive HEAD | tar -x -C %s" % (q(REPO), q(source)), shell=True, check=True)
    launcher = os.path.join(source, "scripts", "covrun")
    if not os.path.exists(launcher):
        return None, "not measured: scripts/covrun does not exist in the %s" % label
    logfile = os.path.join(WORK, "runs", "covrun-build.log")
    for offline in (["-o"], []):
        with open(logfile, "w") as out:
            code = subprocess.run(["mvn", "-B", "-q"] + offline + ["-DskipTests", "package"], cwd=source,
                                  stdout=out, stderr=subprocess.STDOUT).returncode
        if code == 0:
            return launcher, label
    return None, "not measured: covrun build failed (see %s)" % os.path.relpath(logfile, REPO)


def git_head():
    return subprocess.run(["git", "-C", REPO, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()


# ---------------------------------------------------------------- summaries


def distinct(values):
    """'9371' when all runs agree, '9371/9370' otherwise."""
    seen = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return "/".join(str(v) for v in seen)


def summarize_mode(name, results, reference, racy):
    """Table facts of one mode plus its difference lines against the serial reference."""
    walls = [r["wall_s"] for r in results]
    rss = [r["max_rss_kib"] for r in results if r["max_rss_kib"] is not None]
    summary = {
        "runs": len(results), "walls": walls,
        "wall_median": benchlib.median(walls), "wall_min": min(walls), "wall_max": max(walls),
        "rss_max_mib": max(rss) / 1024 if rss else None, "cpu_median": benchlib.median([r["cpu_s"] for r in results]),
        "other_cpu_median": benchlib.median([r.get("other_cpu_s") for r in results]),
        "tests": distinct([r["totals"]["tests"] for r in results]),
        "failed": distinct([r["totals"]["failed"] for r in results]),
        "skipped": distinct([r["totals"]["skipped"] for r in results]),
        "coverage_total": results[0]["coverage"]["total"] if results[0]["coverage"] else None,
    }
    details = []
    if any(r["exit_code"] not in (0, 1) for r in results):
        details.append("%s: exit codes %s (see the run logs)" % (name, distinct([r["exit_code"] for r in results])))
    summary["coverage_verdict"], coverage_lines = coverage_verdict(name, results, reference, racy)
    details += coverage_lines + test_count_lines(name, results, reference)
    details += chunk_lines(name, results)
    for r in results:
        if r["failed_tests"]:
            details.append("%s run failures: %s" % (name, ", ".join(r["failed_tests"][:10])))
    return summary, details


def coverage_verdict(name, results, reference, racy):
    """'exact' or 'N classes differ', and one detail line per differing class and counter."""
    if reference is None or reference["coverage"] is None:
        return "no serial reference", []
    if any(r["coverage"] is None for r in results):
        return "MISSING jacoco.xml", ["%s: a run produced no jacoco.xml" % name]
    differing = {}
    for r in results:
        for cls, (ref, got) in benchlib.coverage_diff(reference["coverage"], r["coverage"]).items():
            if cls not in racy:
                differing.setdefault(cls, (ref, got))
    if not differing:
        return ("exact (%d racy ignored)" % len(racy)) if racy else "exact", []
    lines = []
    for cls, (ref, got) in sorted(differing.items()):
        lines.append("%s coverage differs from serial: %s: %s" % (
            name, cls, "; ".join(benchlib.describe_counter_diff(ref, got))))
    return "%d classes DIFFER" % len(differing), lines


def test_count_lines(name, results, reference):
    """Classes whose executed test count differs from the serial reference."""
    if reference is None:
        return []
    lines = []
    for r in results:
        for cls, (ref, got) in benchlib.test_count_diff(reference["per_class"], r["per_class"]).items():
            line = "%s tests executed differ from serial: %s: %d -> %d" % (name, cls, ref, got)
            if line not in lines:
                lines.append(line)
    return lines


def chunk_lines(name, results):
    """covrun's per-chunk facts from summary.json, one line per run, with where the wall time went:
    the test JVMs' phase, covrun's own time around it (start-up, discovery, merge, report) and the
    longest unit as its test JVM saw it."""
    lines = []
    for i, r in enumerate(results, 1):
        if r.get("chunks"):
            where = ""
            if r.get("test_s") is not None:
                where = "; test JVMs %.1fs, covrun itself %.1fs" % (r["test_s"], r["wall_s"] - r["test_s"])
            if r.get("longest"):
                where += "; longest unit %s %.1fs" % (r["longest"][0].rsplit(".", 1)[-1], r["longest"][1])
            lines.append("%s run %d: %s%s" % (
                name, i, "; ".join(benchlib.chunk_description(c) for c in r["chunks"]), where))
    return lines


def bound_facts(serial_results, cores, jvm_start):
    """Physical bound from the serial run with the median wall time."""
    if not serial_results:
        return None, []
    ordered = sorted(serial_results, key=lambda r: r["wall_s"])
    median_run = ordered[(len(ordered) - 1) // 2]
    unit, unit_s = benchlib.longest_unit(median_run["per_class"])
    bound = benchlib.physical_bound(median_run["cpu_s"], cores, unit_s, jvm_start)
    note = ("physical bound %.1fs = max(serial CPU %.1fs / %d cores, longest unit %.1fs [%s]) + JVM start %.2fs"
            % (bound, median_run["cpu_s"], cores, unit_s, unit, jvm_start))
    return bound, [note]


# ---------------------------------------------------------------- main flow


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="1 run each, no warm-up, serial+surefire+covrun1+covrun2, 3 slowest classes left out")
    parser.add_argument("--only", help="comma-separated modes out of " + ",".join(ALL_MODES))
    parser.add_argument("--runs", type=int, default=3, help="measured runs per mode (default 3; --quick: 1)")
    parser.add_argument("--rediscover", action="store_true", help="redo the environment-failure discovery run")
    parser.add_argument("--covrun-worktree", action="store_true",
                        help="build covrun from the work tree instead of a clean export of HEAD")
    parser.add_argument("--no-record", action="store_true", help="do not append to BENCHMARKS.md")
    parser.add_argument("--command", default="scripts/bench", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.command = args.command.strip()
    modes = QUICK_MODES if args.quick else ALL_MODES
    if args.only:
        modes = tuple(m.strip() for m in args.only.split(","))
        unknown = [m for m in modes if m not in ALL_MODES]
        if unknown:
            parser.error("unknown mode %s (known: %s)" % (",".join(unknown), ",".join(ALL_MODES)))
    args.modes = modes
    if args.quick:
        args.runs = 1
    return args


def plan_runs(modes, runs):
    """Interleaved order: round by round every mode, so drift hits all modes alike."""
    return [m for _ in range(runs) for m in modes]


def main(argv):
    args = parse_args(argv)
    setup_suite()
    covrun, unavailable = prepare_covrun(args)
    tools = Tools(jvm_flags(), covrun)
    run_root = os.path.join(WORK, "runs", datetime.datetime.now().strftime("%Y%m%d-%H%M%S"))
    os.makedirs(run_root)
    jvm_start = jvm_start_seconds()
    all_classes = all_test_classes()
    quick_skip = [c for c in QUICK_SKIP if args.quick]
    excluded, env_failed, discovery = discover_env_failures(all_classes, quick_skip, run_root, tools, args.rediscover)
    suite = Suite(all_classes, quick_skip, excluded, env_failed)
    log("suite: %d test classes; excluded for environment failures: %s" % (
        len(suite.classes), ", ".join(excluded) or "none"))
    # Serial runs of the measured configuration that are not timed samples still tell racy classes.
    racy_pool = [discovery] if discovery is not None and not excluded else []
    if not args.quick and "serial" in args.modes and (discovery is None or excluded):
        log("warm-up: one serial run (not counted)")
        racy_pool.append(run_mode("serial", suite, os.path.join(run_root, "warmup-serial"), tools))
    measured = [m for m in args.modes if m not in unavailable]
    results = run_rounds(measured, args.runs, suite, run_root, tools, lambda so_far: benchlib.benchmarks_entry(
        build_entry(argparse.Namespace(**dict(vars(args), partial=True)), suite, so_far, racy_pool, unavailable,
                    jvm_start, run_root)))
    while "serial" in measured and len(racy_pool) + len(results["serial"]) < 2:
        log("one more serial run for the racy-class check (not counted)")
        racy_pool.append(run_mode("serial", suite, os.path.join(run_root, "racycheck-serial"), tools))
    entry = build_entry(args, suite, results, racy_pool, unavailable, jvm_start, run_root)
    text = benchlib.benchmarks_entry(entry)
    print(text)
    if not args.no_record:
        benchlib.append_benchmarks(os.path.join(REPO, "BENCHMARKS.md"), text)
        log("appended to BENCHMARKS.md")
    return 0


def prepare_covrun(args):
    """(launcher, {mode: why not measured}) for the selected covrun modes."""
    wanted = [m for m in args.modes if m.startswith("covrun")]
    if not wanted:
        return None, {}
    launcher, label = ensure_covrun(args.covrun_worktree)
    if launcher is None:
        log(label)
        return None, {m: label for m in wanted}
    log("covrun: built from the %s" % label)
    args.covrun_label = label
    return launcher, {}


def run_rounds(modes, runs, suite, run_root, tools, partial_entry):
    """The measured runs, interleaved round by round; {mode: [result, ...]}. After every round the
    entry so far goes to RUN_ROOT/partial-entry.md, so an interrupted run still leaves numbers."""
    results = {m: [] for m in modes}
    for i, mode in enumerate(plan_runs(modes, runs), 1):
        run_dir = os.path.join(run_root, "%s-%d" % (mode, len(results[mode]) + 1))
        results[mode].append(run_mode(mode, suite, run_dir, tools))
        if i % len(modes) == 0:
            with open(os.path.join(run_root, "partial-entry.md"), "w") as f:
                f.write(partial_entry(results))
    return results


def build_entry(args, suite, results, racy_pool, unavailable, jvm_start, run_root):
    """Everything BENCHMARKS.md shows for this invocation, as a plain dict for benchlib."""
    serial = results.get("serial") or []
    reference = serial[0] if serial else None
    racy_now = benchlib.racy_classes([r["coverage"] for r in serial + racy_pool if r["coverage"]])
    racy_before = known_racy_classes(racy_now, record=not getattr(args, "partial", False))
    racy = sorted(set(racy_now) | set(racy_before))
    cores = os.cpu_count()
    bound, bound_notes = bound_facts(serial, cores, jvm_start)
    modes, details = [], []
    for name in args.modes:
        if name in unavailable:
            modes.append((name, {"not_measured": unavailable[name]}))
            continue
        summary, lines = summarize_mode(name, results[name], reference, racy)
        modes.append((name, summary))
        details += lines
    medians = dict((n, s.get("wall_median")) for n, s in modes)
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "title": "Apache Commons Lang %s test suite%s%s" % (
            LANG3, " (--quick: reduced)" if args.quick else "",
            " (PARTIAL: %d of %d rounds done)" % (min(len(r) for r in results.values()), args.runs)
            if getattr(args, "partial", False) else ""),
        "machine": machine_description(),
        "command": args.command,
        "notes": suite_notes(args, suite, racy_now, racy_before, serial + racy_pool) + bound_notes + load_notes(results) + [
            "work files: %s" % os.path.relpath(run_root, REPO)],
        "modes": modes,
        "bound": bound,
        "targets": benchlib.target_verdicts(medians, bound),
        "details": details,
    }


def load_notes(results):
    """How much CPU other processes took during the timed runs, and covrun's provenance."""
    other = [(r["other_cpu_s"], m, i) for m, rs in results.items() for i, r in enumerate(rs, 1)]
    if not other:
        return []
    worst = max(other)
    return ["CPU used by other processes during the timed runs: %.0fs in total, at most %.0fs (%s run %d)" % (
        sum(o[0] for o in other), worst[0], worst[1], worst[2])]


def known_racy_classes(racy_now, record):
    """Classes earlier bench runs on this machine saw two serial runs disagree on (racy concurrency
    tests flip a branch only now and then, so two serial runs of one invocation often miss them);
    this invocation's findings are added to WORK/racy-classes.json."""
    path = os.path.join(WORK, "racy-classes.json")
    known = {}
    if os.path.exists(path):
        with open(path) as f:
            known = json.load(f)
    before = sorted(c for c in known if c not in racy_now)
    if record:
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        for cls in racy_now:
            known.setdefault(cls, stamp)
        with open(path, "w") as f:
            json.dump(known, f, indent=1, sort_keys=True)
    return before


def suite_notes(args, suite, racy, racy_before, serial):
    """How the suite was run, what was left out and why."""
    notes = [
        "suite: %d test classes of commons-lang3-%s-tests.jar (include %s, exclude %s), JVM flags `%s -ea` "
        "in every mode, working directory bench/target/lang3" % (
            len(suite.classes), LANG3, INCLUDE, DEFAULT_EXCLUDE, " ".join(jvm_flags())),
        "excluded everywhere for failing on this machine: %s%s" % (
            ", ".join(suite.env_excluded) or "none",
            (" (failed: %s)" % ", ".join(suite.env_failures)) if suite.env_failures else ""),
        "racy classes, ignored in the coverage comparison: serial runs of this invocation disagree on %s; "
        "earlier serial runs on this machine disagreed on %s (bench/target/lang3/racy-classes.json)" % (
            ", ".join(racy) if racy else ("none" if len(serial) > 1 else "not checked (fewer than 2 serial runs)"),
            ", ".join(racy_before) or "none"),
    ]
    if suite.skipped_for_quick:
        notes.append("--quick leaves out the slowest classes: %s" % ", ".join(suite.skipped_for_quick))
    warmup = "none" if args.quick else "one serial run before the measured rounds (the environment-failure " \
        "discovery run when there was one); the OS file cache is warm, JIT state does not carry over between JVMs"
    notes.append("measured runs per mode: %d, interleaved round by round; warm-up: %s" % (args.runs, warmup))
    if getattr(args, "covrun_label", None):
        notes.append("covrun built from the %s" % args.covrun_label)
    return notes


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
