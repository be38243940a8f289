import { registerPerson, registerServiceAccount, registerTeam } from '../src/domain/agents/service.js';
import { systemPrincipal, type Classification, type Principal, type Role } from '../src/domain/permissions/principal.js';
import type { SeedRun } from './run.js';
import { nodeId } from '../src/domain/ids.js';

interface PersonSpec {
  key: string;
  name: string;
  team: string;
  roles: Role[];
  clearance: Classification;
}

export const TEAMS = [
  { key: 'applied-ml', name: 'Applied ML' },
  { key: 'ml-platform', name: 'ML Platform' },
  { key: 'risk-governance', name: 'Model Risk & Governance' },
] as const;

/** ML engineers author and promote; risk officers approve; the auditor and analyst only read. */
export const PEOPLE = {
  alice: { key: 'alice-chen', name: 'Alice Chen', team: 'applied-ml', roles: ['ENGINEER'], clearance: 'CONFIDENTIAL' },
  bilal: { key: 'bilal-okafor', name: 'Bilal Okafor', team: 'applied-ml', roles: ['ENGINEER'], clearance: 'RESTRICTED' },
  carmen: { key: 'carmen-ruiz', name: 'Carmen Ruiz', team: 'ml-platform', roles: ['ENGINEER'], clearance: 'CONFIDENTIAL' },
  dmitri: { key: 'dmitri-volkov', name: 'Dmitri Volkov', team: 'risk-governance', roles: ['APPROVER'], clearance: 'RESTRICTED' },
  erin: { key: 'erin-walsh', name: 'Erin Walsh', team: 'risk-governance', roles: ['APPROVER'], clearance: 'RESTRICTED' },
  farah: { key: 'farah-haddad', name: 'Farah Haddad', team: 'risk-governance', roles: ['AUDITOR'], clearance: 'RESTRICTED' },
  george: { key: 'george-lin', name: 'George Lin', team: 'applied-ml', roles: ['ANALYST'], clearance: 'INTERNAL' },
} satisfies Record<string, PersonSpec>;

export type PersonName = keyof typeof PEOPLE;

export const GATEWAYS = {
  'policy-qa': { key: 'policy-qa-gateway', name: 'Policy Q&A serving gateway' },
  'compliance-risk': { key: 'compliance-risk-gateway', name: 'Compliance risk serving gateway' },
  'kg-decision-support': { key: 'kg-decision-gateway', name: 'Decision support serving gateway' },
} as const;

export type SystemName = keyof typeof GATEWAYS;

/** The principal a person acts as: their roles and clearance, as an identity provider would assert them. */
export function personPrincipal(run: SeedRun, who: PersonName): Principal {
  const p: PersonSpec = PEOPLE[who];
  return { id: nodeId('Person', run.key(p.key)), roles: p.roles, clearance: p.clearance, via: 'system' };
}

/** Serving gateways record invocations on their own account. */
export function gatewayPrincipal(run: SeedRun, system: SystemName): Principal {
  return { id: nodeId('ServiceAccount', run.key(GATEWAYS[system].key)), roles: ['ENGINEER'], clearance: 'INTERNAL', via: 'system' };
}

/** People, teams and gateway accounts, registered by the platform itself (only ADMIN registers agents). */
export async function registerActors(run: SeedRun): Promise<void> {
  const admin = systemPrincipal();
  for (const p of Object.values(PEOPLE) as PersonSpec[]) {
    const email = `${p.key.replace('-', '.')}@northwind-assurance.example`;
    const r = await registerPerson(run.as(admin), { key: run.key(p.key), name: p.name, email });
    run.count('people', r.created);
  }
  for (const t of TEAMS) {
    const members = (Object.values(PEOPLE) as PersonSpec[]).filter((p) => p.team === t.key).map((p) => nodeId('Person', run.key(p.key)));
    const r = await registerTeam(run.as(admin), { key: run.key(t.key), name: t.name, members });
    run.count('teams', r.created);
  }
  for (const g of Object.values(GATEWAYS)) {
    const r = await registerServiceAccount(run.as(admin), {
      key: run.key(g.key),
      name: g.name,
      description: 'Records every production invocation and its outputs in batches.',
      team: nodeId('Team', run.key('ml-platform')),
    });
    run.count('serviceAccounts', r.created);
  }
}
