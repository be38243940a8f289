import { useId, useState } from 'react';
import { request } from '../../api/client';
import { mayDo, whyNot } from '../../api/permissions';
import { useQuery } from '../../api/useQuery';
import { useViewer } from '../../api/viewer';
import { Link } from '../../components/Link';
import { FailureMessage, Loading, Section, When } from '../../components/status';
import type { ConsoleExecuteRollbackPlanMutation, ConsoleRollbackPlanQuery } from '../../gql/graphql';
import { hrefOf } from '../../router';
import { ExecuteRollbackPlanDocument, RollbackPlanDocument } from './queries';

/** The action executeRollbackPlan is authorised as (src/domain/permissions/permissions.ts). */
const EXECUTE = 'alias.executePlan';

export type ExecutedMove = ConsoleExecuteRollbackPlanMutation['executeRollbackPlan']['move'];

const v = (r: { version?: number | null; id: string } | null | undefined) => (r ? (r.version != null ? `v${r.version}` : r.id) : '—');
const num = (x: number | null | undefined) => (x == null ? '—' : x.toFixed(3));

export function RollbackPlanPanel({
  system,
  environment,
  onExecuted,
}: {
  system: string;
  environment: string;
  onExecuted: (move: ExecutedMove) => void;
}) {
  const q = useQuery(RollbackPlanDocument, { system, environment });
  return (
    <Section title="Proposed rollback plan">
      {q.status === 'loading' && <Loading what="the rollback plan" />}
      {q.status === 'error' && <FailureMessage error={q.error} what="Rollback plan" />}
      {q.status === 'done' && <Plan plan={q.answer.data.rollbackPlan} onExecuted={onExecuted} />}
    </Section>
  );
}

function Plan({ plan, onExecuted }: { plan: ConsoleRollbackPlanQuery['rollbackPlan']; onExecuted: (move: ExecutedMove) => void }) {
  const rejected = plan.candidates.filter((c) => !c.accepted);
  return (
    <div data-testid="rollback-plan" data-outcome={plan.outcome}>
      <p>
        <strong>
          {plan.outcome === 'PROPOSED'
            ? `Roll ${plan.environment} back from ${v(plan.current)} to ${v(plan.target)}`
            : 'No release qualifies as a target'}
        </strong>
        {' · '}
        {plan.summary}
      </p>
      <dl>
        <dt>Serving</dt>
        <dd>
          <Link href={hrefOf('lineage', plan.current.id)}>{v(plan.current)}</Link> since <When at={plan.currentSince} />
        </dd>
        <dt>Target</dt>
        <dd>{plan.target ? <Link href={hrefOf('lineage', plan.target.id)}>{v(plan.target)}</Link> : 'none'}</dd>
        <dt>Plan</dt>
        <dd>
          <code>{plan.id}</code> as of <When at={plan.asOf} />
        </dd>
      </dl>
      <h3>What changes</h3>
      {plan.diff ? (
        <p>
          {plan.diff.sameContent
            ? 'Same content.'
            : [
                ...plan.diff.pins.map((p) => `${p.slot} ${p.change.toLowerCase()}: ${p.before ?? '—'} → ${p.after ?? '—'}`),
                ...plan.diff.changes.map((c) => `${c.field} changed`),
              ].join('; ') || 'No pin changes.'}
        </p>
      ) : (
        <p>Nothing: there is no target.</p>
      )}
      <h3>Evidence</h3>
      <ul>
        {plan.alerts.map((a) => (
          <li key={a.id}>
            Drift alert <Link href={hrefOf('lineage', a.id)}>{a.id}</Link> opened <When at={a.createdAt} />: {a.reason}
          </li>
        ))}
        {plan.failedEvaluations.map((e) => (
          <li key={e.id}>
            Failed evaluation <Link href={hrefOf('lineage', e.id)}>{e.id}</Link>: {e.primaryMetric} {num(e.score)} below {num(e.threshold)}
          </li>
        ))}
        {plan.evidence.length === 0 && <li>No open alert and no failed evaluation.</li>}
      </ul>
      {rejected.length > 0 && (
        <>
          <h3>Releases judged and rejected</h3>
          <ul>
            {rejected.map((c) => (
              <li key={c.release.id}>
                v{c.version}: {c.rejections.map((r) => `${r.code}: ${r.detail}`).join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.truncated && <p className="warn">Older releases ({plan.earlierReleases} earlier in all) were not judged.</p>}
      <h3>Expected effects</h3>
      {plan.effects.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Signal</th>
              <th scope="col">Measured by</th>
              <th scope="col">Now</th>
              <th scope="col">Target</th>
              <th scope="col">Threshold</th>
              <th scope="col">Target better</th>
            </tr>
          </thead>
          <tbody>
            {plan.effects.map((e) => (
              <tr key={`${e.source}${e.signal}${e.evidence?.id ?? e.check?.id ?? ''}`}>
                <td>{e.signal}</td>
                <td>{e.source === 'METRIC' ? 'traffic (aggregates)' : 'evaluation'}</td>
                <td>
                  {num(e.current)}
                  {e.currentSampleSize != null ? ` (n=${e.currentSampleSize})` : ''}
                </td>
                <td>
                  {num(e.target)}
                  {e.targetSampleSize != null ? ` (n=${e.targetSampleSize})` : ''}
                </td>
                <td>{num(e.threshold)}</td>
                <td>{verdict(e.source === 'METRIC' ? e.improves : e.targetMeetsThreshold)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Neither an evaluation nor the traffic measured what the evidence points at, so no effect is predicted.</p>
      )}
      <h3>Approvals</h3>
      <p>
        {plan.approvals.approvalRequired ? 'The target needs an approval for this environment' : 'No approval is required'}
        {plan.approvals.satisfiedBy.length > 0 && <> (approved by {plan.approvals.satisfiedBy.map((a) => a.createdBy).join(', ')})</>}
        {plan.approvals.unmet && <> — unmet: {plan.approvals.unmet.detail}</>}. Executed by {plan.approvals.executeRoles.join(' or ')}; the
        rollback is flagged for review by {plan.approvals.reviewRoles.join(' or ')} (not whoever executes it).
      </p>
      <Execute plan={plan} onExecuted={onExecuted} />
    </div>
  );
}

function Execute({ plan, onExecuted }: { plan: ConsoleRollbackPlanQuery['rollbackPlan']; onExecuted: (move: ExecutedMove) => void }) {
  const viewer = useViewer();
  const id = useId();
  const [reason, setReason] = useState('');
  const [state, setState] = useState<{ running?: boolean; error?: unknown }>({});
  const refusal = !mayDo(viewer, EXECUTE) ? whyNot(viewer, EXECUTE) : plan.outcome !== 'PROPOSED' ? 'The plan proposes no target.' : null;
  return (
    <form
      className="execute"
      onSubmit={(e) => {
        e.preventDefault();
        setState({ running: true });
        request(ExecuteRollbackPlanDocument, { input: { plan: plan.id, reason: reason || null } }).then(
          ({ data }) => {
            setState({});
            onExecuted(data.executeRollbackPlan.move);
          },
          (error: unknown) => setState({ error }),
        );
      }}
    >
      <label htmlFor={`${id}-reason`}>Reason (default: the plan's summary)</label>{' '}
      <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} disabled={!!refusal} />{' '}
      <button type="submit" disabled={!!refusal || state.running} aria-describedby={refusal ? `${id}-why` : undefined}>
        Execute rollback plan
      </button>
      {refusal && (
        <p id={`${id}-why`} className="failure failure-FORBIDDEN" role="note" data-testid="execute-refused">
          <span className="code">{mayDo(viewer, EXECUTE) ? 'NO_TARGET' : 'FORBIDDEN'}</span> You cannot execute this plan: {refusal}
        </p>
      )}
      {state.running && <Loading what="the rollback" />}
      {state.error ? <FailureMessage error={state.error} what="Executing the plan" /> : null}
    </form>
  );
}

/** Whether the target does better on a signal, in words ("not measured" when nothing says). */
function verdict(better: boolean | null | undefined): string {
  return better == null ? 'not measured' : better ? 'yes' : 'no';
}
