"""SciPy's distribution-free quantile intervals (tests/integration/outcomes-quantile-scipy.test.ts).

Reads {"quantile": q, "confidence": c, "samples": [[...], ...]} from the file named by argv[1] and prints, per
sample, [low, high] of scipy.stats.quantile_test(x, q=median(x), p=q).confidence_interval(c), with an unbounded
side (NaN) as null. The interval does not depend on the hypothesised value q=; only on x, p and c.
"""
import json
import math
import sys

import numpy as np
from scipy import stats

spec = json.load(open(sys.argv[1]))
out = []
for x in spec["samples"]:
    ci = stats.quantile_test(np.array(x, dtype=float), q=float(np.median(x)), p=spec["quantile"]).confidence_interval(
        spec["confidence"]
    )
    out.append([None if math.isnan(v) else float(v) for v in (ci.low, ci.high)])
print(json.dumps(out))
