import { graphql } from '../graphql/index.js';
import { instant, type Fixtures } from './fixtures.js';
import type { Harness } from './harness.js';

/** Shared by the rollback-plan test files: the plan as a reviewer reads it, and the writes that make one. */
export const PLAN = graphql(`
  query RollbackPlanProposal($system: ID!, $environment: String!, $asOf: DateTime) {
    rollbackPlan(system: $system, environment: $environment, asOf: $asOf) {
      id
      outcome
      asOf
      summary
      current {
        id
      }
      currentMove {
        id
      }
      target {
        id
      }
      candidates {
        release {
          id
        }
        accepted
        rejections {
          code
          detail
          evidence
        }
        served {
          since
          until
        }
      }
      earlierReleases
      truncated
      evidence
      alerts {
        id
      }
      failedEvaluations {
        id
      }
      failingComponents
      effects {
        signal
        source
        current
        threshold
        target
        targetMeetsThreshold
        evidence {
          id
        }
        measuredBy {
          id
        }
        check {
          id
        }
        currentSampleSize
        targetSampleSize
        improves
      }
      failedChecks {
        id
      }
      approvals {
        gated
        approvalRequired
        satisfiedBy {
          id
        }
        unmet {
          requirement
        }
        executeRoles
        reviewRoles
      }
      diff {
        a {
          id
        }
        b {
          id
        }
        pins {
          slot
          change
          before
          after
        }
      }
    }
  }
`);

export const OPEN_ALERT = graphql(`
  mutation RollbackPlanOpenAlert($input: OpenDriftAlertInput!) {
    openDriftAlert(input: $input) {
      id
      component
    }
  }
`);

export const RESOLVE_ALERT = graphql(`
  mutation RollbackPlanResolveAlert($input: ResolveDriftAlertInput!) {
    resolveDriftAlert(input: $input) {
      id
    }
  }
`);

export const EXECUTE = graphql(`
  mutation RollbackPlanExecute($input: ExecuteRollbackPlanInput!) {
    executeRollbackPlan(input: $input) {
      plan {
        id
        asOf
        automatic
        evidence
        rejected
        currentRelease {
          id
        }
        targetRelease {
          id
        }
      }
      move {
        id
        moveKind
        flaggedForReview
        awaitingReview
        automatic
        createdBy
        reason
        from {
          id
        }
        to {
          id
        }
        rollbackPlan {
          id
        }
      }
    }
  }
`);

/** Promotes each release to production in turn, each made ready (a passing evaluation and an approval) first. */
export async function servedInTurn(f: Fixtures, system: string, releases: string[]): Promise<void> {
  for (const r of releases) {
    await f.readyForProduction(r);
    await f.promote(system, 'production', r);
  }
}

export async function openAlert(h: Harness, system: string, release: string, component?: string): Promise<string> {
  return (await h.ok(OPEN_ALERT, { input: { system, release, component, reason: `drift on ${release}` } })).openDriftAlert.id;
}

export async function resolveAlert(h: Harness, id: string): Promise<void> {
  await h.ok(RESOLVE_ALERT, { input: { id, reason: 'fixed' } });
}

export async function plan(h: Harness, system: string, asOf?: string) {
  return (await h.ok(PLAN, { system, environment: 'production', asOf })).rollbackPlan;
}

/** A release that served production for a while and had a drift alert open (then resolved) while it did. */
export async function alertWhileServing(h: Harness, system: string, release: string): Promise<string> {
  const id = await openAlert(h, system, release);
  await instant();
  await resolveAlert(h, id);
  return id;
}

export const SET_POLICY = graphql(`
  mutation RollbackPlanSetPolicy($input: SetPolicyInput!) {
    setPolicy(input: $input) {
      autoRollbackOnAlert
    }
  }
`);

export const REVIEW = graphql(`
  mutation RollbackPlanReview($input: ReviewAliasMoveInput!) {
    reviewAliasMove(input: $input) {
      id
      reviewedBy
    }
  }
`);

export const AUDIT = graphql(`
  query RollbackPlanAudit($target: ID) {
    auditEvents(target: $target, first: 10) {
      edges {
        node {
          action
          actor
          targets
        }
      }
    }
  }
`);

export const LINEAGE = graphql(`
  query RollbackPlanLineage($id: ID!, $direction: LineageDirection!, $depth: Int) {
    lineage(id: $id, direction: $direction, depth: $depth) {
      nodes {
        id
        type
      }
      edges {
        from
        to
        type
        role
      }
    }
  }
`);

export const MOVE = graphql(`
  query RollbackPlanMove($id: ID!) {
    node(id: $id) {
      ... on AliasMove {
        automatic
        flaggedForReview
        awaitingReview
        createdBy
        to {
          id
        }
        rollbackPlan {
          id
          automatic
        }
      }
    }
  }
`);
