import type { JudgeContext, Rejection } from './verdicts.js';
import type { CandidateRow } from './queries.js';

/**
 * SEAM for "its monitors were healthy while it served". When Monitor and MonitorCheck nodes exist,
 * this rejects a candidate one of whose monitors FAILED a check over a window inside the time it
 * served (the facts query then also returns those checks per candidate), citing the checks as
 * evidence, and the failed checks of the current release join the plan's evidence. Until then there
 * are no checks to read, so nothing is rejected here.
 */
export function monitorsUnhealthyWhileServing(_candidate: CandidateRow, _context: JudgeContext): Rejection | null {
  return null;
}
