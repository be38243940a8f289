import { VOCAB, type ProvDocument, type ProvElement, type ProvRelation, type ProvValue } from './model.js';

/**
 * A local name as PROV-N writes it: letters, digits and `_ - . / @ ~ & + * ? # $ !` as they are, `:`
 * and the other PN_LOCAL_ESC characters backslash-escaped (`dataset\:claims@3`), anything else
 * percent-encoded; a trailing `.` is escaped too.
 */
const localName = (id: string) =>
  id.replace(/[^A-Za-z0-9_\-./@~&+*?#$!]/g, (c) => ("=',-:;[]()".includes(c) ? `\\${c}` : encodeURIComponent(c))).replace(/\.$/, '\\.');

const stringLiteral = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

function literal(value: ProvValue): string {
  if (typeof value === 'object')
    return value.type === 'prov:QUALIFIED_NAME' ? `'${value.value}'` : `${stringLiteral(value.value)} %% ${value.type}`;
  if (typeof value === 'boolean') return `"${value}" %% xsd:boolean`;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : `"${value}" %% xsd:double`;
  return stringLiteral(value);
}

const attributeList = (attributes: Record<string, ProvValue>) => {
  const entries = Object.entries(attributes);
  return entries.length === 0 ? '' : `, [${entries.map(([k, v]) => `${k}=${literal(v)}`).join(', ')}]`;
};

/** PROV-N (W3C Recommendation), one record per line. */
export function toProvN(doc: ProvDocument): string {
  const q = (id: string) => `${doc.namespace.prefix}:${localName(id)}`;
  const element = (e: ProvElement) =>
    e.cls === 'activity'
      ? `activity(${q(e.id)}, ${e.startTime ?? '-'}, ${e.endTime ?? '-'}${attributeList(e.attributes)})`
      : `${e.cls}(${q(e.id)}${attributeList(e.attributes)})`;
  const relation = (r: ProvRelation) => {
    const args = [q(r.subject), q(r.object)];
    if (r.kind === 'used' || r.kind === 'wasGeneratedBy') args.push(r.time ?? '-');
    if (r.kind === 'wasAssociatedWith') args.push(r.plan ? q(r.plan) : '-');
    if (r.kind === 'actedOnBehalfOf') args.push('-');
    return `${r.kind}(${args.join(', ')}${attributeList(r.attributes)})`;
  };
  return [
    'document',
    `  prefix ${doc.namespace.prefix} <${doc.namespace.uri}>`,
    `  prefix ${VOCAB.prefix} <${VOCAB.uri}>`,
    ...doc.elements.map((e) => `  ${element(e)}`),
    ...doc.relations.map((r) => `  ${relation(r)}`),
    'endDocument',
    '',
  ].join('\n');
}
