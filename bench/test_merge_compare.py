import os
import tempfile
import unittest

import merge_compare

REPORT = """<?xml version="1.0" encoding="UTF-8"?>
<report name="x"><sessioninfo id="%s" start="1" dump="2"/>
<package name="p"><class name="p/A" sourcefilename="A.java">
<method name="m" desc="()V" line="3"><counter type="LINE" missed="%d" covered="1"/></method>
<counter type="LINE" missed="%d" covered="1"/></class>
<sourcefile name="A.java"><line nr="3" mi="0" ci="%d" mb="0" cb="0"/><counter type="LINE" missed="0" covered="1"/></sourcefile>
<counter type="LINE" missed="0" covered="1"/></package>
<counter type="LINE" missed="0" covered="1"/></report>
"""


class MergeCompareTest(unittest.TestCase):
    def write(self, session, method_missed=0, class_missed=0, line_ci=2):
        fd, path = tempfile.mkstemp(suffix=".xml")
        with os.fdopen(fd, "w") as f:
            f.write(REPORT % (session, method_missed, class_missed, line_ci))
        self.addCleanup(os.remove, path)
        return path

    def test_reports_differing_only_in_sessions_are_equal(self):
        self.assertEqual([], merge_compare.differences(self.write("a"), self.write("b")))

    def test_names_the_method_whose_counters_differ(self):
        diff = merge_compare.differences(self.write("a"), self.write("a", method_missed=1))
        self.assertEqual(["package:p/class:p/A/method:m:()V:3: {'LINE': (0, 1)} -> {'LINE': (1, 1)}"], diff)

    def test_compares_lines_of_source_files(self):
        diff = merge_compare.differences(self.write("a"), self.write("a", line_ci=3))
        self.assertEqual(1, len(diff))
        self.assertIn("line:3", diff[0])

    def test_counts_every_element_and_line(self):
        self.assertEqual(6, merge_compare.element_count(self.write("a")))


class TreeDifferencesTest(unittest.TestCase):
    def tree(self, files):
        root = tempfile.mkdtemp()
        self.addCleanup(__import__("shutil").rmtree, root)
        for rel, text in files.items():
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
        return root

    def test_identical_trees_have_no_differences(self):
        self.assertEqual(([], 2), merge_compare.tree_differences(
            self.tree({"index.html": "a", "p/A.html": "b"}), self.tree({"index.html": "a", "p/A.html": "b"})))

    def test_names_changed_and_missing_files(self):
        diff, count = merge_compare.tree_differences(
            self.tree({"index.html": "a", "p/A.html": "b"}), self.tree({"index.html": "x", "p/B.html": "b"}))
        self.assertEqual(["index.html", "p/A.html (only in the first)", "p/B.html (only in the second)"], diff)
        self.assertEqual(2, count)


if __name__ == "__main__":
    unittest.main()
