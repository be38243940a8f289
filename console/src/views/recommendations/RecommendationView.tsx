import { useId, useState } from 'react';
import { request } from '../../api/client';
import { mayDo, whyNot } from '../../api/permissions';
import { useQuery } from '../../api/useQuery';
import { useViewer } from '../../api/viewer';
import { Link } from '../../components/Link';
import { FailureMessage, Loading, Redacted, Section, When } from '../../components/status';
import type { StrategyPartsFragment, StrategyProfileInput } from '../../gql/graphql';
import { hrefOf } from '../../router';
import { DecideDocument, RecommendationDocument, WhatIfDocument } from './queries';

const STRATEGIES = ['PROMPT_ENGINEERING', 'RAG', 'ADAPTER', 'FINE_TUNE', 'HYBRID'] as const;
const DECIDE = 'strategy.decide';

export default function RecommendationView({ id }: { id: string }) {
  const q = useQuery(RecommendationDocument, { useCase: id });
  if (q.status === 'loading') return <Loading what="the recommendation" />;
  if (q.status === 'error') return <FailureMessage error={q.error} what="Recommendation" />;
  const useCase = q.answer.data.node && 'name' in q.answer.data.node ? q.answer.data.node : null;
  const stored = (q.answer.data.recommendations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))[0];
  return (
    <div>
      <h1>Recommendation for {useCase?.redacted ? <Redacted id={id} /> : (useCase?.name ?? <code>{id}</code>)}</h1>
      {useCase?.description && <p>{useCase.description}</p>}
      {!stored ? (
        <p role="status">No recommendation is stored for this use case yet.</p>
      ) : stored.redacted || !stored.result ? (
        <Redacted id={stored.id} type="Recommendation" />
      ) : (
        <>
          <p>
            Recommendation <code>{stored.id}</code>, recorded <When at={stored.createdAt} /> by {stored.createdBy}.
          </p>
          <Result r={stored.result} />
          <Decision
            recommendation={stored.id}
            top={stored.result.top}
            decisions={(stored.decisions?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))}
            onDone={q.reload}
          />
        </>
      )}
      <WhatIf useCase={id} />
    </div>
  );
}

function Result({ r, title = 'Ranked strategies' }: { r: StrategyPartsFragment; title?: string }) {
  const max = Math.max(1, ...r.ranking.flatMap((s) => s.contributions.map((c) => Math.abs(c.points))));
  const evidence = new Map(r.evidence.map((e) => [e.id, e]));
  return (
    <>
      <Section title={title}>
        <p>
          Top: <strong>{r.top}</strong> · confidence {(r.confidence * 100).toFixed(0)}% · classified {r.classification}
          {r.evidenceWithheld && <strong className="warn"> Evidence above your clearance was left out of this answer.</strong>}
          {r.reviewRequired && <> · review required: {r.reviewReasons.join('; ')}</>}
        </p>
        <ol className="ranking">
          {r.ranking.map((s) => (
            <li key={s.strategy}>
              <h3>
                {s.rank}. {s.strategy} <small>score {s.score.toFixed(2)}</small>
              </h3>
              <ul className="bars" aria-label={`Contributions to ${s.strategy}`}>
                {s.contributions.map((c) => (
                  <li key={c.factor}>
                    <span className="factor">
                      {c.factor}
                      {c.level ? ` (${c.level})` : ''}
                    </span>
                    <span className="bar-track" aria-hidden="true">
                      <span className={`bar ${c.points < 0 ? 'neg' : 'pos'}`} style={{ width: `${(Math.abs(c.points) / max) * 100}%` }} />
                    </span>
                    <span className="points">{c.points > 0 ? `+${c.points}` : c.points}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </Section>
      <Section title="Counterfactuals">
        {r.counterfactuals.length ? (
          <ul>
            {r.counterfactuals.map((c, i) => (
              <li key={i}>{c.statement}</li>
            ))}
          </ul>
        ) : (
          <p>None.</p>
        )}
      </Section>
      <Section title="Missing evidence">
        {r.missingEvidence.length ? (
          <ul>
            {r.missingEvidence.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : (
          <p>Nothing missing.</p>
        )}
      </Section>
      <Section title="Narrative">
        <p>
          <small>
            {r.narrative.source}
            {r.narrative.fallbackReason ? ` (${r.narrative.fallbackReason})` : ''}
          </small>
        </p>
        <ul className="claims" data-testid="narrative-claims">
          {r.narrative.claims.map((c, i) => (
            <li key={i}>
              {c.text}{' '}
              {c.evidence.map((e) => (
                <Link key={e} className="cite" href={hrefOf('lineage', e)} title={evidence.get(e)?.summary ?? e} data-citation={e}>
                  [{e}]
                </Link>
              ))}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

type DecisionRow = {
  id: string;
  strategy?: string | null;
  followed?: boolean | null;
  justification?: string | null;
  createdAt?: string | null;
  createdBy?: string | null;
};

function Decision({
  recommendation,
  top,
  decisions,
  onDone,
}: {
  recommendation: string;
  top: string;
  decisions: DecisionRow[];
  onDone: () => void;
}) {
  const viewer = useViewer();
  const [strategy, setStrategy] = useState(top);
  const [justification, setJustification] = useState('');
  const [state, setState] = useState<{ error?: unknown; done?: string }>({});
  const allowed = mayDo(viewer, DECIDE);
  const id = useId();
  return (
    <Section title="Decision">
      {decisions.map((d) => (
        <p key={d.id}>
          {d.createdBy} chose <strong>{d.strategy}</strong> ({d.followed ? 'followed' : 'overrode'}) <When at={d.createdAt} />
          {d.justification && <>: {d.justification}</>}
        </p>
      ))}
      {!allowed && (
        <p className="failure failure-FORBIDDEN" role="note" data-testid="decision-refused">
          <span className="code">FORBIDDEN</span> You cannot record a decision: {whyNot(viewer, DECIDE)}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          request(DecideDocument, {
            input: { recommendation, strategy: strategy as (typeof STRATEGIES)[number], justification: justification || null },
          }).then(
            ({ data }) => {
              setState({ done: data.recordStrategyDecision.id });
              onDone();
            },
            (error: unknown) => setState({ error }),
          );
        }}
      >
        <fieldset disabled={!allowed}>
          <legend>Record a decision</legend>
          <label htmlFor={`${id}-s`}>Strategy</label>{' '}
          <select id={`${id}-s`} value={strategy} onChange={(e) => setStrategy(e.target.value)}>
            {STRATEGIES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>{' '}
          <label htmlFor={`${id}-j`}>Justification (required to override)</label>{' '}
          <input id={`${id}-j`} value={justification} onChange={(e) => setJustification(e.target.value)} />{' '}
          <button type="submit">Record decision</button>
        </fieldset>
      </form>
      {state.error ? <FailureMessage error={state.error} what="Decision" /> : null}
      {state.done && <p role="status">Recorded {state.done}.</p>}
    </Section>
  );
}

const PROFILE_FIELDS = {
  dataAvailability: ['SCARCE', 'MODERATE', 'ABUNDANT'],
  labelQuality: ['LOW', 'MEDIUM', 'HIGH'],
  domainStability: ['VOLATILE', 'EVOLVING', 'STABLE'],
  knowledgeFreshness: ['STATIC', 'PERIODIC', 'CONTINUOUS'],
  rollbackNeed: ['LOW', 'MEDIUM', 'HIGH', 'STRICT'],
  traceabilityNeed: ['LOW', 'MEDIUM', 'HIGH', 'STRICT'],
  valueRoi: ['LOW', 'MEDIUM', 'HIGH'],
} as const;
type ProfileField = keyof typeof PROFILE_FIELDS;

function WhatIf({ useCase }: { useCase: string }) {
  const [profile, setProfile] = useState<Record<ProfileField, string>>(
    Object.fromEntries(Object.entries(PROFILE_FIELDS).map(([k, v]) => [k, v[1]])) as Record<ProfileField, string>,
  );
  const [asked, setAsked] = useState<StrategyProfileInput | null>(null);
  const id = useId();
  return (
    <Section title="What if">
      <form
        className="whatif"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked({ ...(profile as unknown as StrategyProfileInput) });
        }}
      >
        {(Object.keys(PROFILE_FIELDS) as ProfileField[]).map((field) => (
          <span key={field}>
            <label htmlFor={`${id}-${field}`}>{field}</label>{' '}
            <select id={`${id}-${field}`} value={profile[field]} onChange={(e) => setProfile({ ...profile, [field]: e.target.value })}>
              {PROFILE_FIELDS[field].map((v) => (
                <option key={v}>{v}</option>
              ))}
            </select>
          </span>
        ))}
        <button type="submit">Rank for this profile</button>
      </form>
      {asked && <WhatIfAnswer useCase={useCase} profile={asked} />}
    </Section>
  );
}

function WhatIfAnswer({ useCase, profile }: { useCase: string; profile: StrategyProfileInput }) {
  const q = useQuery(WhatIfDocument, { useCase, profile });
  if (q.status === 'loading') return <Loading what="the what-if ranking" />;
  if (q.status === 'error') return <FailureMessage error={q.error} what="What if" />;
  return (
    <div data-testid="whatif-answer">
      <Result r={q.answer.data.whatIfStrategy} title="What-if ranking" />
    </div>
  );
}
