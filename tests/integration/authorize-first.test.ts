import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { documentFor, malformedVariables, mutationFields } from '../helpers/schema-walk.js';

/**
 * Permission is checked before anything else: a caller without the role who sends malformed input
 * learns that it may not do this (FORBIDDEN), not what the validation rules are. The same input from
 * an ADMIN is refused as VALIDATION, so the input really is malformed.
 */

const { h } = useHarness({ auth: 'real' });
let viewer: string;
let admin: string;

beforeAll(async () => {
  viewer = await h.createKey(['VIEWER'], 'RESTRICTED', `person:${h.prefix}-viewer`);
  admin = await h.createKey(['ADMIN'], 'RESTRICTED', `person:${h.prefix}-admin`);
});

describe.each(Object.keys(mutationFields()).sort())('%s with malformed input', (name) => {
  const field = mutationFields()[name];
  const doc = documentFor('mutation', field);
  const vars = malformedVariables(field);

  it('is FORBIDDEN to a VIEWER, and VALIDATION to an ADMIN', async () => {
    const before = await h.counts();
    const asViewer = await h.gql(doc, vars, h.bearer(viewer));
    expect(
      asViewer.errors?.map((e) => e.extensions?.code),
      JSON.stringify(asViewer.errors),
    ).toEqual(['FORBIDDEN']);
    const asAdmin = await h.gql(doc, vars, h.bearer(admin));
    expect(
      asAdmin.errors?.map((e) => e.extensions?.code),
      JSON.stringify(asAdmin.errors),
    ).toEqual(['VALIDATION']);
    expect(await h.counts()).toEqual(before);
  });
});
