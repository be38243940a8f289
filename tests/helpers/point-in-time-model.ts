/**
 * An independent, in-memory model of Provenant's point-in-time semantics, written for the
 * differential test from the rule itself (design.md, "Time"), not from the services: at T a node is
 * in a traversal's answer iff a path within the bounds leads to it on which every node existed at T
 * (createdAt <= T) and every relationship existed at T (since <= T, not ended by T); caps count only
 * those nodes. The test feeds it every accepted write and compares its answers with the API's.
 *
 * It also says which writes must be refused, and why, from the documented rules (SECURITY.md "Policy
 * gates", the default policy, README's rollback): the test checks every refusal against it, so a
 * valid write the API refused fails the test instead of silently shrinking the history.
 */

export const NEVER = Number.POSITIVE_INFINITY;

/** The relationships lineage walks (PROV relations, pointing from effect to cause). */
const WALKED = new Set(['USED', 'WAS_GENERATED_BY', 'WAS_DERIVED_FROM', 'PINS', 'VERSION_OF']);

export interface MNode {
  id: string;
  kind: string;
  createdAt: number;
  retractedAt?: number;
  parent?: string;
  outputKind?: string;
  decision?: string;
  /** An evaluation: whether it passed its threshold. */
  passed?: boolean;
}

export interface MRel {
  type: string;
  from: string;
  to: string;
  since: number;
  until?: number;
  role: string | null;
}

export type Direction = 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';

/** An alias move: from `at` on the alias pointed at `release`. */
export interface MMove {
  at: number;
  release: string;
  kind: 'PROMOTE' | 'ROLLBACK';
  from: string | null;
}

/** Why a write must be refused: the error code the API must answer, and the rule, in words. */
export interface Refusal {
  code: 'VALIDATION' | 'POLICY_VIOLATION' | 'CONFLICT' | 'NOT_FOUND';
  reason: string;
  /** For POLICY_VIOLATION: the requirements not met, in the policy's order. */
  unmet?: string[];
}

/** The default policy: production is gated on an approval and a passing evaluation (and no open drift alert, which this history never raises). */
const GATED_ENVIRONMENTS = new Set(['production']);

export interface ModelProvenance {
  release: string;
  invocation: string;
  pinned: Array<{ id: string; role: string | null }>;
  modelLineage: string[];
  truncated: boolean;
  trainingRuns: Array<{ run: string; datasets: string[]; baseModels: string[] }>;
  servedBy: Array<{ alias: string; since: number; until: number | null }>;
  approvals: string[];
  evaluations: string[];
  outputRetractedAt: number | null;
}

export class PointInTimeModel {
  readonly nodes = new Map<string, MNode>();
  private readonly out = new Map<string, MRel[]>();
  private readonly in = new Map<string, MRel[]>();
  /** Alias id → its moves in order: from `at` on it pointed at `release`. */
  readonly aliasMoves = new Map<string, MMove[]>();

  addNode(node: MNode): void {
    if (this.nodes.has(node.id)) throw new Error(`model: ${node.id} added twice`);
    this.nodes.set(node.id, node);
  }

  link(type: string, from: string, to: string, since: number, role: string | null = null): void {
    const rel: MRel = { type, from, to, since, role };
    for (const [map, key] of [
      [this.out, from],
      [this.in, to],
    ] as const) {
      const list = map.get(key) ?? [];
      list.push(rel);
      map.set(key, list);
    }
  }

  retract(id: string, at: number): void {
    this.nodes.get(id)!.retractedAt = at;
  }

  move(alias: string, release: string, at: number, kind: MMove['kind'] = 'PROMOTE'): void {
    const moves = this.aliasMoves.get(alias) ?? [];
    moves.push({ at, release, kind, from: moves.at(-1)?.release ?? null });
    this.aliasMoves.set(alias, moves);
  }

  private retracted(id: string): boolean {
    return this.nodes.get(id)?.retractedAt !== undefined;
  }

  /**
   * An approval counts when it is APPROVED, in force, by someone other than the release's author
   * (the history's approver never authors) and later than the last REJECTED decision.
   */
  private approvalUnmet(release: string): boolean {
    const decisions = [...this.nodes.values()]
      .filter((n) => n.kind === 'Approval' && n.parent === release && !this.retracted(n.id))
      .sort((a, b) => a.createdAt - b.createdAt);
    const rejectedAt = decisions.filter((d) => d.decision === 'REJECTED').at(-1)?.createdAt ?? -Infinity;
    return !decisions.some((d) => d.decision === 'APPROVED' && d.createdAt > rejectedAt);
  }

  private evaluationUnmet(release: string): boolean {
    return ![...this.nodes.values()].some((n) => n.kind === 'EvaluationRun' && n.parent === release && n.passed && !this.retracted(n.id));
  }

  private gate(environment: string, release: string): Refusal | null {
    if (!GATED_ENVIRONMENTS.has(environment)) return null;
    const unmet = [...(this.approvalUnmet(release) ? ['approval'] : []), ...(this.evaluationUnmet(release) ? ['evaluation'] : [])];
    return unmet.length > 0
      ? { code: 'POLICY_VIOLATION', reason: `${release} lacks ${unmet.join(' and ')} for ${environment}`, unmet }
      : null;
  }

  /** Whether promoting `alias` (of `environment`) to `release` now must be refused: retracted, gated, or already there. */
  promoteRefusal(alias: string, environment: string, release: string): Refusal | null {
    if (this.retracted(release)) return { code: 'VALIDATION', reason: `${release} is retracted and cannot serve traffic` };
    const gate = this.gate(environment, release);
    if (gate) return gate;
    if (this.aliasMoves.get(alias)?.at(-1)?.release === release)
      return { code: 'CONFLICT', reason: `${alias} already points at ${release}` };
    return null;
  }

  /**
   * Whether rolling `alias` back now must be refused. The target is the release of its most recent move
   * that is neither the current release nor one the alias was ever rolled back from; it must not be
   * retracted, and a gated environment may only return to a release approved for it.
   */
  rollbackRefusal(alias: string, environment: string): Refusal | null {
    const moves = this.aliasMoves.get(alias) ?? [];
    const current = moves.at(-1)?.release;
    if (!current) return { code: 'NOT_FOUND', reason: `${alias} never pointed at a release` };
    const rolledBackFrom = new Set(moves.filter((m) => m.kind === 'ROLLBACK').map((m) => m.from));
    const target = [...moves].reverse().find((m) => m.release !== current && !rolledBackFrom.has(m.release))?.release;
    if (!target) return { code: 'NOT_FOUND', reason: `${alias} has no earlier release to return to` };
    if (this.retracted(target)) return { code: 'VALIDATION', reason: `the rollback target ${target} is retracted` };
    if (GATED_ENVIRONMENTS.has(environment) && this.approvalUnmet(target)) {
      return {
        code: 'POLICY_VIOLATION',
        reason: `the rollback target ${target} was never approved for ${environment}`,
        unmet: ['approval'],
      };
    }
    return null;
  }

  existed(id: string, t: number): boolean {
    const n = this.nodes.get(id);
    return n !== undefined && n.createdAt <= t;
  }

  private relAt(r: MRel, t: number): boolean {
    return r.since <= t && (r.until === undefined || r.until > t) && this.existed(r.from, t) && this.existed(r.to, t);
  }

  private steps(id: string, direction: Direction, t: number): string[] {
    const next: string[] = [];
    if (direction !== 'DOWNSTREAM') for (const r of this.out.get(id) ?? []) if (WALKED.has(r.type) && this.relAt(r, t)) next.push(r.to);
    if (direction !== 'UPSTREAM') for (const r of this.in.get(id) ?? []) if (WALKED.has(r.type) && this.relAt(r, t)) next.push(r.from);
    return next;
  }

  /** Hop distance of every node reachable within `depth` at t (the root at 0); null when the root did not exist. */
  reach(root: string, direction: Direction, depth: number, t: number): Map<string, number> | null {
    if (!this.existed(root, t)) return null;
    const dist = new Map([[root, 0]]);
    let frontier = [root];
    for (let level = 1; level <= depth && frontier.length > 0; level++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const m of this.steps(id, direction, t)) {
          if (!dist.has(m)) {
            dist.set(m, level);
            next.push(m);
          }
        }
      }
      frontier = next;
    }
    return dist;
  }

  /** Every walked relationship that existed at t between two of `ids`, as "from>to:TYPE:role". */
  edgesAmong(ids: Set<string>, t: number): string[] {
    const edges: string[] = [];
    for (const id of ids) {
      for (const r of this.out.get(id) ?? []) {
        if (WALKED.has(r.type) && ids.has(r.to) && this.relAt(r, t)) edges.push(`${r.from}>${r.to}:${r.type}:${r.role ?? ''}`);
      }
    }
    return edges.sort();
  }

  impact(root: string, t: number): { groups: Map<string, Set<string>>; decisions: number; total: number } | null {
    const dist = this.reach(root, 'DOWNSTREAM', 12, t);
    if (!dist) return null;
    const groups = new Map<string, Set<string>>();
    let decisions = 0;
    for (const id of dist.keys()) {
      if (id === root) continue;
      const n = this.nodes.get(id)!;
      if (!groups.has(n.kind)) groups.set(n.kind, new Set());
      groups.get(n.kind)!.add(id);
      if (n.outputKind === 'DECISION') decisions++;
    }
    return { groups, decisions, total: dist.size - 1 };
  }

  /** Where `alias` pointed at `t`, as known at `view` (default `t`): a move after `view` is not known, so its until is null. */
  aliasTarget(alias: string, t: number, view = t): { release: string; since: number; until: number | null } | null {
    const moves = this.aliasMoves.get(alias) ?? [];
    for (let i = moves.length - 1; i >= 0; i--) {
      const next = moves[i + 1]?.at;
      if (moves[i].at <= t)
        return { release: moves[i].release, since: moves[i].at, until: next !== undefined && next <= view ? next : null };
    }
    return null;
  }

  private outAt(id: string, type: string, view: number): MRel[] {
    return (this.out.get(id) ?? []).filter((r) => r.type === type && this.relAt(r, view));
  }

  /** The bill of materials of an output as the graph stood at `view`; null when it did not exist then. */
  provenance(outputId: string, view: number, maxChain: number): ModelProvenance | null {
    const o = this.nodes.get(outputId);
    if (!o || o.kind !== 'Output' || o.createdAt > view) return null;
    const inv = this.outAt(outputId, 'WAS_GENERATED_BY', view)[0]?.to;
    const release = inv ? this.outAt(inv, 'USED', view).find((r) => r.role === 'release')?.to : undefined;
    if (!inv || !release) return null;
    const t = o.createdAt;
    const pinned = this.outAt(release, 'PINS', view).map((r) => ({ id: r.to, role: r.role }));
    const chain: string[] = [];
    const pinnedModel = pinned.find((p) => p.role === 'model')?.id;
    if (pinnedModel) chain.push(pinnedModel);
    while (chain.length > 0 && chain.length <= maxChain) {
      const base = this.outAt(chain.at(-1)!, 'WAS_DERIVED_FROM', view).find((r) => this.nodes.get(r.to)!.kind === 'ModelVersion');
      if (!base) break;
      chain.push(base.to);
    }
    const truncated = chain.length > maxChain;
    const modelLineage = chain.slice(0, maxChain);
    const trainingRuns = modelLineage.flatMap((m) =>
      this.outAt(m, 'WAS_GENERATED_BY', view)
        .filter((r) => this.nodes.get(r.to)!.kind === 'TrainingRun')
        .map((r) => {
          const used = this.outAt(r.to, 'USED', view).map((u) => this.nodes.get(u.to)!);
          return {
            run: r.to,
            datasets: used
              .filter((u) => u.kind === 'DatasetVersion')
              .map((u) => u.id)
              .sort(),
            baseModels: used
              .filter((u) => u.kind === 'ModelVersion')
              .map((u) => u.id)
              .sort(),
          };
        }),
    );
    const servedBy: ModelProvenance['servedBy'] = [];
    for (const alias of this.aliasMoves.keys()) {
      const at = this.aliasTarget(alias, t, view);
      if (at && at.release === release) servedBy.push({ alias, since: at.since, until: at.until });
    }
    const subjects = new Set([release, ...pinned.map((p) => p.id), ...modelLineage]);
    const approvals: string[] = [];
    const evaluations: string[] = [];
    for (const n of this.nodes.values()) {
      if (
        n.kind === 'Approval' &&
        subjects.has(n.parent!) &&
        n.decision === 'APPROVED' &&
        n.createdAt <= t &&
        (n.retractedAt === undefined || n.retractedAt > t)
      ) {
        approvals.push(n.id);
      }
      if (n.kind === 'EvaluationRun' && n.parent === release && n.createdAt <= view) evaluations.push(n.id);
    }
    return {
      release,
      invocation: inv,
      pinned,
      modelLineage,
      truncated,
      trainingRuns,
      servedBy,
      approvals: approvals.sort(),
      evaluations: evaluations.sort(),
      outputRetractedAt: o.retractedAt !== undefined && o.retractedAt <= view ? o.retractedAt : null,
    };
  }
}
