import { ApiError } from '../../api/client';
import type { ConsoleProvenanceQuery } from '../../gql/graphql';
import { useQuery } from '../../api/useQuery';
import { Link } from '../../components/Link';
import { FailureMessage, Loading, Redacted, Section, When } from '../../components/status';
import { hrefOf } from '../../router';
import { AuditDocument, PolicyDocument, ProvenanceDocument } from './queries';

type Named = { id: string; redacted: boolean };

/** A node's name, or that it is redacted; links to its lineage. */
function NodeRef({ node, children, asOf }: { node: Named | null | undefined; children?: React.ReactNode; asOf: string | null }) {
  if (!node) return <span>none</span>;
  if (node.redacted) return <Redacted id={node.id} />;
  return <Link href={hrefOf('lineage', node.id, { asOf })}>{children ?? node.id}</Link>;
}

/** The auditor's page: one output's bill of materials at one instant, printable and citable by URL. */
export default function ProvenanceView({ id, asOf }: { id: string; asOf: string | null }) {
  const q = useQuery(ProvenanceDocument, { outputId: id, asOf });
  return (
    <article className="provenance">
      <h1>
        Provenance of <code>{id}</code>
      </h1>
      <p className="row no-print">
        <Link href={hrefOf('lineage', id, { asOf, direction: 'UPSTREAM' })}>Lineage picture</Link>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </p>
      {q.status === 'loading' && <Loading what="provenance" />}
      {q.status === 'error' && <FailureMessage error={q.error} what="Provenance" />}
      {q.status === 'done' && <Bill p={q.answer.data.provenance} asOf={asOf} outputId={id} />}
    </article>
  );
}

type P = ConsoleProvenanceQuery['provenance'];

function Bill({ p, asOf, outputId }: { p: P; asOf: string | null; outputId: string }) {
  const served = p.servedBy.filter((s) => Date.parse(s.since) <= Date.parse(p.output.createdAt ?? p.asOf));
  return (
    <>
      <p className="cite">
        As the graph stood at <When at={p.asOf} />
        {p.truncated && <strong className="warn"> The model chain is longer than the bound: it stops there.</strong>}
      </p>
      <Section title="Output">
        <dl>
          <dt>Output</dt>
          <dd>{p.output.redacted ? <Redacted id={p.output.id} /> : <>{p.output.summary ?? p.output.id}</>}</dd>
          <dt>Produced</dt>
          <dd>
            <When at={p.output.createdAt} /> by invocation <NodeRef node={p.invocation} asOf={asOf} />
          </dd>
          {!p.output.redacted && (
            <>
              <dt>Kind, decision, confidence</dt>
              <dd>
                {p.output.outputKind} · {p.output.decision ?? '—'} · {p.output.confidence ?? '—'}
              </dd>
            </>
          )}
        </dl>
      </Section>
      <Section title="Release and the alias serving it">
        <dl>
          <dt>Release</dt>
          <dd>
            <NodeRef node={p.release} asOf={asOf} /> {p.release.system?.name && <>of {p.release.system.name}</>} (v{p.release.version}){' '}
            {p.release.system && <Link href={hrefOf('systems', p.release.system.id)}>system timeline</Link>}
          </dd>
          <dt>Served by production then</dt>
          <dd>{p.servedByEnvironment ? 'yes' : 'no'}</dd>
          <dt>Aliases</dt>
          <dd>
            {served.length === 0
              ? 'No alias pointed at this release when the output was produced.'
              : served.map((s) => (
                  <div key={`${s.alias}${s.since}`}>
                    <code>{s.environment}</code> from <When at={s.since} />{' '}
                    {s.until ? (
                      <>
                        until <When at={s.until} />
                      </>
                    ) : (
                      '(still)'
                    )}
                  </div>
                ))}
          </dd>
        </dl>
      </Section>
      <Section title="Model chain and training data">
        <ol>
          {p.modelLineage.map((m) => (
            <li key={m.id}>
              <NodeRef node={m} asOf={asOf}>
                {m.model?.name ?? m.id} v{m.version}
              </NodeRef>{' '}
              {!m.redacted && (
                <>
                  ({m.modelKind}, {m.provider})
                </>
              )}
            </li>
          ))}
        </ol>
        {p.trainingRuns.map((t) => (
          <div key={t.run.id}>
            Training run <NodeRef node={t.run} asOf={asOf} /> on{' '}
            {t.datasets.map((d, i) => (
              <span key={d.id}>
                {i > 0 && ', '}
                <NodeRef node={d} asOf={asOf}>
                  {d.dataset?.name ?? d.id} v{d.version}
                </NodeRef>
                {!d.redacted && d.classification && <> ({d.classification})</>}
              </span>
            ))}
          </div>
        ))}
      </Section>
      <Section title="Prompts and retrieval">
        <ul>
          {p.prompts.map((pr) => (
            <li key={pr.id}>
              <NodeRef node={pr} asOf={asOf}>
                {pr.prompt?.name ?? pr.id} v{pr.version}
              </NodeRef>{' '}
              {!pr.redacted && (
                <>
                  {pr.promptKind}: {pr.message}
                </>
              )}
            </li>
          ))}
        </ul>
        {p.retrievalConfig ? (
          <p>
            Retrieval config <NodeRef node={p.retrievalConfig} asOf={asOf} />
            {!p.retrievalConfig.redacted && (
              <>
                : index {p.retrievalConfig.index}, top {p.retrievalConfig.topK}, {p.retrievalConfig.chunkStrategy} chunks of{' '}
                {p.retrievalConfig.chunkSize} (overlap {p.retrievalConfig.chunkOverlap}), {p.retrievalConfig.embeddingModel}
              </>
            )}
          </p>
        ) : (
          <p>No retrieval config.</p>
        )}
      </Section>
      {p.release.system && <Policy system={p.release.system.id} asOf={asOf ?? p.asOf} />}
      <Section title="Approvals">
        {p.approvals.length === 0 ? (
          <p>No approvals.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">When</th>
                <th scope="col">Decision</th>
                <th scope="col">Environment</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {p.approvals.map((a) =>
                a.redacted ? (
                  <tr key={a.id}>
                    <td colSpan={5}>
                      <Redacted id={a.id} />
                    </td>
                  </tr>
                ) : (
                  <tr key={a.id}>
                    <td>{a.approver}</td>
                    <td>
                      <When at={a.createdAt} />
                    </td>
                    <td>
                      {a.decision}
                      {a.retractedAt && (
                        <>
                          {' '}
                          (retracted <When at={a.retractedAt} />)
                        </>
                      )}
                    </td>
                    <td>{a.environment}</td>
                    <td>{a.justification}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        )}
      </Section>
      <Audit outputId={outputId} releaseId={p.release.id} to={asOf} />
    </>
  );
}

function Policy({ system, asOf }: { system: string; asOf: string }) {
  const q = useQuery(PolicyDocument, { system, asOf });
  return (
    <Section title="Policy in force">
      {q.status === 'loading' && <Loading what="policy" />}
      {q.status === 'error' && <FailureMessage error={q.error} what="Policy" />}
      {q.status === 'done' && (
        <p>
          {q.answer.data.policy.isDefault ? 'The default policy' : <>Policy version {q.answer.data.policy.version?.version}</>}: gated
          environments {q.answer.data.policy.gatedEnvironments.join(', ') || 'none'}; approval{' '}
          {q.answer.data.policy.requireApproval ? 'required' : 'not required'}; passing evaluation{' '}
          {q.answer.data.policy.requirePassingEvaluation ? 'required' : 'not required'}
          {q.answer.data.policy.minScore != null && <> (min score {q.answer.data.policy.minScore})</>}; an open drift alert{' '}
          {q.answer.data.policy.blockOnOpenDriftAlert ? 'blocks' : 'does not block'} promotion.
        </p>
      )}
    </Section>
  );
}

function Audit({ outputId, releaseId, to }: { outputId: string; releaseId: string; to: string | null }) {
  const q = useQuery(AuditDocument, { output: outputId, release: releaseId, to });
  return (
    <Section title="Audit events">
      {q.status === 'loading' && <Loading what="audit events" />}
      {q.status === 'error' &&
        (q.error instanceof ApiError && q.error.code === 'FORBIDDEN' ? (
          <p className="failure failure-FORBIDDEN" role="alert">
            <span className="code">FORBIDDEN</span> The audit trail is for AUDITOR and ADMIN keys: {q.error.failures[0]?.message}
          </p>
        ) : (
          <FailureMessage error={q.error} what="Audit events" />
        ))}
      {q.status === 'done' && (
        <>
          <p data-testid="chain-status" className={q.answer.data.verifyAuditTrail.ok ? 'ok' : 'warn'}>
            Chain verification:{' '}
            {q.answer.data.verifyAuditTrail.ok
              ? `intact (${q.answer.data.verifyAuditTrail.checked} events checked, head seq ${q.answer.data.verifyAuditTrail.headSeq})`
              : `BROKEN at seq ${q.answer.data.verifyAuditTrail.firstBrokenSeq}: ${q.answer.data.verifyAuditTrail.reason}`}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Seq</th>
                <th scope="col">When</th>
                <th scope="col">Action</th>
                <th scope="col">Actor</th>
                <th scope="col">Hash</th>
              </tr>
            </thead>
            <tbody>
              {[...(q.answer.data.ofRelease.edges ?? []), ...(q.answer.data.ofOutput.edges ?? [])]
                .flatMap((e) => (e?.node ? [e.node] : []))
                .sort((a, b) => a.seq - b.seq)
                .map((e) => (
                  <tr key={e.seq}>
                    <td>{e.seq}</td>
                    <td>
                      <When at={e.at} />
                    </td>
                    <td>{e.action}</td>
                    <td>{e.actor}</td>
                    <td>
                      <code>{e.hash.slice(0, 12)}</code>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </Section>
  );
}
