import type { z } from 'zod';
import { registerPerson, registerServiceAccount, registerTeam, personInput, teamInput, serviceInput } from '../domain/agents/service.js';
import { listNodes } from '../domain/nodes/read.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { sameFields } from './input-check.js';
import { forwardArgs, toConnection } from './connection.js';
import { nodeRef, ALREADY_REGISTERED, registeredPayload } from './node-type.js';

export const Person = nodeRef('Person', 'A person who authors, approves or operates.');
export const Team = nodeRef('Team', 'A team of people; service accounts can belong to one.');
export const ServiceAccount = nodeRef('ServiceAccount', 'A non-human agent: a pipeline, a serving gateway, a script.');

builder.objectFields(Person, (t) => ({
  name: t.exposeString('name'),
  email: t.exposeString('email'),
}));
builder.objectFields(Team, (t) => ({ name: t.exposeString('name') }));
builder.objectFields(ServiceAccount, (t) => ({
  name: t.exposeString('name'),
  description: t.exposeString('description'),
}));

const PersonInput = builder.inputType('RegisterPersonInput', {
  fields: (t) => ({ key: t.string({ required: true }), name: t.string({ required: true }), email: t.string() }),
});
sameFields<typeof PersonInput.$inferInput, z.input<typeof personInput>>(true);
const TeamInput = builder.inputType('RegisterTeamInput', {
  fields: (t) => ({ key: t.string({ required: true }), name: t.string({ required: true }), members: t.idList() }),
});
sameFields<typeof TeamInput.$inferInput, z.input<typeof teamInput>>(true);
const ServiceAccountInput = builder.inputType('RegisterServiceAccountInput', {
  fields: (t) => ({ key: t.string({ required: true }), name: t.string({ required: true }), description: t.string(), team: t.id() }),
});
sameFields<typeof ServiceAccountInput.$inferInput, z.input<typeof serviceInput>>(true);

builder.mutationFields((t) => ({
  registerPerson: t.field({
    type: registeredPayload('RegisterPersonPayload', 'person', Person, ALREADY_REGISTERED),
    nullable: false,
    args: { input: t.arg({ type: PersonInput, required: true }) },
    resolve: (_, { input }, ctx) => registerPerson(ctx.domain, withoutNulls(input)),
  }),
  registerTeam: t.field({
    type: registeredPayload('RegisterTeamPayload', 'team', Team, ALREADY_REGISTERED),
    nullable: false,
    args: { input: t.arg({ type: TeamInput, required: true }) },
    resolve: (_, { input }, ctx) => registerTeam(ctx.domain, withoutNulls(input)),
  }),
  registerServiceAccount: t.field({
    type: registeredPayload('RegisterServiceAccountPayload', 'serviceAccount', ServiceAccount, ALREADY_REGISTERED),
    nullable: false,
    args: { input: t.arg({ type: ServiceAccountInput, required: true }) },
    resolve: (_, { input }, ctx) => registerServiceAccount(ctx.domain, withoutNulls(input)),
  }),
}));

builder.queryFields((t) => ({
  people: t.connection({
    type: Person,
    nullable: false,
    resolve: async (_, a, ctx) => toConnection(await listNodes(ctx.domain, 'Person', forwardArgs(a))),
  }),
  teams: t.connection({
    type: Team,
    nullable: false,
    resolve: async (_, a, ctx) => toConnection(await listNodes(ctx.domain, 'Team', forwardArgs(a))),
  }),
  serviceAccounts: t.connection({
    type: ServiceAccount,
    nullable: false,
    resolve: async (_, a, ctx) => toConnection(await listNodes(ctx.domain, 'ServiceAccount', forwardArgs(a))),
  }),
}));
