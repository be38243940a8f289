import type { Row } from '../../db/database.js';
import type { Claim } from '../explain/verify.js';
import type { FormName } from './forms.js';
import type { ToolResult } from './tool.js';

/** The deterministic answer to a matched form, from its tool's result: each claim cites the ids it states. */
export function compose(form: FormName, r: ToolResult): Claim[] {
  return COMPOSERS[form](r);
}

const claim = (text: string, ...cites: Array<string | null | undefined>): Claim => ({
  text,
  cites: [...new Set(cites.filter((id): id is string => typeof id === 'string'))],
});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const rows = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const list = (xs: string[]): string => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
/** Text a person recorded, quoted as data (shortened, on one line). */
const quoted = (v: unknown): string => {
  const s = String(v ?? '').replace(/\s+/g, ' ');
  return `"${s.length > 300 ? `${s.slice(0, 297)}...` : s}"`;
};
const day = (v: unknown) => str(v) ?? 'an unrecorded time';

const COMPOSERS: Record<FormName, (r: ToolResult) => Claim[]> = {
  PROVENANCE(r) {
    const output = String((r.output as Row).id);
    const [release, invocation, model, retrieval] = [str(r.release), str(r.invocation), str(r.model), str(r.retrievalConfig)];
    const prompts = strings(r.prompts);
    const out = [claim(`${output} was produced by ${invocation} of ${release}.`, output, invocation, release)];
    const pinned = [
      model ? `model ${model}` : null,
      prompts.length ? `prompts ${list(prompts)}` : null,
      retrieval ? `retrieval config ${retrieval}` : null,
    ].filter((s): s is string => s !== null);
    if (pinned.length) out.push(claim(`${release} pins ${list(pinned)}.`, release, model, ...prompts, retrieval));
    const bases = strings(r.modelLineage).slice(1);
    if (model && bases.length) out.push(claim(`${model} derives from ${list(bases)}.`, model, ...bases));
    for (const t of rows(r.trainingRuns)) {
      const data = [...strings(t.datasets), ...strings(t.baseModels)];
      out.push(claim(`Training run ${String(t.run)} used ${data.length ? list(data) : 'nothing recorded'}.`, str(t.run), ...data));
    }
    const served = rows(r.servedBy);
    out.push(
      served.length
        ? claim(
            `When ${output} was produced, ${release} was behind ${list(served.map((s) => `${String(s.environment)} (${String(s.alias)}, since ${String(s.since)})`))}.`,
            output,
            release,
            ...served.map((s) => str(s.alias)),
          )
        : claim(`When ${output} was produced, no environment alias pointed at ${release}.`, output, release),
    );
    for (const a of rows(r.approvals)) {
      out.push(
        claim(
          `${String(a.approver)} ${String(a.decision)} ${String(a.subject)} for ${String(a.environment)} at ${day(a.createdAt)} (${String(a.id)}).`,
          str(a.id),
          str(a.subject),
          str(a.approver),
        ),
      );
    }
    if (r.truncated) out.push(claim(`The model chain is longer than the configured bound; it is shown up to the bound.`, model));
    return out;
  },

  ALIAS_AT(r) {
    const [alias, at, release, move] = [String(r.alias), String(r.at), str(r.release), str(r.move)];
    if (!release) return [claim(`At ${at}, ${alias} pointed at no release.`, alias)];
    const since = str(r.since) ? ` since ${String(r.since)}` : '';
    const until = str(r.until) ? ` until ${String(r.until)}` : '';
    return [claim(`At ${at}, ${alias} pointed at ${release}${since}${until}${move ? ` (move ${move})` : ''}.`, alias, release, move)];
  },

  DOWNSTREAM(r) {
    const root = String(r.root);
    const groups = rows(r.groups);
    const when = str(r.asOf) ? ` as of ${String(r.asOf)}` : '';
    if (groups.length === 0) return [claim(`Nothing is downstream of ${root}${when}.`, root)];
    const out = [
      claim(
        `${String(r.total)} nodes are downstream of ${root}${when}${Number(r.decisions) > 0 ? `, ${String(r.decisions)} of them business decisions` : ''}${r.truncated ? ' (the count stopped at the configured bound)' : ''}.`,
        root,
      ),
    ];
    for (const g of groups) {
      const sample = rows(g.sample).map((n) => String(n.id));
      out.push(claim(`${String(g.count)} ${String(g.type)}${sample.length ? `, e.g. ${list(sample)}` : ''}.`, root, ...sample));
    }
    return out;
  },

  APPROVALS(r) {
    const subject = String(r.subject);
    const approvals = rows(r.approvals);
    if (approvals.length === 0) return [claim(`No approval of ${subject} is recorded.`, subject)];
    return approvals.map((a) =>
      a.redacted
        ? claim(`Approval ${String(a.id)} of ${subject} is above your clearance.`, str(a.id), subject)
        : claim(
            `${String(a.approver)} ${String(a.decision)} ${subject} for ${String(a.environment)} at ${day(a.createdAt)}${a.retractedAt ? ` (retracted at ${String(a.retractedAt)})` : ''}: ${quoted(a.justification)} (${String(a.id)}).`,
            str(a.id),
            subject,
            str(a.approver),
          ),
    );
  },

  DIFF(r) {
    const [a, b] = [String(r.a), String(r.b)];
    const out = [claim(r.sameContent ? `${a} and ${b} have the same content.` : `${a} and ${b} differ in content.`, a, b)];
    for (const p of rows(r.pins)) {
      const [before, after] = [str(p.before), str(p.after)];
      const what = p.change === 'CHANGED' ? `${before} → ${after}` : p.change === 'ADDED' ? `${after} added` : `${before} removed`;
      out.push(claim(`${String(p.slot)} ${String(p.artifact)}: ${what}.`, a, b, before, after));
    }
    for (const c of rows(r.changes)) {
      out.push(claim(`${String(c.field)}: ${shown(c.before)} → ${shown(c.after)}.`, a, b));
    }
    if (rows(r.pins).length + rows(r.changes).length === 0) out.push(claim(`No field differs between ${a} and ${b}.`, a, b));
    return out;
  },

  ROLLBACK(r) {
    const alias = String(r.alias);
    const rollbacks = rows(r.moves).filter((m) => m.moveKind === 'ROLLBACK');
    if (rollbacks.length === 0) return [claim(`No rollback of ${alias} is recorded.`, alias)];
    const [last, ...earlier] = rollbacks;
    const [move, from, to, by] = [String(last.id), str(last.fromRelease), str(last.toRelease), str(last.createdBy)];
    const out = [
      claim(
        `${by ?? 'Someone'} rolled ${alias} back from ${from} to ${to} at ${day(last.createdAt)} (${move}).`,
        move,
        alias,
        from,
        to,
        by,
      ),
      claim(`The reason recorded with the rollback: ${quoted(last.reason)}.`, move),
    ];
    if (earlier.length)
      out.push(claim(`Earlier rollbacks of ${alias}: ${list(earlier.map((m) => String(m.id)))}.`, alias, ...earlier.map((m) => str(m.id))));
    return out;
  },
};

/** A typed diff value in a sentence: ids and numbers as they are, text quoted, lists joined. */
function shown(v: unknown): string {
  if (v === null || v === undefined) return '(none)';
  const value = v as Row;
  switch (value.kind) {
    case 'id':
      return String(value.id);
    case 'number':
      return String(value.number);
    case 'boolean':
      return String(value.boolean);
    case 'text':
      return quoted(value.text);
    case 'ids':
      return `[${strings(value.ids).join(', ')}]`;
    case 'texts':
      return `[${strings(value.texts).map(quoted).join(', ')}]`;
    default:
      return quoted(JSON.stringify(value));
  }
}
