/** The windows the dashboard offers; `from` and `to` in the URL name any other (an auditor's citation). */
export const WINDOW_PRESETS = [
  { value: '24h', label: 'last 24 hours', ms: 24 * 3_600_000 },
  { value: '7d', label: 'last 7 days', ms: 7 * 86_400_000 },
  { value: '30d', label: 'last 30 days', ms: 30 * 86_400_000 },
  { value: '90d', label: 'last 90 days', ms: 90 * 86_400_000 },
] as const;

export const DEFAULT_WINDOW = '7d';

export interface Window {
  from: string;
  to: string;
  /** The preset chosen, or null for an explicit from/to. */
  preset: string | null;
}

/** The window a dashboard URL names: explicit `from`/`to`, else the `window` preset ending now. */
export function windowOf(search: URLSearchParams, now: number): Window {
  const from = search.get('from');
  const to = search.get('to');
  if (from && to && !Number.isNaN(Date.parse(from)) && !Number.isNaN(Date.parse(to)))
    return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), preset: null };
  const preset = WINDOW_PRESETS.find((p) => p.value === search.get('window')) ?? WINDOW_PRESETS.find((p) => p.value === DEFAULT_WINDOW)!;
  return { from: new Date(now - preset.ms).toISOString(), to: new Date(now).toISOString(), preset: preset.value };
}
