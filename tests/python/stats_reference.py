"""SciPy's answers for the monitoring statistics (tests/integration/statistics-scipy.test.ts).

Reads a JSON list of cases from the file named by argv[1] and prints a JSON list of results in the same
order. Numeric samples arrive as [[value, count], ...] and are expanded with numpy.repeat, so SciPy sees
the plain samples the weighted ones stand for. Non-finite numbers are printed as strings ("inf", "nan").
The drift recipes follow Evidently's stattests (chisquare, z, wasserstein, jensenshannon, psi).
"""
import json
import math
import sys
import warnings

import numpy as np
from scipy import special, stats
from scipy.spatial import distance


def expand(pairs):
    values = np.array([p[0] for p in pairs], dtype=float)
    counts = np.array([p[1] for p in pairs], dtype=int)
    return np.repeat(values, counts)


def aligned(ref, cur):
    keys = list(dict.fromkeys(list(ref) + list(cur)))
    keys = [k for k in keys if ref.get(k, 0) + cur.get(k, 0) > 0]
    return keys, np.array([ref.get(k, 0) for k in keys], float), np.array([cur.get(k, 0) for k in keys], float)


def binned(case):
    """Evidently's get_binned_data, on expanded numeric samples or on category counts."""
    if case["signal"] == "numeric":
        r, c = expand(case["ref"]), expand(case["cur"])
        if len(np.unique(r)) > 20:
            bins = np.histogram_bin_edges(np.concatenate([r, c]), bins="sturges")
            return np.histogram(r, bins)[0] / len(r), np.histogram(c, bins)[0] / len(c)
        ref = {str(v): int(n) for v, n in zip(*np.unique(r, return_counts=True))}
        cur = {str(v): int(n) for v, n in zip(*np.unique(c, return_counts=True))}
    else:
        ref, cur = case["ref"], case["cur"]
    _, rc, cc = aligned(ref, cur)
    return rc / rc.sum(), cc / cc.sum()


def feel_zeroes(p):
    p = p.copy()
    least = min(p[p != 0])
    np.place(p, p == 0, least / 10**6 if least <= 0.0001 else 0.0001)
    return p


def run(case):
    kind = case["kind"]
    if kind == "ks":
        r = stats.ks_2samp(expand(case["ref"]), expand(case["cur"]), method=case.get("mode", "auto"))
        return {"statistic": float(r.statistic), "pValue": float(r.pvalue)}
    if kind == "chisquare":
        keys, rc, cc = aligned(case["ref"], case["cur"])
        f_exp = rc * (cc.sum() / rc.sum())
        with np.errstate(divide="ignore", invalid="ignore"):
            r = stats.chisquare(cc, f_exp)
        return {"statistic": float(r.statistic), "pValue": float(r.pvalue)}
    if kind == "chi2_contingency":
        keys, rc, cc = aligned(case["ref"], case["cur"])
        r = stats.chi2_contingency(np.array([rc, cc]))
        return {"statistic": float(r.statistic), "pValue": float(r.pvalue), "dof": int(r.dof)}
    if kind == "z":
        ref, cur = case["ref"], case["cur"]
        p1, p2 = ref["successes"] / ref["n"], cur["successes"] / cur["n"]
        pooled = (ref["successes"] + cur["successes"]) / (ref["n"] + cur["n"])
        z = (p2 - p1) / math.sqrt(pooled * (1 - pooled) * (1 / ref["n"] + 1 / cur["n"]))
        return {"statistic": z, "pValue": float(2 * stats.norm.sf(abs(z)))}
    if kind == "wasserstein":
        u = np.array([p[0] for p in case["ref"]], float)
        uw = np.array([p[1] for p in case["ref"]], float)
        v = np.array([p[0] for p in case["cur"]], float)
        vw = np.array([p[1] for p in case["cur"]], float)
        d = stats.wasserstein_distance(u, v, uw, vw)
        return {"distance": float(d), "statistic": float(d / max(np.std(expand(case["ref"])), 0.001))}
    if kind == "jensenshannon":
        p, q = binned(case)
        return {"statistic": float(distance.jensenshannon(p, q))}
    if kind == "psi":
        p, q = binned(case)
        p, q = feel_zeroes(p), feel_zeroes(q)
        return {"statistic": float(np.sum((p - q) * np.log(p / q)))}
    if kind == "special":
        f, a = case["function"], case["args"]
        fns = {
            "chi2_sf": lambda x, df: stats.chi2.sf(x, df),
            "norm_sf": lambda x: stats.norm.sf(x),
            "norm_cdf": lambda x: stats.norm.cdf(x),
            "gammaincc": lambda a_, x: special.gammaincc(a_, x),
            "gammainc": lambda a_, x: special.gammainc(a_, x),
            "kstwo_sf": lambda d, n: stats.kstwo.sf(d, n),
            "smirnov": lambda n, d: special.smirnov(n, d),
            "gammaln": lambda x: special.gammaln(x),
        }
        return {"value": float(fns[f](*a))}
    raise ValueError(f"unknown case kind {kind}")


def encode(x):
    if isinstance(x, float) and not math.isfinite(x):
        return str(x)
    return x


def main():
    warnings.simplefilter("ignore")
    with open(sys.argv[1], encoding="utf8") as f:
        cases = json.load(f)
    out = [{k: encode(v) for k, v in run(c).items()} for c in cases]
    print(json.dumps({"scipy": __import__("scipy").__version__, "results": out}))


if __name__ == "__main__":
    main()
