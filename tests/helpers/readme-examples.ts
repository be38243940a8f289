import { readFileSync } from 'node:fs';

/** The README's `gql` examples, as a reader pastes them: one list per ```sh block, in order. */
export function readmeGqlBlocks(readme = readFileSync('README.md', 'utf8')): string[][] {
  return [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
    .map((block) => [...block[1].matchAll(/gql '([^']*)'|gql "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? m[2].replace(/\\(["\\$])/g, '$1')))
    .filter((calls) => calls.length > 0);
}

/** The instant the README's `AS_OF="$(date -u -d '20 days ago' …)"` gives. */
export function readmeAsOf(now = Date.now()): string {
  return new Date(now - 20 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Node kinds whose demo ids the README names: a copy of the demo loaded under a prefix has `<kind>:<prefix>-<key>`. */
const DEMO_ID = /\b(system|release|output|model|dataset|retrieval|prompt|usecase|document|recommendation):(?=[a-z])/g;

/**
 * An example as it reads against a copy of the demo loaded under `prefix` (what the seed's `run.key`
 * gives): ids and the keys a mutation creates take the prefix, `$AS_OF` is the shell's value, and
 * `<the id above>` is the rollback plan the block asked for before.
 */
export function onPrefixedDemo(example: string, prefix: string, values: { asOf: string; planId?: string }): string {
  return example
    .replace(DEMO_ID, `$1:${prefix}-`)
    .replace(/\bkey: "(?=[a-z])/g, `key: "${prefix}-`)
    .replace(/\$AS_OF/g, values.asOf)
    .replace('<the id above>', values.planId ?? '<no plan was asked for above>');
}
