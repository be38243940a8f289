import { beforeAll, describe, expect, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { audited, graphCounts, RECORD_APPROVAL_DOC, RETRACT_DOC, pager, unchanged, type SystemFixture } from '../helpers/fixtures.js';
import { graphql } from '../graphql/index.js';
import type { RegisterUseCaseInput } from '../graphql/graphql.js';

const { h, f } = useHarness();
let sys: SystemFixture;

beforeAll(async () => {
  sys = await f.system('gov', 2);
});

const REGISTER_PERSON = graphql(`
  mutation AgentsApprovalsRetractRegisterPerson($input: RegisterPersonInput!) {
    registerPerson(input: $input) {
      created
      person {
        id
        name
        email
      }
    }
  }
`);
const REGISTER_TEAM = graphql(`
  mutation AgentsApprovalsRetractRegisterTeam($input: RegisterTeamInput!) {
    registerTeam(input: $input) {
      created
      team {
        id
        name
      }
    }
  }
`);
const REGISTER_SERVICE = graphql(`
  mutation AgentsApprovalsRetractRegisterServiceAccount($input: RegisterServiceAccountInput!) {
    registerServiceAccount(input: $input) {
      created
      serviceAccount {
        id
        name
        description
      }
    }
  }
`);
const REGISTER_USE_CASE = graphql(`
  mutation AgentsApprovalsRetractRegisterUseCase($input: RegisterUseCaseInput!) {
    registerUseCase(input: $input) {
      created
      useCase {
        id
        name
        description
        dataAvailability
        labelQuality
        domainStability
        knowledgeFreshness
        traceabilityNeed
        rollbackNeed
        valueRoi
        latencyBudgetMs
        costBudgetUsdPer1k
      }
    }
  }
`);

/** The ids of the newest `n` items of a global list: this file wrote them last, so they lead the list. */
const NEWEST = {
  people: pager(
    graphql(`
      query PeoplePage($first: Int, $after: String) {
        people(first: $first, after: $after) {
          edges {
            cursor
            node {
              id
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `),
    (d) => d.people,
  ),
  teams: pager(
    graphql(`
      query TeamsPage($first: Int, $after: String) {
        teams(first: $first, after: $after) {
          edges {
            cursor
            node {
              id
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `),
    (d) => d.teams,
  ),
  serviceAccounts: pager(
    graphql(`
      query ServiceAccountsPage($first: Int, $after: String) {
        serviceAccounts(first: $first, after: $after) {
          edges {
            cursor
            node {
              id
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `),
    (d) => d.serviceAccounts,
  ),
  useCases: pager(
    graphql(`
      query UseCasesPage($first: Int, $after: String) {
        useCases(first: $first, after: $after) {
          edges {
            cursor
            node {
              id
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `),
    (d) => d.useCases,
  ),
  approvals: pager(
    graphql(`
      query ApprovalsPage($first: Int, $after: String, $s: ID) {
        approvals(first: $first, after: $after, subject: $s) {
          edges {
            cursor
            node {
              id
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `),
    (d) => d.approvals,
  ),
};

async function newest(field: keyof typeof NEWEST, n: number, first: number): Promise<string[]> {
  const w = await NEWEST[field](h, { first, stop: (ids) => ids.length >= n });
  expect(new Set(w.ids).size).toBe(w.ids.length);
  return w.ids.slice(0, n);
}

describe('agents', () => {
  it('registers people, a team of them and a service account of the team', async () => {
    const people: string[] = [];
    for (const name of ['ada', 'grace', 'linus', 'barbara', 'ken']) {
      const r = (await audited(h, REGISTER_PERSON, { input: { key: f.key(name), name, email: `${name}@example.com` } })).registerPerson;
      expect(r).toEqual({ created: true, person: { id: `person:${f.key(name)}`, name, email: `${name}@example.com` } });
      people.push(r.person.id);
    }
    const team = (
      await audited(h, REGISTER_TEAM, { input: { key: f.key('ml-platform'), name: 'ML platform', members: people.slice(0, 3) } })
    ).registerTeam;
    expect(team).toEqual({ created: true, team: { id: `team:${f.key('ml-platform')}`, name: 'ML platform' } });
    const svc = (
      await audited(h, REGISTER_SERVICE, {
        input: { key: f.key('gateway'), name: 'Gateway', description: 'serves traffic', team: team.team.id },
      })
    ).registerServiceAccount;
    expect(svc).toEqual({
      created: true,
      serviceAccount: { id: `service:${f.key('gateway')}`, name: 'Gateway', description: 'serves traffic' },
    });

    // The API has no membership field yet: check the links in the graph.
    const rels = await h.db.driver.executeQuery(
      `MATCH (p:Node)-[:MEMBER_OF]->(t:Node {id: $team}) RETURN p.kind AS kind, p.id AS id ORDER BY id`,
      { team: team.team.id },
      { database: h.db.database },
    );
    expect(rels.records.map((r) => [r.get('kind'), r.get('id')])).toEqual([
      ...people
        .slice(0, 3)
        .sort()
        .map((id) => ['Person', id]),
      ['ServiceAccount', svc.serviceAccount.id],
    ]);

    expect(await newest('people', 5, 2)).toEqual([...people].reverse());
    expect(await newest('teams', 1, 1)).toEqual([team.team.id]);
    expect(await newest('serviceAccounts', 1, 1)).toEqual([svc.serviceAccount.id]);

    const again = (await unchanged(h, REGISTER_PERSON, { input: { key: f.key('ada'), name: 'Ada again' } })).registerPerson;
    expect(again).toEqual({ created: false, person: { id: people[0], name: 'ada', email: 'ada@example.com' } });
  });
});

describe('use cases', () => {
  it('registers a use case with its decision factors and the systems serving it', async () => {
    const input: RegisterUseCaseInput = {
      key: f.key('claims-triage'),
      name: 'Claims triage',
      description: 'flag risky claims',
      dataAvailability: 'MODERATE',
      labelQuality: 'HIGH',
      domainStability: 'STABLE',
      knowledgeFreshness: 'PERIODIC',
      traceabilityNeed: 'STRICT',
      rollbackNeed: 'HIGH',
      valueRoi: 'HIGH',
      latencyBudgetMs: 800,
      costBudgetUsdPer1k: 1.5,
      systems: [sys.system],
    };
    const r = (await audited(h, REGISTER_USE_CASE, { input })).registerUseCase;
    const { systems: _s, key: _k, ...fields } = input;
    expect(r).toEqual({ created: true, useCase: { id: `usecase:${input.key}`, ...fields } });
    const down = await h.ok(
      graphql(`
        query AgentsApprovalsRetractNode($id: ID!) {
          node(id: $id) {
            ... on UseCase {
              id
              name
            }
          }
        }
      `),
      { id: r.useCase.id },
    );
    expect(down.node).toEqual({ id: r.useCase.id, name: 'Claims triage' });
    expect(await newest('useCases', 1, 1)).toEqual([r.useCase.id]);
  });
});

describe('approvals', () => {
  it('records who approved, for which environment; lists them per subject', async () => {
    const first = await f.as(f.approver, () =>
      audited(h, RECORD_APPROVAL_DOC, {
        input: { subject: sys.releases[0], environment: 'production', decision: 'APPROVED', justification: 'eval ok' },
      }),
    );
    expect(first.recordApproval).toMatchObject({
      subjectId: sys.releases[0],
      environment: 'production',
      decision: 'APPROVED',
      justification: 'eval ok',
      approver: f.approver.id,
    });
    expect(first.recordApproval.id).toMatch(/^approval:/);
    const second = await f.approve(sys.releases[0], 'production', 'REJECTED');
    const third = await f.approve(sys.prompts[0], 'staging');
    const w = await NEWEST.approvals(h, { vars: { s: sys.releases[0] }, first: 1 });
    expect(w.ids).toEqual([second.id, first.recordApproval.id]);
    expect(w.lastHasNextPage).toBe(false);
    expect(await newest('approvals', 3, 2)).toEqual([third.id, second.id, first.recordApproval.id]);
  });
});

describe('retract', () => {
  it('marks versions, releases, outputs and approvals as retracted without deleting them', async () => {
    const out = await f.invoke(sys.releases[1], 'retract', 1);
    const approval = await f.approve(sys.releases[1], 'staging');
    for (const id of [sys.prompts[1], sys.releases[1], out.outputIds[0], approval.id]) {
      const before = await graphCounts(h);
      const r = (await audited(h, RETRACT_DOC, { input: { id, reason: `withdraw ${id}` } })).retract;
      expect(r).toMatchObject({ id, retractedBy: 'person:test-admin', retractReason: `withdraw ${id}` });
      expect(Date.parse(r.retractedAt)).toBeGreaterThan(Date.now() - 60_000);
      const after = await graphCounts(h);
      expect({ nodes: after.nodes, relationships: after.relationships }).toEqual({
        nodes: before.nodes,
        relationships: before.relationships,
      });
      const node = await h.ok(
        graphql(`
          query AgentsApprovalsRetractNode2($id: ID!) {
            node(id: $id) {
              ... on Recorded {
                id
                retractedAt
              }
            }
          }
        `),
        { id },
      );
      expect(node.node).toEqual({ id, retractedAt: r.retractedAt });
    }
    const live = await h.ok(
      graphql(`
        query AgentsApprovalsRetractReleases($s: ID) {
          releases(system: $s, includeRetracted: false) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
      { s: sys.system },
    );
    expect(live.releases.edges.map((e: any) => e.node.id)).toEqual([sys.releases[0]]);
  });
});

describe('node(id)', () => {
  it('loads any recorded node by its id, as its own type', async () => {
    const out = await f.invoke(sys.releases[0], 'node', 1);
    await f.promote(sys.system, 'staging', sys.releases[0]);
    const ev = await f.evaluate(sys.releases[0]);
    const ids = [
      sys.system,
      sys.releases[0],
      sys.baseModel,
      sys.prompts[0],
      sys.retrieval,
      out.invocationIds[0],
      out.outputIds[0],
      `alias:${sys.key}/staging`,
      `aliasmove:${sys.key}/staging/1`,
      ev.id,
    ];
    const data = await h.ok(
      graphql(`
        query AgentsApprovalsRetractNodes($ids: [ID!]!) {
          nodes(ids: $ids) {
            __typename
            id
          }
        }
      `),
      { ids },
    );
    expect(data.nodes).toEqual([
      { __typename: 'System', id: ids[0] },
      { __typename: 'Release', id: ids[1] },
      { __typename: 'ModelVersion', id: ids[2] },
      { __typename: 'PromptVersion', id: ids[3] },
      { __typename: 'RetrievalConfigVersion', id: ids[4] },
      { __typename: 'Invocation', id: ids[5] },
      { __typename: 'Output', id: ids[6] },
      { __typename: 'Alias', id: ids[7] },
      { __typename: 'AliasMove', id: ids[8] },
      { __typename: 'EvaluationRun', id: ids[9] },
    ]);
    for (const id of ids) {
      const one = await h.ok(
        graphql(`
          query AgentsApprovalsRetractNode3($id: ID!) {
            node(id: $id) {
              __typename
              ... on Recorded {
                id
                createdAt
                createdBy
              }
            }
          }
        `),
        { id },
      );
      expect(one.node.id).toBe(id);
      expect(one.node.createdBy).toBe('person:test-admin');
      expect(Number.isNaN(Date.parse(one.node.createdAt))).toBe(false);
    }
  });
});
