import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateTime, qualifiedName, type ProvDocument } from '../../src/domain/prov/model.js';
import { toProvN } from '../../src/domain/prov/provn.js';
import { useHarness } from '../helpers/harness.js';
import { post } from '../helpers/openlineage.js';
import { runPython } from '../setup/python-venv.js';

/**
 * PROV-N with hostile names, read back by the W3C reference implementation for Python (`prov`) with
 * the Recommendation's grammar only: every identifier comes back as the same name (its local part
 * percent-decoded, as an IRI reads), every string as the same text, and nothing a name or a label
 * holds (quotes, backslashes, line breaks, PROV-N punctuation, `%%`, `endDocument`) ends a token
 * early or adds a record.
 */
const { h } = useHarness();
const tmp = mkdtempSync(path.join(tmpdir(), 'provenant-provn-'));

interface ReadName {
  uri: string;
  local: string;
}
interface ReadRecord {
  kind: string;
  id: ReadName | null;
  args: Array<ReadName | null>;
  attributes: Array<[string, unknown]>;
}

async function readBack(document: string): Promise<ReadRecord[]> {
  const file = path.join(tmp, `doc-${randomUUID()}.provn`);
  writeFileSync(file, document);
  return (JSON.parse(await runPython('prov_names.py', [file])) as { records: ReadRecord[] }).records;
}

/** The name a reader gets back: the local part as read, percent-decoded. */
const decoded = (n: ReadName | null) => (n ? decodeURIComponent(n.local) : null);
const attribute = (r: ReadRecord, key: string) => r.attributes.find(([k]) => k === key)?.[1];

const NAMESPACE = { prefix: 'org', uri: 'https://provenant.example/id/' };

/** Names no id pattern of the API lets in, but that PROV-N must still carry (ids from elsewhere, a future key format). */
const HOSTILE_IDS = [
  `dataset:a b"c\\d'e(f)g,h;i=j[k]l`,
  '-leading-dash',
  '.leading.and.trailing.',
  'trailing-dot.',
  'ünïcödé/名前@3',
  'rocket 🚀 ship',
  'percent %41 stays %41',
  'line\nbreak\rreturn\ttab',
  '//not-a-comment',
  'star */ slash /* star',
  'a:b:c',
  "quote'in'qname",
  'endDocument',
  ')',
];
const HOSTILE_LABEL = `He said "hi" \\ back\nslash\r\n"""triple""" 'single' %% xsd:string ) , [ ] = endDocument`;

describe('PROV-N escaping, read back by prov in strict mode', () => {
  it('hostile ids, qualified-name values and labels come back exactly, record for record', async () => {
    const doc: ProvDocument = {
      namespace: NAMESPACE,
      elements: HOSTILE_IDS.map((id, i) => ({
        id,
        cls: i % 3 === 0 ? 'activity' : i % 3 === 1 ? 'entity' : 'agent',
        attributes: {
          'provenant:name': `${HOSTILE_LABEL} ${id}`,
          'prov:type': qualifiedName(`provenant:Kind ${id}`),
          'provenant:createdAt': dateTime('2026-01-01T00:00:00.000Z'),
          'provenant:rowCount': i === 0 ? 1e21 : i,
        },
      })),
      relations: HOSTILE_IDS.slice(1).map((id, i) => ({
        kind: 'wasInfluencedBy',
        subject: HOSTILE_IDS[i],
        object: id,
        attributes: { 'prov:role': `${HOSTILE_LABEL} role ${i}` },
      })),
    };
    const read = await readBack(toProvN(doc));

    expect(read).toHaveLength(doc.elements.length + doc.relations.length);
    const elements = read.slice(0, doc.elements.length);
    expect(elements.map((r) => r.kind)).toEqual(doc.elements.map((e) => `prov:${e.cls[0].toUpperCase()}${e.cls.slice(1)}`));
    expect(elements.map((r) => r.id?.uri)).toEqual(doc.elements.map(() => NAMESPACE.uri));
    expect(elements.map((r) => decoded(r.id))).toEqual(HOSTILE_IDS);
    expect(elements.map((r) => attribute(r, 'provenant:name'))).toEqual(HOSTILE_IDS.map((id) => `${HOSTILE_LABEL} ${id}`));
    expect(elements.map((r) => decoded((attribute(r, 'prov:type') as { qualifiedName: ReadName }).qualifiedName))).toEqual(
      HOSTILE_IDS.map((id) => `Kind ${id}`),
    );
    // An integer too large for INT_LITERAL is written as a double, not as "1e+21".
    expect(attribute(elements[0], 'provenant:rowCount')).toBe(1e21);

    const relations = read.slice(doc.elements.length);
    expect(relations.map((r) => r.args.slice(0, 2).map(decoded))).toEqual(doc.relations.map((r) => [r.subject, r.object]));
    expect(relations.map((r) => attribute(r, 'prov:role'))).toEqual(doc.relations.map((r) => r.attributes['prov:role']));
  });

  it('a lone surrogate, which UTF-8 cannot carry, is written as U+FFFD rather than breaking the document', async () => {
    const doc: ProvDocument = {
      namespace: NAMESPACE,
      elements: [{ id: 'half \ud800 pair', cls: 'entity', attributes: { 'provenant:name': 'half \udc00 pair' } }],
      relations: [],
    };
    const [record] = await readBack(toProvN(doc));
    expect(decoded(record.id)).toBe('half \ufffd pair');
    expect(attribute(record, 'provenant:name')).toBe('half \ufffd pair');
  });

  it('an OpenLineage run with hostile namespace, job and dataset names exports through GET /prov/lineage as PROV-N that reads back', async () => {
    const namespace = `${h.prefix} ns "quoted" \\ back\rslash`;
    const job = `job'); entity(org:forged-job) // "x"\n%% xsd:string`;
    const input = `in "table" ${HOSTILE_LABEL}`;
    const output = `out \\"table\\" ]) entity(org:forged) // x\r\n endDocument`;
    const runId = randomUUID();
    const at = (s: number) => new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000 + s * 1000).toISOString();
    for (const [eventType, t] of [
      ['START', 0],
      ['COMPLETE', 10],
    ] as const) {
      const r = await post(h.app, {
        eventType,
        eventTime: at(t),
        producer: 'https://example.com/provenant/provn-escaping-test',
        schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
        run: { runId },
        job: { namespace, name: job },
        inputs: [{ namespace, name: input }],
        outputs: [{ namespace, name: output }],
      });
      expect(r, eventType).toMatchObject({ status: 200, body: { stored: 1 } });
    }
    const res = await h.app.fetch(
      `http://provenant.test/prov/lineage?id=${encodeURIComponent(`olrun:${runId}`)}&direction=BOTH&depth=2&format=provn`,
      { headers: {} },
    );
    expect(res.status).toBe(200);
    const read = await readBack(await res.text());

    const ids = read.filter((r) => r.id).map((r) => decoded(r.id));
    expect(ids).toContain(`olrun:${runId}`);
    expect(ids.filter((id) => !/^(olrun|oldataset|job|person|service):/.test(id ?? ''))).toEqual([]);
    // The datasets' names are attributes of their versions in the answer (the job's and namespace's only shape ids).
    const strings = new Set(read.flatMap((r) => r.attributes.map(([, v]) => v)).filter((v) => typeof v === 'string'));
    for (const hostile of [input, output]) expect(strings, JSON.stringify([...strings])).toContain(hostile);
  });
});
