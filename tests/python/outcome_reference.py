"""SciPy's Welch intervals for the outcome deltas (tests/integration/outcomes.test.ts).

Reads a JSON list of [current, previous] sample pairs from the file named by argv[1] and prints, per pair,
[low, high] of scipy.stats.ttest_ind(current, previous, equal_var=False).confidence_interval(0.95).
"""
import json
import sys

from scipy import stats

pairs = json.load(open(sys.argv[1]))
out = []
for current, previous in pairs:
    ci = stats.ttest_ind(current, previous, equal_var=False).confidence_interval(0.95)
    out.append([float(ci.low), float(ci.high)])
print(json.dumps(out))
