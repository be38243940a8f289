import { VOCAB, type ProvDocument, type ProvRelation, type ProvValue } from './model.js';

/** The PROV-JSON member names of each relation's two arguments, in PROV-N argument order. */
const ARGUMENTS: Record<ProvRelation['kind'], [string, string]> = {
  used: ['prov:activity', 'prov:entity'],
  wasGeneratedBy: ['prov:entity', 'prov:activity'],
  wasDerivedFrom: ['prov:generatedEntity', 'prov:usedEntity'],
  wasAttributedTo: ['prov:entity', 'prov:agent'],
  wasAssociatedWith: ['prov:activity', 'prov:agent'],
  actedOnBehalfOf: ['prov:delegate', 'prov:responsible'],
  specializationOf: ['prov:specificEntity', 'prov:generalEntity'],
  wasInfluencedBy: ['prov:influencee', 'prov:influencer'],
};

const jsonValue = (value: ProvValue): unknown => (typeof value === 'object' ? { $: value.value, type: value.type } : value);

/**
 * PROV-JSON (W3C member submission, as the `prov` package reads it). Only record kinds the document
 * holds appear; Provenant never emits wasEndedBy, which the published schema misspells `wasEndedby`.
 */
export function toProvJson(doc: ProvDocument): Record<string, unknown> {
  const q = (id: string) => `${doc.namespace.prefix}:${id}`;
  const out: Record<string, Record<string, unknown>> = {};
  const section = (name: string) => (out[name] ??= {});
  for (const e of doc.elements) {
    const record: Record<string, unknown> = Object.fromEntries(Object.entries(e.attributes).map(([k, val]) => [k, jsonValue(val)]));
    if (e.startTime) record['prov:startTime'] = e.startTime;
    if (e.endTime) record['prov:endTime'] = e.endTime;
    section(e.cls)[q(e.id)] = record;
  }
  doc.relations.forEach((r, i) => {
    const [first, second] = ARGUMENTS[r.kind];
    const record: Record<string, unknown> = { [first]: q(r.subject), [second]: q(r.object) };
    if (r.plan) record['prov:plan'] = q(r.plan);
    if (r.time) record['prov:time'] = r.time;
    for (const [k, val] of Object.entries(r.attributes)) record[k] = jsonValue(val);
    section(r.kind)[`_:r${i + 1}`] = record;
  });
  return { prefix: { [doc.namespace.prefix]: doc.namespace.uri, [VOCAB.prefix]: VOCAB.uri }, ...out };
}
