"""Pure parsing and arithmetic for scripts/bench: no processes, no network.

Reads what each mode leaves behind (GNU time -v output, JUnit legacy XML, jacoco.xml) into plain
dicts, compares coverage and test counts against the serial reference, and formats the
BENCHMARKS.md entry. bench/test_benchlib.py checks it on the fixtures in bench/testdata/.
"""

import glob
import os
import re
import statistics
import xml.etree.ElementTree as ET

COUNTERS = ("INSTRUCTION", "BRANCH", "LINE", "COMPLEXITY", "METHOD", "CLASS")
HEADLINE_COUNTERS = ("INSTRUCTION", "LINE", "BRANCH")


# ---------------------------------------------------------------- GNU time -v


def parse_time_v(text):
    """Returns max_rss_kib, user_s, sys_s, cpu_s, exit_status from `/usr/bin/time -v` output."""
    fields = {
        "max_rss_kib": r"Maximum resident set size \(kbytes\): (\d+)",
        "user_s": r"User time \(seconds\): ([\d.]+)",
        "sys_s": r"System time \(seconds\): ([\d.]+)",
        "exit_status": r"Exit status: (\d+)",
    }
    out = {}
    for key, pattern in fields.items():
        match = re.search(pattern, text)
        out[key] = float(match.group(1)) if match else None
    if out["max_rss_kib"] is not None:
        out["max_rss_kib"] = int(out["max_rss_kib"])
    if out["exit_status"] is not None:
        out["exit_status"] = int(out["exit_status"])
    if out["user_s"] is not None and out["sys_s"] is not None:
        out["cpu_s"] = round(out["user_s"] + out["sys_s"], 2)
    else:
        out["cpu_s"] = None
    return out


# ---------------------------------------------------------------- JUnit XML


def top_level_class(classname):
    """Nested classes count for their enclosing class: Surefire and the console launcher differ."""
    return classname.split("$", 1)[0]


def parse_junit_files(paths):
    """Per top-level test class: tests (testcase elements), failed, skipped, time (sum, seconds)."""
    per_class = {}
    for path in paths:
        for case in ET.parse(path).getroot().iter("testcase"):
            name = top_level_class(case.get("classname") or "")
            stats = per_class.setdefault(name, {"tests": 0, "failed": 0, "skipped": 0, "time": 0.0})
            stats["tests"] += 1
            stats["time"] += float(case.get("time") or 0)
            if case.find("failure") is not None or case.find("error") is not None:
                stats["failed"] += 1
            elif case.find("skipped") is not None:
                stats["skipped"] += 1
    return per_class


def failed_tests(paths):
    """Sorted 'class#test' ids of failed or errored testcases."""
    found = set()
    for path in paths:
        for case in ET.parse(path).getroot().iter("testcase"):
            if case.find("failure") is not None or case.find("error") is not None:
                found.add("%s#%s" % (case.get("classname"), case.get("name")))
    return sorted(found)


def junit_xml_files(directory):
    """Every TEST-*.xml below directory, sorted."""
    found = []
    for root, _dirs, files in os.walk(directory):
        found += [os.path.join(root, f) for f in files if f.startswith("TEST-") and f.endswith(".xml")]
    return sorted(found)


def junit_totals(per_class):
    """Suite totals from parse_junit_files: tests, failed, skipped, classes."""
    totals = {"tests": 0, "failed": 0, "skipped": 0, "classes": len(per_class)}
    for stats in per_class.values():
        for key in ("tests", "failed", "skipped"):
            totals[key] += stats[key]
    return totals


def longest_unit(per_class):
    """(class, seconds) of the slowest test class, or (None, 0.0)."""
    if not per_class:
        return None, 0.0
    name = max(per_class, key=lambda c: (per_class[c]["time"], c))
    return name, per_class[name]["time"]


def test_count_diff(reference, other):
    """Classes whose executed test count differs: {class: (reference_tests, other_tests)}."""
    diff = {}
    for name in sorted(set(reference) | set(other)):
        ref = reference.get(name, {}).get("tests", 0)
        got = other.get(name, {}).get("tests", 0)
        if ref != got:
            diff[name] = (ref, got)
    return diff


# ---------------------------------------------------------------- jacoco.xml


def _counters(element):
    return {
        c.get("type"): (int(c.get("missed")), int(c.get("covered")))
        for c in element.findall("counter")
    }


def parse_jacoco_xml(path):
    """{'total': {type: (missed, covered)}, 'classes': {vm class name: {type: (missed, covered)}}}."""
    root = ET.parse(path).getroot()
    classes = {}
    for cls in root.iter("class"):
        classes[cls.get("name")] = _counters(cls)
    return {"total": _counters(root), "classes": classes}


def coverage_percent(counters, kind):
    """Covered ratio of one counter type in percent, None when the type has no items."""
    missed, covered = counters.get(kind, (0, 0))
    if missed + covered == 0:
        return None
    return 100.0 * covered / (missed + covered)


def coverage_diff(reference, other):
    """Classes whose counters differ: {class: (reference counters or None, other counters or None)}."""
    diff = {}
    for name in sorted(set(reference["classes"]) | set(other["classes"])):
        ref = reference["classes"].get(name)
        got = other["classes"].get(name)
        if ref != got:
            diff[name] = (ref, got)
    return diff


def racy_classes(serial_reports):
    """Classes on which any two serial runs disagree: their coverage is not deterministic."""
    racy = set()
    for i, first in enumerate(serial_reports):
        for second in serial_reports[i + 1:]:
            racy |= set(coverage_diff(first, second))
    return sorted(racy)


def describe_counter_diff(ref, got):
    """One line per differing counter type, e.g. 'LINE covered 10 -> 9 (missed 2 -> 3)'."""
    if ref is None or got is None:
        return ["class only in %s" % ("this mode" if ref is None else "serial")]
    lines = []
    for kind in COUNTERS:
        r = ref.get(kind, (0, 0))
        g = got.get(kind, (0, 0))
        if r != g:
            lines.append("%s covered %d -> %d (missed %d -> %d)" % (kind, r[1], g[1], r[0], g[0]))
    return lines


# ---------------------------------------------------------------- statistics


def median(values):
    """Median of the non-None values, None if there are none."""
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def ratio(numerator, denominator):
    """numerator / denominator, None when either is missing or the denominator is zero."""
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def physical_bound(cpu_s, cores, longest_unit_s, jvm_start_s):
    """Best wall time any scheduler could reach: max(CPU work spread over cores, longest unit) + one JVM start."""
    return max(cpu_s / cores, longest_unit_s) + jvm_start_s


def target_verdicts(medians, bound):
    """The issue's targets as (description, passed or None when a mode is missing)."""
    best_name = None
    best = None
    for name in ("covrun2", "covrun4"):
        wall = medians.get(name)
        if wall is not None and (best is None or wall < best):
            best_name, best = name, wall
    surefire = medians.get("surefire")
    within = None if best is None or bound is None else best <= 1.10 * bound
    faster = None if best is None or surefire is None else best < surefire
    one = ratio(medians.get("covrun1"), medians.get("serial"))
    return [
        ("best of covrun --chunks 2/4 (%s) within 1.10x of the physical bound" % (best_name or "n/a"), within),
        ("best of covrun --chunks 2/4 faster than Surefire forkCount=2", faster),
        ("covrun --chunks 1 at most 1.05x serial", None if one is None else one <= 1.05),
    ]


# ---------------------------------------------------------------- BENCHMARKS.md

BENCHMARKS_HEADER = """# covrun benchmarks

Appended by `scripts/bench` (see its `--help`). Each entry is one invocation: every mode measured
in the same run on the same machine, interleaved round by round. Wall time is the median over the
measured runs (after a warm-up unless `--quick`); peak RSS is the largest single process of a mode
(GNU time's maximum resident set size over the process tree); CPU is user + system seconds of the
whole tree; other CPU is what the rest of the machine used meanwhile (from /proc/stat), a sign of
interference. Coverage is the main jar's, from each mode's own jacoco.xml.
"""


def fmt(value, pattern="%.1f", missing="n/a"):
    """Formats a number, or the missing marker for None."""
    return missing if value is None else pattern % value


def mode_row(name, summary, bound):
    """One markdown table row for a mode summary (see run_bench.summarize_mode)."""
    if summary.get("not_measured"):
        return "| %s | %s |%s" % (name, summary["not_measured"], " |" * 13)
    cov = summary.get("coverage_total") or {}
    cells = [
        name,
        str(summary["runs"]),
        fmt(summary["wall_median"], "%.1f"),
        "%s-%s" % (fmt(summary["wall_min"], "%.1f"), fmt(summary["wall_max"], "%.1f")),
        fmt(summary["rss_max_mib"], "%.0f"),
        fmt(summary["cpu_median"], "%.0f"),
        fmt(summary.get("other_cpu_median"), "%.0f"),
        str(summary["tests"]),
        str(summary["failed"]),
        str(summary["skipped"]),
        fmt(coverage_percent(cov, "INSTRUCTION"), "%.2f"),
        fmt(coverage_percent(cov, "LINE"), "%.2f"),
        fmt(coverage_percent(cov, "BRANCH"), "%.2f"),
        summary.get("coverage_verdict", "n/a"),
        fmt(ratio(summary["wall_median"], bound), "%.2fx"),
    ]
    return "| " + " | ".join(cells) + " |"


TABLE_HEAD = (
    "| mode | runs | wall s (median) | wall s (min-max) | peak RSS MiB | CPU s | other CPU s | tests | failed "
    "| skipped | instr % | line % | branch % | coverage vs serial | wall / bound |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
)

RATIOS = (
    ("covrun(2) / serial", "covrun2", "serial"),
    ("covrun(4) / serial", "covrun4", "serial"),
    ("covrun(2) / surefire-fork2", "covrun2", "surefire"),
    ("covrun(1) / serial", "covrun1", "serial"),
)


def paired_ratios(tops, bottoms):
    """Round-by-round ratios top[i] / bottom[i] (runs of one round ran minutes apart, so a slow
    drift of the machine's speed cancels out); as many as both lists have."""
    ratios = (ratio(t, b) for t, b in zip(tops or [], bottoms or []))
    return [r for r in ratios if r is not None]


def ratio_lines(medians, walls=None):
    """Markdown bullet per ratio of median wall times; with {mode: [wall per round]}, also the
    ratio within each round and their median."""
    lines = []
    for label, top, bottom in RATIOS:
        line = "- %s: %s" % (label, fmt(ratio(medians.get(top), medians.get(bottom)), "%.2f"))
        rounds = paired_ratios((walls or {}).get(top), (walls or {}).get(bottom))
        if len(rounds) > 1:
            line += " (round by round: %s; median %.2f)" % (", ".join("%.2f" % r for r in rounds), median(rounds))
        lines.append(line)
    return lines


def unit_millis(events_path):
    """{unit: ms} from one covrun worker's events.tsv (a unit run twice adds up); {} if absent."""
    ms = {}
    if os.path.exists(events_path):
        with open(events_path, encoding="utf-8", errors="replace") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if parts[0] == "UNIT_END" and len(parts) > 2 and parts[2].isdigit():
                    ms[parts[1]] = ms.get(parts[1], 0) + int(parts[2])
    return ms


def longest_event_unit(chunks_dir):
    """(unit, seconds) of the longest unit in covrun's per-worker events.tsv files, or None."""
    best = None
    for path in glob.glob(os.path.join(chunks_dir, "*", "events.tsv")):
        for unit, ms in unit_millis(path).items():
            if best is None or ms / 1000.0 > best[1]:
                best = (unit, ms / 1000.0)
    return best


def chunk_description(chunk):
    """'chunk 1: 111 units, 4759 tests, 0 failed, 34.9s' from one summary.json chunk entry."""
    if not isinstance(chunk, dict) or "wallSeconds" not in chunk:
        return str(chunk)
    return "chunk %s: %s units, %s tests, %s failed, %.1fs" % (
        chunk.get("chunk", "?"), chunk.get("units", "?"), chunk.get("tests", "?"), chunk.get("failed", "?"),
        chunk["wallSeconds"])


def verdict_word(passed):
    """PASS / FAIL / not measured."""
    return "not measured" if passed is None else ("PASS" if passed else "FAIL")


def benchmarks_entry(entry):
    """The markdown section for one bench invocation (entry is a plain dict, see run_bench)."""
    out = ["", "## %s — %s" % (entry["date"], entry["title"]), ""]
    out += ["- Machine: %s" % entry["machine"], "- Command: `%s`" % entry["command"]]
    out += ["- %s" % line for line in entry.get("notes", [])]
    out += ["", TABLE_HEAD]
    for name, summary in entry["modes"]:
        out.append(mode_row(name, summary, entry.get("bound")))
    out += ["", "Ratios of median wall times (same run):", ""]
    out += ratio_lines(dict((n, s.get("wall_median")) for n, s in entry["modes"]),
                       dict((n, s.get("walls")) for n, s in entry["modes"]))
    out += ["", "Targets:", ""]
    out += ["- %s: %s" % (text, verdict_word(ok)) for text, ok in entry.get("targets", [])]
    out += ["- %s" % line for line in entry.get("details", [])]
    return "\n".join(out) + "\n"


def append_benchmarks(path, entry_text):
    """Appends an entry, creating the file with its header first if missing."""
    new = not os.path.exists(path)
    with open(path, "a", encoding="utf-8") as f:
        if new:
            f.write(BENCHMARKS_HEADER)
        f.write(entry_text)
