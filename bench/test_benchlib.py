"""Self-test of scripts/bench's parsing and arithmetic on the fixtures in bench/testdata/.

Run: scripts/bench --self-test   (or: python3 -m unittest discover -s bench -p 'test_*.py')
"""

import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import benchlib  # noqa: E402
import run_bench  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "testdata")


def data(*parts):
    return os.path.join(DATA, *parts)


class TimeParsingTest(unittest.TestCase):
    def test_should_read_rss_cpu_and_exit_status_from_gnu_time_output(self):
        with open(data("time-v.txt")) as f:
            parsed = benchlib.parse_time_v(f.read())
        self.assertEqual(755488, parsed["max_rss_kib"])
        self.assertEqual(327.1, parsed["cpu_s"])
        self.assertEqual(1, parsed["exit_status"])

    def test_should_report_none_for_missing_fields(self):
        parsed = benchlib.parse_time_v("Command terminated by signal 9\n")
        self.assertIsNone(parsed["max_rss_kib"])
        self.assertIsNone(parsed["cpu_s"])


class JunitParsingTest(unittest.TestCase):
    def setUp(self):
        self.files = benchlib.junit_xml_files(data("junit"))
        self.per_class = benchlib.parse_junit_files(self.files)

    def test_should_find_report_files_sorted(self):
        self.assertEqual(["TEST-junit-jupiter.xml", "TEST-org.example.AlphaTest.xml"],
                         [os.path.basename(f) for f in self.files])

    def test_should_count_tests_failures_and_skips_per_top_level_class(self):
        alpha = self.per_class["org.example.AlphaTest"]
        self.assertEqual({"tests": 4, "failed": 2, "skipped": 1, "time": 1.5}, alpha)

    def test_should_total_console_launcher_and_surefire_reports_alike(self):
        totals = benchlib.junit_totals(self.per_class)
        self.assertEqual({"tests": 7, "failed": 2, "skipped": 1, "classes": 3}, totals)

    def test_should_name_failed_tests_with_their_class(self):
        self.assertEqual(["org.example.AlphaTest#fails", "org.example.AlphaTest$Nested#inner"],
                         benchlib.failed_tests(self.files))

    def test_should_pick_the_longest_unit(self):
        self.assertEqual(("org.example.BetaTest", 3.5), benchlib.longest_unit(self.per_class))

    def test_should_list_classes_whose_executed_test_count_differs(self):
        other = dict(self.per_class)
        other["org.example.GammaTest"] = dict(other["org.example.GammaTest"], tests=2)
        del other["org.example.BetaTest"]
        self.assertEqual({"org.example.BetaTest": (2, 0), "org.example.GammaTest": (1, 2)},
                         benchlib.test_count_diff(self.per_class, other))


class CoverageParsingTest(unittest.TestCase):
    def setUp(self):
        self.serial = benchlib.parse_jacoco_xml(data("jacoco-serial.xml"))
        self.other = benchlib.parse_jacoco_xml(data("jacoco-other.xml"))

    def test_should_read_class_counters_not_method_counters(self):
        alpha = self.serial["classes"]["org/example/Alpha"]
        self.assertEqual((2, 8), alpha["INSTRUCTION"])
        self.assertEqual((1, 3), alpha["BRANCH"])
        self.assertEqual(["org/example/Alpha", "org/example/Beta"], sorted(self.serial["classes"]))

    def test_should_read_report_totals(self):
        self.assertEqual((12, 8), self.serial["total"]["INSTRUCTION"])
        self.assertAlmostEqual(40.0, benchlib.coverage_percent(self.serial["total"], "INSTRUCTION"))
        self.assertAlmostEqual(75.0, benchlib.coverage_percent(self.serial["total"], "BRANCH"))

    def test_should_say_none_for_a_counter_without_items(self):
        self.assertIsNone(benchlib.coverage_percent(self.serial["classes"]["org/example/Beta"], "BRANCH"))

    def test_should_list_exactly_the_differing_classes(self):
        diff = benchlib.coverage_diff(self.serial, self.other)
        self.assertEqual(["org/example/Alpha"], list(diff))
        self.assertEqual(["INSTRUCTION covered 8 -> 6 (missed 2 -> 4)", "BRANCH covered 3 -> 2 (missed 1 -> 2)",
                          "LINE covered 3 -> 2 (missed 1 -> 2)"],
                         benchlib.describe_counter_diff(*diff["org/example/Alpha"]))

    def test_should_find_no_difference_between_identical_reports(self):
        self.assertEqual({}, benchlib.coverage_diff(self.serial, benchlib.parse_jacoco_xml(data("jacoco-serial.xml"))))

    def test_should_report_a_class_missing_on_one_side(self):
        trimmed = {"total": {}, "classes": {"org/example/Alpha": self.serial["classes"]["org/example/Alpha"]}}
        diff = benchlib.coverage_diff(self.serial, trimmed)
        self.assertEqual(["class only in serial"], benchlib.describe_counter_diff(*diff["org/example/Beta"]))

    def test_should_call_classes_racy_when_serial_runs_disagree(self):
        self.assertEqual(["org/example/Alpha"], benchlib.racy_classes([self.serial, self.serial, self.other]))
        self.assertEqual([], benchlib.racy_classes([self.serial, self.serial]))


class ArithmeticTest(unittest.TestCase):
    def test_should_take_the_median_ignoring_missing_values(self):
        self.assertEqual(2.0, benchlib.median([3.0, None, 1.0, 2.0]))
        self.assertIsNone(benchlib.median([None]))

    def test_should_divide_or_say_none(self):
        self.assertAlmostEqual(0.5, benchlib.ratio(1.0, 2.0))
        self.assertIsNone(benchlib.ratio(None, 2.0))
        self.assertIsNone(benchlib.ratio(1.0, 0))

    def test_should_bound_by_cpu_or_longest_unit_plus_one_jvm_start(self):
        self.assertAlmostEqual(163.5 + 0.1, benchlib.physical_bound(327.0, 2, 150.0, 0.1))
        self.assertAlmostEqual(170.0 + 0.1, benchlib.physical_bound(327.0, 2, 170.0, 0.1))

    def test_should_judge_the_targets(self):
        medians = {"serial": 100.0, "surefire": 70.0, "covrun1": 104.0, "covrun2": 66.0, "covrun4": 60.0}
        verdicts = benchlib.target_verdicts(medians, 56.0)
        self.assertEqual([True, True, True], [ok for _, ok in verdicts])
        self.assertIn("covrun4", verdicts[0][0])
        self.assertEqual([False, True, False],
                         [ok for _, ok in benchlib.target_verdicts(dict(medians, covrun1=106.0), 50.0)])

    def test_should_leave_targets_open_when_covrun_is_missing(self):
        verdicts = benchlib.target_verdicts({"serial": 100.0, "surefire": 70.0}, 56.0)
        self.assertEqual([None, None, None], [ok for _, ok in verdicts])


class BenchmarksMarkdownTest(unittest.TestCase):
    SUMMARY = {"runs": 3, "wall_median": 66.04, "wall_min": 65.0, "wall_max": 70.26, "rss_max_mib": 737.8,
               "cpu_median": 120.4, "other_cpu_median": 3.2, "tests": "9371", "failed": "0", "skipped": "12/13",
               "coverage_total": {"INSTRUCTION": (3096, 71003), "LINE": (684, 15230), "BRANCH": (792, 9039)},
               "coverage_verdict": "exact"}

    def test_should_format_a_mode_row(self):
        self.assertEqual(
            "| covrun2 | 3 | 66.0 | 65.0-70.3 | 738 | 120 | 3 | 9371 | 0 | 12/13 | 95.82 | 95.70 | 91.94 | exact | 1.18x |",
            benchlib.mode_row("covrun2", self.SUMMARY, 56.0))

    def test_should_keep_the_column_count_for_unmeasured_modes(self):
        row = benchlib.mode_row("covrun4", {"not_measured": "not measured: no CLI"}, None)
        self.assertEqual(benchlib.TABLE_HEAD.splitlines()[0].count("|"), row.count("|"))

    def test_should_write_ratios_and_verdicts(self):
        entry = {"date": "2026-01-01 00:00 UTC", "title": "fixture", "machine": "2 cores", "command": "scripts/bench",
                 "notes": ["note"], "bound": 56.0,
                 "modes": [("serial", dict(self.SUMMARY, wall_median=100.0)), ("covrun2", self.SUMMARY)],
                 "targets": [("target one", True), ("target two", None)], "details": ["detail"]}
        text = benchlib.benchmarks_entry(entry)
        self.assertIn("## 2026-01-01 00:00 UTC — fixture", text)
        self.assertIn("- covrun(2) / serial: 0.66\n", text)
        self.assertIn("- covrun(4) / serial: n/a\n", text)
        self.assertIn("- target one: PASS\n- target two: not measured\n- detail\n", text)

    def test_should_pair_ratios_round_by_round(self):
        self.assertEqual([0.5, 2.0], benchlib.paired_ratios([1.0, 4.0, 9.0], [2.0, 2.0]))
        self.assertEqual([], benchlib.paired_ratios(None, [2.0]))
        lines = benchlib.ratio_lines({"covrun2": 90.0, "serial": 100.0},
                                     {"covrun2": [90.0, 80.0, 99.0], "serial": [100.0, 100.0, 90.0]})
        self.assertEqual("- covrun(2) / serial: 0.90 (round by round: 0.90, 0.80, 1.10; median 0.90)", lines[0])
        self.assertEqual("- covrun(4) / serial: n/a", lines[1])

    def test_should_create_the_file_with_a_header_then_append(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "BENCHMARKS.md")
            benchlib.append_benchmarks(path, "\n## one\n")
            benchlib.append_benchmarks(path, "\n## two\n")
            with open(path) as f:
                text = f.read()
        self.assertTrue(text.startswith("# covrun benchmarks\n"))
        self.assertEqual(1, text.count("# covrun benchmarks"))
        self.assertLess(text.index("## one"), text.index("## two"))


class ChunkDescriptionTest(unittest.TestCase):
    def test_should_describe_a_covrun_chunk(self):
        chunk = {"chunk": 2, "exitValue": 0, "failed": 0, "skipped": 3, "status": "passed", "tests": 2514,
                 "units": 111, "wallSeconds": 57.944}
        self.assertEqual("chunk 2: 111 units, 2514 tests, 0 failed, 57.9s", benchlib.chunk_description(chunk))

    def test_should_fall_back_to_the_raw_entry(self):
        self.assertEqual("{'x': 1}", benchlib.chunk_description({"x": 1}))


class RunPlanTest(unittest.TestCase):
    def test_should_interleave_modes_round_by_round(self):
        self.assertEqual(["serial", "surefire", "serial", "surefire", "serial", "surefire"],
                         run_bench.plan_runs(("serial", "surefire"), 3))

    def test_should_pass_each_jvm_flag_as_one_argument(self):
        self.assertEqual(["-Xmx512m", "--add-opens=java.base/java.lang=ALL-UNNAMED"],
                         run_bench.joined_jvm_flags(["-Xmx512m", "--add-opens", "java.base/java.lang=ALL-UNNAMED"]))

    def test_should_turn_class_names_into_exclude_globs(self):
        self.assertEqual("org/apache/commons/lang3/time/FastDateParserTest.java",
                         run_bench.class_glob("org.apache.commons.lang3.time.FastDateParserTest"))



class CovrunEventsTest(unittest.TestCase):
    def test_should_find_the_longest_unit_over_all_workers_events(self):
        with tempfile.TemporaryDirectory() as tmp:
            for worker, lines in (("1", ["UNIT_START\ta.A", "UNIT_END\ta.A\t1500\t3\t0\t0"]),
                                  ("2", ["UNIT_START\tb.B", "TEST\tSUCCESSFUL\tb.B\tx\t",
                                         "UNIT_END\tb.B\t78250\t9\t0\t0", "UNIT_START\tc.C"])):
                os.makedirs(os.path.join(tmp, worker))
                with open(os.path.join(tmp, worker, "events.tsv"), "w") as f:
                    f.write("\n".join(lines) + "\n")
            self.assertEqual(("b.B", 78.25), benchlib.longest_event_unit(tmp))

    def test_should_report_none_without_events(self):
        with tempfile.TemporaryDirectory() as tmp:
            self.assertIsNone(benchlib.longest_event_unit(tmp))

    def test_should_read_the_chunk_count_from_the_mode_name(self):
        self.assertEqual(2, run_bench.covrun_chunks("covrun2"))
        self.assertEqual(4, run_bench.covrun_chunks("covrun4"))


if __name__ == "__main__":
    unittest.main()
