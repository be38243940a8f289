import { PIN_FIELDS, pinned } from '../diff/pins.js';
import { approvalUnmet, type PromotionFacts } from '../policies/gate.js';
import { monitorsUnhealthyWhileServing, type ServedHealth } from './monitor-health.js';
import type { CandidateRow, ServedInterval } from './queries.js';
import type { CandidateVerdict, JudgeContext, Rejection } from './verdicts.js';

/** What the policy gate's approval rule reads about a candidate (the rule the rollback itself applies). */
export function approvalFactsOf(c: CandidateRow, environment: string): PromotionFacts {
  return { release: c.id, environment, author: c.createdBy, approvals: c.approvals, evaluations: [], openDriftAlerts: [] };
}

/** Every version a release pins. */
export function pinsOf(release: CandidateRow): string[] {
  return Object.keys(PIN_FIELDS).flatMap((field) => pinned(release, field));
}

const ms = (iso: string) => Date.parse(iso);

/** An alert a person raised against the release that was open at some moment while the release served (monitors' alerts: monitor-health.ts). */
function openWhileServing(alert: CandidateRow['alerts'][number], served: ServedInterval[], at: Date): boolean {
  const opened = ms(alert.createdAt);
  const resolved = alert.resolvedAt === null ? Infinity : ms(alert.resolvedAt);
  return served.some((i) => opened < (i.until === null ? at.getTime() + 1 : ms(i.until)) && resolved > ms(i.since));
}

function evaluationRejection(c: CandidateRow): Rejection | null {
  const failed = c.evaluations.filter((e) => e.passed === false);
  if (failed.length > 0) {
    const list = failed.map((e) => `${e.id} (${e.primaryMetric ?? 'score'} ${e.score ?? '?'} < ${e.threshold ?? '?'})`).join(', ');
    return { code: 'EVALUATION_FAILED', detail: `failed its threshold in ${list}`, evidence: failed.map((e) => e.id) };
  }
  if (!c.evaluations.some((e) => e.passed === true)) {
    const detail =
      c.evaluations.length === 0
        ? 'no evaluation recorded'
        : `${c.evaluations.length} evaluation(s) without a threshold; none shows it passed`;
    return { code: 'NO_PASSING_EVALUATION', detail, evidence: c.evaluations.map((e) => e.id) };
  }
  return null;
}

/**
 * Judges one earlier release as a rollback target: it must have served the environment, not be
 * retracted, have passed every evaluation it had (at least one with a threshold), have had no drift
 * alert open against it while it served, whether a person opened it or its monitors did (`health`:
 * what its monitors recorded while it served), not pin what the failing evidence points at, and (when
 * the policy asks) be approved for the environment.
 */
export function judge(c: CandidateRow, jc: JudgeContext, health: ServedHealth): CandidateVerdict {
  const rejections: Rejection[] = [];
  if (c.served.length === 0) {
    rejections.push({ code: 'NEVER_SERVED', detail: `never served ${jc.environment}`, evidence: [] });
  }
  if (c.retractedAt !== null) {
    rejections.push({ code: 'RETRACTED', detail: `retracted at ${c.retractedAt}`, evidence: [c.id] });
  }
  const evaluation = evaluationRejection(c);
  if (evaluation) rejections.push(evaluation);
  const alerts = c.alerts.filter((a) => a.monitor === null && openWhileServing(a, c.served, jc.at));
  if (alerts.length > 0) {
    rejections.push({
      code: 'ALERT_WHILE_SERVING',
      detail: `drift alert(s) open against it while it served: ${alerts.map((a) => a.id).join(', ')}`,
      evidence: alerts.map((a) => a.id),
    });
  }
  const monitors = monitorsUnhealthyWhileServing(health);
  if (monitors) rejections.push(monitors);
  const shared = pinsOf(c).filter((p) => jc.failingComponents.includes(p));
  if (shared.length > 0) {
    rejections.push({
      code: 'PINS_FAILING_COMPONENT',
      detail: `pins ${shared.join(', ')}, which the failing evidence points at`,
      evidence: shared,
    });
  }
  if (jc.approvalRequired) {
    const unmet = approvalUnmet(approvalFactsOf(c, jc.environment));
    if (unmet) rejections.push({ code: 'NOT_APPROVED', detail: unmet.detail, evidence: c.approvals.map((a) => a.id) });
  }
  return { release: c.id, version: c.version, accepted: rejections.length === 0, rejections, served: c.served };
}
