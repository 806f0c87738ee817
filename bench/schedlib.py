"""Scheduling arithmetic for scripts/bench --suite worksteal: the ideal makespan, shuffled (stale)
timings, and what static LPT chunks and longest-predicted-first work stealing would take if every
unit took exactly its sleep time. Pure functions, unit-tested in test_schedlib.py."""

import random


def ideal_seconds(seconds, workers):
    """Total work over the workers, or the longest unit if that is longer."""
    return max(sum(seconds) / workers, max(seconds))


def shuffled(names, seconds, seed):
    """A stale timings file: the right durations on the wrong classes (a seeded shuffle)."""
    values = list(seconds)
    random.Random(seed).shuffle(values)
    return dict(zip(names, values))


def longest_first(names, predicted):
    """covrun's hand-out order: longest predicted first, ties by name."""
    return sorted(names, key=lambda name: (-predicted[name], name))


def worksteal_makespan(names, predicted, actual, workers):
    """Each unit in hand-out order goes to the worker that is free first."""
    free = [0.0] * workers
    for name in longest_first(names, predicted):
        first = free.index(min(free))
        free[first] += actual[name]
    return max(free)


def random_order_makespan(names, actual, workers, seed):
    """Work stealing in an order that knows nothing: a seeded random permutation. When the timings
    are shuffled, the predictions carry no information about which class is long, so no hand-out
    order can do better on average than this one (the classes are interchangeable to the scheduler)."""
    order = list(names)
    random.Random(seed).shuffle(order)
    free = [0.0] * workers
    for name in order:
        first = free.index(min(free))
        free[first] += actual[name]
    return max(free)


def worker_breakdown(unit_ms, sleep_s, wall_s):
    """Where one test JVM's wall time went, for a sleep-based suite: {'units': n, 'sleep': s,
    'in_units': the units' own time beyond their sleep (JUnit, per-unit coverage dump), 'outside':
    the JVM's time outside any unit (start-up, asking for work, exit)}. unit_ms: {unit: ms} from
    the worker's events; sleep_s: {unit: seconds}; wall_s: the worker's wall time."""
    ran = sum(unit_ms.values()) / 1000.0
    sleep = sum(sleep_s.get(unit, 0.0) for unit in unit_ms)
    longest = max(unit_ms.values(), default=0) / 1000.0
    return {"units": len(unit_ms), "sleep": sleep, "in_units": ran - sleep, "outside": wall_s - ran,
            "longest": longest}


def work_ideal(workers_parts, workers):
    """The ideal of the work a run actually did: every unit at its measured time (sleep plus its
    JUnit and coverage cost) spread evenly, or the longest unit if larger, plus the JVMs' median
    time outside units (start-up, exit), which every JVM pays once whatever the hand-out."""
    units = sum(p["sleep"] + p["in_units"] for p in workers_parts)
    longest = max(p["longest"] for p in workers_parts)
    outside = sorted(p["outside"] for p in workers_parts)[(len(workers_parts) - 1) // 2]
    return max(units / workers, longest) + outside


def static_makespan(names, predicted, actual, workers):
    """covrun's static plan: LPT on the predictions; each chunk then takes its actual time."""
    planned = [0.0] * workers
    taken = [0.0] * workers
    for name in longest_first(names, predicted):
        least = planned.index(min(planned))
        planned[least] += predicted[name]
        taken[least] += actual[name]
    return max(taken)


def balance(worker_walls):
    """How well the work was spread: the slowest test JVM's wall time over the mean, i.e. the run's
    test phase over the ideal of the work actually done (each JVM's start-up, units and shutdown
    are its work). 1.0 means no JVM sat idle while another still ran."""
    walls = list(worker_walls)
    return max(walls) / (sum(walls) / len(walls))


def percentile(values, fraction):
    """The value at the given fraction of the sorted values (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]
