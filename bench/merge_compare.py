"""Compares the counters of two JaCoCo XML reports element by element (pure, unit-tested)."""

import xml.etree.ElementTree as ET

_NAMED = ("package", "class", "sourcefile")


def counters(path):
    """{element path: {counter type: (missed, covered)}} for every element with counters, plus every
    line of every source file as ('line', nr) -> (mi, ci, mb, cb). Sessions and order are ignored."""
    root = ET.parse(path).getroot()
    found = {}
    _walk(root, ("report",), found)
    return found


def _walk(element, path, found):
    own = {c.get("type"): (int(c.get("missed")), int(c.get("covered"))) for c in element.findall("counter")}
    if own:
        found[path] = own
    for child in element:
        if child.tag in _NAMED:
            _walk(child, path + ((child.tag, child.get("name")),), found)
        elif child.tag == "method":
            _walk(child, path + (("method", child.get("name"), child.get("desc"), child.get("line")),), found)
        elif child.tag == "line":
            found[path + (("line", child.get("nr")),)] = {
                "line": tuple(int(child.get(k)) for k in ("mi", "ci", "mb", "cb"))}


def differences(reference_path, other_path):
    """One line per element whose counters differ or that exists in only one report, sorted."""
    reference, other = counters(reference_path), counters(other_path)
    lines = []
    for key in sorted(set(reference) | set(other), key=repr):
        if reference.get(key) != other.get(key):
            lines.append("%s: %s -> %s" % (_describe(key), reference.get(key), other.get(key)))
    return lines


def element_count(path):
    return len(counters(path))


def _describe(key):
    return "/".join(":".join(str(p) for p in part) for part in key[1:]) or "report"


def tree_differences(reference_dir, other_dir):
    """Files missing on either side or with different bytes, as relative paths, sorted."""
    import os

    def files(root):
        found = {}
        for base, _, names in os.walk(root):
            for name in names:
                path = os.path.join(base, name)
                found[os.path.relpath(path, root)] = path
        return found

    left, right = files(reference_dir), files(other_dir)
    differing = []
    for rel in sorted(set(left) | set(right)):
        if rel not in left or rel not in right:
            differing.append(rel + (" (only in the first)" if rel in left else " (only in the second)"))
        else:
            with open(left[rel], "rb") as a, open(right[rel], "rb") as b:
                if a.read() != b.read():
                    differing.append(rel)
    return differing, len(left)
