import { VOCAB, type ProvDocument, type ProvElement, type ProvRelation, type ProvValue } from './model.js';

/** A lone surrogate (half of a pair, alone) cannot be written as UTF-8: it becomes U+FFFD. */
const wellFormed = (s: string) => s.replace(/\p{Cs}/gu, '\uFFFD');

/** PN_CHARS_ESC (PROV-N [55]): punctuation a local name may hold only behind a backslash. */
const PN_CHARS_ESC = "=',-:;[]().";

/**
 * A local name as PROV-N writes it (PN_LOCAL, [54]): ASCII letters, digits and `_ - . / @ ~ & + * ?
 * # $ !` as they are; `:` and the other PN_CHARS_ESC punctuation backslash-escaped
 * (`dataset\:claims@3`); anything else (spaces, quotes, backslashes, `%`, control and non-ASCII
 * characters, whole code points) percent-encoded as UTF-8, which is how the name reads as an IRI.
 * A leading `-` or `.` and a trailing `.` are escaped too, since PN_LOCAL may not begin with them nor
 * end with a bare `.`. A lone surrogate, which UTF-8 cannot hold, is written as U+FFFD.
 */
function localName(name: string): string {
  const escaped = wellFormed(name).replace(/[^A-Za-z0-9_\-./@~&+*?#$!]/gu, (c) =>
    PN_CHARS_ESC.includes(c) ? `\\${c}` : encodeURIComponent(c),
  );
  return escaped.replace(/^[-.]/, (c) => `\\${c}`).replace(/(?<!\\)\.$/, '\\.');
}

/** A qualified name `prefix:local` with its local part escaped (the prefix is one the document declares). */
function qualified(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? localName(name) : `${name.slice(0, colon)}:${localName(name.slice(colon + 1))}`;
}

/** ECHAR (PROV-N [59]): a string literal may not hold a raw `"`, `\\`, line feed or carriage return. */
const ECHAR: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

const stringLiteral = (s: string) => `"${wellFormed(s).replace(/["\\\n\r\t\b\f]/g, (c) => ECHAR[c])}"`;

/** IRI_REF (PROV-N [65]): characters it may not hold (`<>"{}|^`, backslash, controls, space) percent-encoded. */
// eslint-disable-next-line no-control-regex -- IRI_REF excludes exactly these control characters
const iri = (uri: string) => wellFormed(uri).replace(/[<>"{}|^`\\\u0000-\u0020]/g, (c) => encodeURIComponent(c));

function literal(value: ProvValue): string {
  if (typeof value === 'object')
    return value.type === 'prov:QUALIFIED_NAME' ? `'${qualified(value.value)}'` : `${stringLiteral(value.value)} %% ${value.type}`;
  if (typeof value === 'boolean') return `"${value}" %% xsd:boolean`;
  // INT_LITERAL is digits only: an integer too large to print without an exponent is a double.
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : `"${value}" %% xsd:double`;
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
    `  prefix ${doc.namespace.prefix} <${iri(doc.namespace.uri)}>`,
    `  prefix ${VOCAB.prefix} <${VOCAB.uri}>`,
    ...doc.elements.map((e) => `  ${element(e)}`),
    ...doc.relations.map((r) => `  ${relation(r)}`),
    'endDocument',
    '',
  ].join('\n');
}
