import unittest

import schedlib


class SchedlibTest(unittest.TestCase):
    NAMES = ["A", "B", "C", "D", "E"]
    ACTUAL = {"A": 4.0, "B": 1.0, "C": 1.0, "D": 1.0, "E": 1.0}

    def test_ideal_is_the_mean_load_or_the_longest_unit(self):
        self.assertEqual(4.0, schedlib.ideal_seconds([4.0, 1.0, 1.0], 2))
        self.assertEqual(3.0, schedlib.ideal_seconds([2.0, 2.0, 2.0], 2))

    def test_shuffle_keeps_the_durations_and_is_repeatable(self):
        stale = schedlib.shuffled(self.NAMES, [4.0, 1.0, 1.0, 1.0, 1.0], 7)
        self.assertEqual(sorted(stale.values()), [1.0, 1.0, 1.0, 1.0, 4.0])
        self.assertEqual(stale, schedlib.shuffled(self.NAMES, [4.0, 1.0, 1.0, 1.0, 1.0], 7))

    def test_random_order_is_repeatable_and_never_beats_the_ideal(self):
        one = schedlib.random_order_makespan(self.NAMES, self.ACTUAL, 2, 3)
        self.assertEqual(one, schedlib.random_order_makespan(self.NAMES, self.ACTUAL, 2, 3))
        self.assertGreaterEqual(one, schedlib.ideal_seconds(list(self.ACTUAL.values()), 2))

    def test_worker_breakdown_splits_wall_time_into_sleep_unit_overhead_and_outside(self):
        parts = schedlib.worker_breakdown({"A": 4200, "B": 1300}, {"A": 4.0, "B": 1.0, "C": 1.0}, 7.0)
        self.assertEqual(2, parts["units"])
        self.assertAlmostEqual(5.0, parts["sleep"])
        self.assertAlmostEqual(0.5, parts["in_units"])
        self.assertAlmostEqual(1.5, parts["outside"])
        self.assertAlmostEqual(4.2, parts["longest"])

    def test_work_ideal_spreads_the_measured_unit_time_and_adds_one_start_up(self):
        parts = [{"sleep": 4.0, "in_units": 0.4, "outside": 1.0, "longest": 2.2},
                 {"sleep": 3.0, "in_units": 0.6, "outside": 2.0, "longest": 1.1},
                 {"sleep": 1.0, "in_units": 0.0, "outside": 1.5, "longest": 1.0}]
        self.assertAlmostEqual(9.0 / 3 + 1.5, schedlib.work_ideal(parts, 3))
        parts[0]["longest"] = 5.0
        self.assertAlmostEqual(5.0 + 1.5, schedlib.work_ideal(parts, 3))

    def test_longest_first_breaks_ties_by_name(self):
        self.assertEqual(["A", "B", "C"], schedlib.longest_first(["C", "B", "A"], {"A": 2, "B": 1, "C": 1}))

    def test_worksteal_with_right_predictions_hits_the_ideal(self):
        self.assertEqual(4.0, schedlib.worksteal_makespan(self.NAMES, self.ACTUAL, self.ACTUAL, 2))

    def test_a_long_unit_predicted_short_comes_last_and_stretches_the_run(self):
        wrong = {"A": 0.5, "B": 1.0, "C": 1.0, "D": 1.0, "E": 1.0}
        self.assertEqual(6.0, schedlib.worksteal_makespan(self.NAMES, wrong, self.ACTUAL, 2))

    def test_static_lpt_pays_for_wrong_predictions_per_chunk(self):
        wrong = {"A": 1.0, "B": 4.0, "C": 1.0, "D": 1.0, "E": 1.0}
        # planned: B | A,C,D,E -> chunk 2 actually takes 4+1+1+1 = 7
        self.assertEqual(7.0, schedlib.static_makespan(self.NAMES, wrong, self.ACTUAL, 2))

    def test_balance_is_the_slowest_jvm_over_the_mean(self):
        self.assertEqual(1.0, schedlib.balance([3.0, 3.0]))
        self.assertEqual(1.5, schedlib.balance([4.5, 1.5]))

    def test_percentile_takes_the_nearest_rank(self):
        self.assertEqual(1, schedlib.percentile([3, 1, 2], 0.0))
        self.assertEqual(2, schedlib.percentile([3, 1, 2], 0.5))
        self.assertEqual(3, schedlib.percentile([3, 1, 2], 1.0))


if __name__ == "__main__":
    unittest.main()
