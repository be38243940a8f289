import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.js';
import {
  defaultDriftMethod,
  detectDrift,
  plainSample,
  psiBand,
  sequentialMeanTest,
  sequentialProportionTest,
  type DriftInput,
} from '../../src/domain/monitoring/statistics/index.js';

/** nRef reference values spread over `distinct` values (the first takes the remainder), 10 current ones per value. */
const numeric = (nRef: number, distinct: number, shift = 0): DriftInput => ({
  kind: 'numeric',
  reference: Array.from({ length: distinct }, (_, i) => ({
    value: i,
    count: Math.floor(nRef / distinct) + (i === 0 ? nRef % distinct : 0),
  })),
  current: Array.from({ length: distinct }, (_, i) => ({ value: i + shift, count: 10 })),
});
const categorical = (nRef: number, k: number): DriftInput => ({
  kind: 'categorical',
  reference: Object.fromEntries(Array.from({ length: k }, (_, i) => [`c${i}`, nRef / k])),
  current: new Map(Array.from({ length: k }, (_, i) => [`c${i}`, 10])),
});

describe("method selection follows Evidently's size-aware defaults", () => {
  it('at most 1,000 reference values: KS above 5 distinct values, chi-square for categories and 3–5 values, z for two', () => {
    expect(defaultDriftMethod(numeric(1000, 6))).toBe('ks');
    expect(defaultDriftMethod(numeric(1000, 5))).toBe('chi2_contingency');
    expect(defaultDriftMethod(numeric(1000, 2))).toBe('z');
    expect(defaultDriftMethod(categorical(1000, 4))).toBe('chi2_contingency');
    expect(defaultDriftMethod(categorical(1000, 2))).toBe('z');
    expect(defaultDriftMethod({ kind: 'binary', reference: { successes: 30, n: 1000 }, current: { successes: 5, n: 90 } })).toBe('z');
  });

  it('above 1,000: normed Wasserstein for numeric values, Jensen–Shannon for categories and few values', () => {
    expect(defaultDriftMethod(numeric(1001, 6))).toBe('wasserstein');
    expect(defaultDriftMethod(numeric(1001, 5))).toBe('jensenshannon');
    expect(defaultDriftMethod(categorical(1004, 4))).toBe('jensenshannon');
    expect(defaultDriftMethod({ kind: 'binary', reference: { successes: 30, n: 5000 }, current: { successes: 5, n: 90 } })).toBe(
      'jensenshannon',
    );
  });

  it('distinct values count both samples together', () => {
    // 4 distinct in each, 8 together: KS, not chi-square.
    expect(defaultDriftMethod(numeric(400, 4, 0.5))).toBe('ks');
  });

  it('a named method overrides the default and states its threshold and verdict', () => {
    const r = detectDrift(numeric(400, 10, 3), { method: 'psi' });
    expect(r).toMatchObject({
      method: 'psi',
      selection: 'named',
      scoreKind: 'distance',
      threshold: 0.1,
      drift: true,
      psiBand: 'MAJOR',
      pValue: null,
    });
    const p = detectDrift(numeric(400, 10));
    expect(p).toMatchObject({
      method: 'ks',
      selection: 'default',
      scoreKind: 'p-value',
      threshold: 0.05,
      drift: false,
      distance: null,
      referenceSize: 400,
      currentSize: 100,
    });
    expect(detectDrift(numeric(400, 10), { method: 'ks', threshold: 1 }).drift).toBe(true);
  });

  it('PSI bands are 0.1 and 0.25', () => {
    expect([0.05, 0.1, 0.2, 0.25, 1].map(psiBand)).toEqual(['STABLE', 'MODERATE', 'MODERATE', 'MAJOR', 'MAJOR']);
  });
});

describe('bad input is refused with VALIDATION', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof DomainError ? e.code : 'other';
    }
    return 'none';
  };
  it('empty samples, fractional or negative counts, non-finite values, impossible rates, unknown methods', () => {
    expect(code(() => detectDrift({ kind: 'numeric', reference: [], current: plainSample([1]) }))).toBe('VALIDATION');
    expect(code(() => detectDrift({ kind: 'numeric', reference: [{ value: 1, count: 0.5 }], current: plainSample([1]) }))).toBe(
      'VALIDATION',
    );
    expect(code(() => detectDrift({ kind: 'numeric', reference: plainSample([NaN]), current: plainSample([1]) }))).toBe('VALIDATION');
    expect(code(() => detectDrift({ kind: 'categorical', reference: { a: -1, b: 3 }, current: { a: 1 } }))).toBe('VALIDATION');
    expect(code(() => detectDrift({ kind: 'binary', reference: { successes: 5, n: 4 }, current: { successes: 1, n: 2 } }))).toBe(
      'VALIDATION',
    );
    expect(code(() => detectDrift(numeric(10, 10), { method: 'nope' as never }))).toBe('VALIDATION');
    expect(code(() => detectDrift(categorical(30, 3), { method: 'wasserstein' }))).toBe('VALIDATION');
    expect(
      code(() =>
        sequentialMeanTest(
          { n: 10, mean: 0, variance: 1 },
          { n: 10, mean: 0, variance: 1 },
          { minimumDetectableEffect: 0, direction: 'HIGHER_IS_BETTER' },
        ),
      ),
    ).toBe('VALIDATION');
  });
});

describe('the always-valid regression test', () => {
  const base = { n: 5000, mean: 0.8, variance: 0.04 };
  it('calls a clear drop in a higher-is-better score a regression, and a rise an improvement', () => {
    const drop = sequentialMeanTest(
      base,
      { n: 400, mean: 0.7, variance: 0.04 },
      { minimumDetectableEffect: 0.02, direction: 'HIGHER_IS_BETTER' },
    );
    expect(drop.verdict).toBe('REGRESSED');
    expect(drop.confidenceSequence[1]).toBeLessThan(0);
    const rise = sequentialMeanTest(
      base,
      { n: 400, mean: 0.9, variance: 0.04 },
      { minimumDetectableEffect: 0.02, direction: 'HIGHER_IS_BETTER' },
    );
    expect(rise.verdict).toBe('IMPROVED');
    const slower = sequentialMeanTest(
      { n: 5000, mean: 800, variance: 90_000 },
      { n: 400, mean: 900, variance: 90_000 },
      { minimumDetectableEffect: 50, direction: 'LOWER_IS_BETTER' },
    );
    expect(slower.verdict).toBe('REGRESSED');
  });

  it('says NO_CHANGE for a small difference, INCONCLUSIVE with one observation, and keeps the running minimum p-value', () => {
    const small = sequentialMeanTest(
      base,
      { n: 400, mean: 0.799, variance: 0.04 },
      { minimumDetectableEffect: 0.02, direction: 'HIGHER_IS_BETTER' },
    );
    expect(small.verdict).toBe('NO_CHANGE');
    expect(small.pValue).toBe(1);
    expect(
      sequentialMeanTest(base, { n: 1, mean: 0.1, variance: NaN }, { minimumDetectableEffect: 0.02, direction: 'HIGHER_IS_BETTER' })
        .verdict,
    ).toBe('INCONCLUSIVE');
    const options = { minimumDetectableEffect: 0.02, direction: 'HIGHER_IS_BETTER' } as const;
    const carried = sequentialProportionTest({ successes: 100, n: 1000 }, { successes: 9, n: 100 }, { ...options, previousPValue: 0.2 });
    expect(carried).toMatchObject({ pValue: 0.2, verdict: 'NO_CHANGE' });
    // Once the evidence crossed 1/alpha it stays crossed: a later, noisier look cannot take the alarm back.
    expect(
      sequentialProportionTest({ successes: 100, n: 1000 }, { successes: 9, n: 100 }, { ...options, previousPValue: 0.001 }).verdict,
    ).toBe('REGRESSED');
  });
});
