import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { categorySample, numericSample, seededRandom, type Random } from '../../eval/monitoring-streams.js';
import {
  chiSquareContingency,
  chiSquareGoodnessOfFit,
  chiSquareSf,
  jensenShannonCategorical,
  jensenShannonNumeric,
  kolmogorovSf,
  ksTwoSample,
  logGamma,
  normalCdf,
  normalSf,
  normedWasserstein,
  psiCategorical,
  psiNumeric,
  regularizedGammaP,
  regularizedGammaQ,
  smirnovSf,
  twoProportionZTest,
  wassersteinDistance,
  type KsMode,
  type WeightedSample,
} from '../../src/domain/monitoring/statistics/index.js';
import { runPython } from '../setup/python-venv.js';

/**
 * Every statistic against SciPy (the pinned venv of tests/python/requirements.txt computes the references
 * from the same seeded samples, via tests/python/stats_reference.py). Agreement: |ours - SciPy| <= 1e-9
 * absolute, and for p-values and tail probabilities below 1e-3 also <= 1e-9 relative, so tiny p-values
 * must keep their digits too.
 */
type Pairs = Array<[number, number]>;
type Counts = Record<string, number>;
type Case =
  | { kind: 'ks'; ref: Pairs; cur: Pairs; mode?: KsMode; label: string }
  | { kind: 'chisquare' | 'chi2_contingency'; ref: Counts; cur: Counts; label: string }
  | { kind: 'z'; ref: { successes: number; n: number }; cur: { successes: number; n: number }; label: string }
  | { kind: 'wasserstein'; ref: Pairs; cur: Pairs; label: string }
  | { kind: 'jensenshannon' | 'psi'; signal: 'numeric'; ref: Pairs; cur: Pairs; label: string }
  | { kind: 'jensenshannon' | 'psi'; signal: 'categorical'; ref: Counts; cur: Counts; label: string }
  | { kind: 'special'; function: string; args: number[]; label: string };

const pairs = (s: WeightedSample): Pairs => s.map(({ value, count }) => [value, count]);
const weighted = (p: Pairs): WeightedSample => p.map(([value, count]) => ({ value, count }));
const num = (r: Random, n: number, mean: number, sd = 1, decimals = 3) => pairs(numericSample(r, n, mean, sd, decimals));
const exponential = (r: Random, n: number, scale: number): Pairs =>
  Array.from({ length: n }, () => [-scale * Math.log(1 - r.uniform()), 1]);

function cases(): Case[] {
  const r = seededRandom(20261207);
  const out: Case[] = [];
  // KS: continuous small, ties within and across samples, equal sizes, skewed, asymptotic (incl. unbalanced), identical.
  out.push({ kind: 'ks', label: 'small continuous 8 vs 11', ref: num(r, 8, 0, 1, 6), cur: num(r, 11, 0.8, 1, 6) });
  out.push({ kind: 'ks', label: 'heavy ties 0..6', ref: num(r, 40, 3, 1.5, 0), cur: num(r, 35, 3.6, 1.5, 0) });
  out.push({ kind: 'ks', label: 'ties, equal sizes 60/60', ref: num(r, 60, 0, 1, 1), cur: num(r, 60, 0.3, 1, 1) });
  out.push({ kind: 'ks', label: 'equal sizes 500/500', ref: num(r, 500, 0, 1), cur: num(r, 500, 0.15, 1) });
  out.push({ kind: 'ks', label: 'skewed 300 vs 1000', ref: exponential(r, 300, 1), cur: exponential(r, 1000, 1.2) });
  out.push({ kind: 'ks', label: 'exact, coprime 997 vs 1009', ref: num(r, 997, 0, 1), cur: num(r, 1009, 0.05, 1.1) });
  out.push({ kind: 'ks', label: 'tiny p (exact)', ref: num(r, 400, 0, 1), cur: num(r, 450, 1.2, 1) });
  out.push({ kind: 'ks', label: 'asymp 12000 vs 15000', ref: num(r, 12000, 0, 1, 2), cur: num(r, 15000, 0.03, 1, 2) });
  out.push({ kind: 'ks', label: 'asymp unbalanced 20000 vs 30', ref: num(r, 20000, 0, 1, 2), cur: num(r, 30, 0.4, 1, 2) });
  out.push({ kind: 'ks', label: 'asymp unbalanced 11000 vs 250', ref: num(r, 11000, 0, 1, 2), cur: num(r, 250, 0.1, 1, 2) });
  out.push({ kind: 'ks', label: 'asymp forced, 300 vs 400', ref: num(r, 300, 0, 1), cur: num(r, 400, 0.2, 1), mode: 'asymp' });
  const same = num(r, 50, 0, 1, 1);
  out.push({ kind: 'ks', label: 'identical samples', ref: same, cur: same });
  // Chi-square: skewed, a category only in the reference, one only in the current (infinite), two categories, many, tiny p.
  const skewed = [50, 20, 10, 5, 2, 1];
  const chi: Array<[string, Counts, Counts]> = [
    ['skewed 6 categories', categorySample(r, 800, skewed), categorySample(r, 300, [45, 22, 12, 6, 3, 1])],
    ['zero in current', categorySample(r, 900, skewed), categorySample(r, 200, [50, 20, 10, 5, 0, 0])],
    ['two categories', categorySample(r, 500, [7, 3]), categorySample(r, 400, [6, 4])],
    [
      '30 categories',
      categorySample(
        r,
        5000,
        Array.from({ length: 30 }, (_, i) => 30 - i),
      ),
      categorySample(
        r,
        3000,
        Array.from({ length: 30 }, (_, i) => 30 - i + (i % 3)),
      ),
    ],
    ['tiny p', categorySample(r, 20000, [5, 3, 2]), categorySample(r, 20000, [3, 3, 4])],
  ];
  for (const [label, ref, cur] of chi) {
    out.push({ kind: 'chisquare', label, ref, cur });
    out.push({ kind: 'chi2_contingency', label, ref, cur });
  }
  out.push({ kind: 'chisquare', label: 'category new in current (infinite)', ref: { a: 40, b: 60 }, cur: { a: 30, b: 50, c: 5 } });
  out.push({ kind: 'chi2_contingency', label: 'category new in current', ref: { a: 40, b: 60 }, cur: { a: 30, b: 50, c: 5 } });
  // Two-proportion z.
  out.push({ kind: 'z', label: 'close rates', ref: { successes: 120, n: 1000 }, cur: { successes: 141, n: 1050 } });
  out.push({ kind: 'z', label: 'small samples', ref: { successes: 3, n: 17 }, cur: { successes: 9, n: 21 } });
  out.push({ kind: 'z', label: 'tiny p', ref: { successes: 5000, n: 100000 }, cur: { successes: 6500, n: 100000 } });
  // Wasserstein (weighted) and its normed form.
  out.push({ kind: 'wasserstein', label: 'shifted normals', ref: num(r, 2000, 0, 1, 2), cur: num(r, 1500, 0.3, 1.2, 2) });
  out.push({
    kind: 'wasserstein',
    label: 'skewed, disjoint supports',
    ref: exponential(r, 200, 1),
    cur: exponential(r, 300, 3).map(([v, c]) => [v + 5, c]),
  });
  out.push({ kind: 'wasserstein', label: 'constant reference (std floor)', ref: [[2, 50]], cur: num(r, 40, 2, 0.01, 4) });
  // Jensen–Shannon and PSI: categorical with a zero category; numeric histogram (> 20 distinct) and per-value (<= 20).
  const catRef = categorySample(r, 3000, [40, 30, 20, 10, 1]);
  const catCur = categorySample(r, 2500, [30, 30, 25, 15, 0]);
  const histRef = num(r, 3000, 0, 1, 2);
  const histCur = num(r, 2000, 0.2, 1.1, 2);
  const fewRef = num(r, 2000, 2, 1, 0);
  const fewCur = num(r, 1500, 2.3, 1, 0);
  for (const kind of ['jensenshannon', 'psi'] as const) {
    out.push({ kind, signal: 'categorical', label: 'categories with a zero', ref: catRef, cur: catCur });
    out.push({ kind, signal: 'numeric', label: 'numeric histogram', ref: histRef, cur: histCur });
    out.push({ kind, signal: 'numeric', label: 'numeric few values', ref: fewRef, cur: fewCur });
  }
  // Special functions across their branches.
  for (const [x, df] of [
    [0.5, 1],
    [3.84, 1],
    [30, 1],
    [200, 1],
    [10, 5],
    [1e-3, 3],
    [120, 29],
    [900, 29],
    [5000, 200],
    [60, 80],
  ])
    out.push({ kind: 'special', function: 'chi2_sf', args: [x, df], label: `chi2.sf(${x}, ${df})` });
  for (const x of [-3, -0.5, 0, 0.3, 1.96, 3.5, 8, 20, 37]) {
    out.push({ kind: 'special', function: 'norm_sf', args: [x], label: `norm.sf(${x})` });
    out.push({ kind: 'special', function: 'norm_cdf', args: [x], label: `norm.cdf(${x})` });
  }
  for (const [a, x] of [
    [0.5, 0.2],
    [2.5, 1],
    [10, 12],
    [100, 90],
    [3, 40],
  ]) {
    out.push({ kind: 'special', function: 'gammaincc', args: [a, x], label: `gammaincc(${a}, ${x})` });
    out.push({ kind: 'special', function: 'gammainc', args: [a, x], label: `gammainc(${a}, ${x})` });
  }
  for (const x of [0.3, 1, 4.5, 17, 250.5, 12345]) out.push({ kind: 'special', function: 'gammaln', args: [x], label: `gammaln(${x})` });
  for (const [d, n] of [
    [0.09, 10],
    [0.2, 10],
    [0.35, 10],
    [0.6, 10],
    [0.97, 10],
    [0.05, 100],
    [0.1, 100],
    [0.15, 100],
    [0.25, 100],
    [0.03, 1000],
    [0.05, 1000],
    [0.08, 1000],
    [0.01, 20000],
    [0.02, 20000],
    [0.004, 150000],
    [0.5, 7],
  ])
    out.push({ kind: 'special', function: 'kstwo_sf', args: [d, n], label: `kstwo.sf(${d}, ${n})` });
  for (const [n, d] of [
    [10, 0.3],
    [100, 0.1],
    [1000, 0.05],
    [5000, 0.03],
  ])
    out.push({ kind: 'special', function: 'smirnov', args: [n, d], label: `smirnov(${n}, ${d})` });
  return out;
}

function ours(c: Case): Record<string, number> {
  switch (c.kind) {
    case 'ks': {
      const k = ksTwoSample(weighted(c.ref), weighted(c.cur), c.mode);
      return { statistic: k.statistic, pValue: k.pValue };
    }
    case 'chisquare':
    case 'chi2_contingency': {
      const k = (c.kind === 'chisquare' ? chiSquareGoodnessOfFit : chiSquareContingency)(c.ref, c.cur);
      return { statistic: k.statistic, pValue: k.pValue, ...(c.kind === 'chi2_contingency' ? { dof: k.degreesOfFreedom } : {}) };
    }
    case 'z': {
      const k = twoProportionZTest(c.ref, c.cur);
      return { statistic: k.statistic, pValue: k.pValue };
    }
    case 'wasserstein': {
      const k = normedWasserstein(weighted(c.ref), weighted(c.cur));
      return { distance: wassersteinDistance(weighted(c.ref), weighted(c.cur)), statistic: k.statistic };
    }
    case 'jensenshannon':
    case 'psi':
      if (c.signal === 'numeric')
        return { statistic: (c.kind === 'psi' ? psiNumeric : jensenShannonNumeric)(weighted(c.ref), weighted(c.cur)).statistic };
      return { statistic: (c.kind === 'psi' ? psiCategorical : jensenShannonCategorical)(c.ref, c.cur).statistic };
    case 'special': {
      const [a, b] = c.args;
      const fns: Record<string, () => number> = {
        chi2_sf: () => chiSquareSf(a, b),
        norm_sf: () => normalSf(a),
        norm_cdf: () => normalCdf(a),
        gammaincc: () => regularizedGammaQ(a, b),
        gammainc: () => regularizedGammaP(a, b),
        kstwo_sf: () => kolmogorovSf(b, a),
        smirnov: () => smirnovSf(a, b),
        gammaln: () => logGamma(a),
      };
      return { value: fns[c.function]() };
    }
  }
}

const decode = (x: number | string) => (typeof x === 'string' ? Number(x.replace('inf', 'Infinity')) : x);

function agrees(c: Case, key: string, mine: number, theirs: number): boolean {
  if (Object.is(mine, theirs) || mine === theirs) return true;
  const abs = Math.abs(mine - theirs);
  const probability = key === 'pValue' || (c.kind === 'special' && c.function !== 'gammaln');
  if (probability && Math.abs(theirs) < 1e-3) return abs <= 1e-9 * Math.abs(theirs);
  return abs <= 1e-9 * Math.max(1, Math.abs(theirs));
}

describe('the monitoring statistics match SciPy on the same samples', () => {
  const all = cases();
  type Reference = { scipy: string; results: Array<Record<string, number | string>> };
  let reference: Promise<Reference> | undefined;
  const scipy = () =>
    (reference ??= (async () => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'provenant-stats-')), 'cases.json');
      writeFileSync(file, JSON.stringify(all));
      return JSON.parse(await runPython('stats_reference.py', [file])) as Reference;
    })());

  it('runs against the pinned SciPy', async () => {
    expect((await scipy()).scipy).toBe('1.17.1');
  }, 240_000);

  const groups = new Map<string, Array<{ c: Case; i: number }>>();
  all.forEach((c, i) => groups.set(c.kind, [...(groups.get(c.kind) ?? []), { c, i }]));
  for (const [kind, group] of groups) {
    it(`${kind}: ${group.length} cases to 1e-9`, async () => {
      const { results } = await scipy();
      const mismatches: string[] = [];
      for (const { c, i } of group) {
        const mine = ours(c);
        for (const [key, value] of Object.entries(results[i])) {
          const theirs = decode(value);
          if (!agrees(c, key, mine[key], theirs)) mismatches.push(`${c.label} ${key}: ours ${mine[key]}, SciPy ${theirs}`);
        }
      }
      expect(mismatches).toEqual([]);
    }, 240_000);
  }
});
