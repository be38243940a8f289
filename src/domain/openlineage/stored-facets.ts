import type { Facets } from './event.js';
import { facetValues, mergeFacets, type TimedFacet } from './run-view.js';

/**
 * The facets a job or dataset node holds: `facets`, every facet's latest value (JSON, by name), and
 * `facetTimes`, the event time of each one's report (JSON, by name). Merging reports needs both (the
 * latest report per name wins, so the result does not depend on arrival order); a report that only
 * repeats a value moves its time, so the values are rewritten only when one of them changes.
 */
export interface StoredFacets {
  facets: string | null;
  facetTimes: string | null;
}

/** The properties to write after merging `reports` into what a node holds; null when nothing changes. */
export function mergedFacets(
  stored: StoredFacets,
  reports: Array<{ facets: Facets | undefined; time: string }>,
  fields: (f: Facets) => Record<string, unknown>,
): Record<string, unknown> | null {
  const values = JSON.parse(stored.facets ?? '{}') as Record<string, unknown>;
  const times = JSON.parse(stored.facetTimes ?? '{}') as Record<string, string>;
  const view: Record<string, TimedFacet> = Object.fromEntries(
    Object.entries(times).map(([name, time]) => [name, { time, value: values[name] }]),
  );
  for (const r of reports) mergeFacets(view, r.facets, r.time);
  const latest = facetValues(view);
  const facets = JSON.stringify(latest);
  const facetTimes = JSON.stringify(
    Object.fromEntries(
      Object.entries(view)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, f]) => [name, f.time]),
    ),
  );
  const props: Record<string, unknown> = {};
  if (facetTimes !== (stored.facetTimes ?? '{}')) props.facetTimes = facetTimes;
  if (facets !== (stored.facets ?? '{}')) Object.assign(props, { facets }, fields(latest));
  return Object.keys(props).length === 0 ? null : props;
}
