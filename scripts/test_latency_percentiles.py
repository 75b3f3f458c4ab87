"""latency-percentiles.sh ranks and corrects latencies as wrk does (stats_correct and stats_percentile in wrk's
stats.c), checked against wrk's algorithm written out again here over a histogram, as wrk keeps it.

    python3 -m unittest discover -s scripts -p 'test_*.py'
"""
import os
import random
import subprocess
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "latency-percentiles.sh")


def run_script(latencies, interval=None):
    args = [SCRIPT] + ([str(interval)] if interval is not None else [])
    answer = subprocess.run(args, input="".join(f"{n}\n" for n in latencies), capture_output=True, text=True,
                            check=True)
    return answer.stdout.strip()


def as_wrk_prints(latencies, interval=0):
    """wrk's own steps: a count for each whole microsecond, corrected, then the value at each rank."""
    data = [0] * (max(latencies) + 1)
    for n in latencies:
        data[n] += 1
    count = len(latencies)
    if interval > 0:
        for n in range(2 * interval, len(data)):
            m = n - interval
            while data[n] and m > interval:
                data[m] += data[n]
                count += data[n]
                m -= interval

    def percentile(p):
        rank = p * count // 100 + 1  # round(p / 100 * count + 0.5), in whole numbers
        seen = 0
        for n, times in enumerate(data):
            seen += times
            if seen >= rank:
                return n / 1000
    return " ".join(f"{percentile(p):.3f}" for p in (50, 90, 99))


class LatencyPercentilesTest(unittest.TestCase):
    def test_ranks_as_wrk_on_one_to_a_thousand(self):
        self.assertEqual("0.501 0.901 0.991", run_script(range(1, 1001)))

    def test_one_stall_counts_as_the_answers_a_steady_client_would_have_waited_for(self):
        # 199 answers of 500 µs and one of 5,500 µs, at an interval of 500 µs: as answered, the p99 is 500 µs; wrk
        # also counts the stall as 5,000, 4,500, ... 1,000 µs, nine samples more (209), and its p99 (the 207th) is
        # 4,500 µs.
        latencies = [500] * 199 + [5500]
        self.assertEqual("0.500 0.500 0.500", run_script(latencies))
        self.assertEqual("0.500 0.500 4.500", run_script(latencies, 500))
        self.assertEqual(as_wrk_prints(latencies, 500), run_script(latencies, 500))

    def test_agrees_with_wrk_on_random_runs(self):
        chance = random.Random(64)
        for _ in range(40):
            latencies = [int(chance.lognormvariate(6.1, 0.5)) + 1 for _ in range(chance.randint(1, 3000))]
            latencies += [chance.randint(1000, 9000) for _ in range(chance.randint(0, 30))]
            interval = chance.choice([0, 50, 77, 460, 1000])
            with self.subTest(count=len(latencies), interval=interval):
                self.assertEqual(as_wrk_prints(latencies, interval), run_script(latencies, interval))


if __name__ == "__main__":
    unittest.main()
