import { registerPerson, registerServiceAccount, registerTeam } from '../domain/agents/service.js';
import { listNodes } from '../domain/nodes/read.js';
import { withoutNulls } from './artifacts.js';
import { builder } from './builder.js';
import { forwardArgs, toConnection } from './connection.js';
import { nodeRef, prop, ALREADY_REGISTERED, registeredPayload, type Registered } from './node-type.js';

export const Person = nodeRef('Person', 'A person who authors, approves or operates.');
export const Team = nodeRef('Team', 'A team of people; service accounts can belong to one.');
export const ServiceAccount = nodeRef('ServiceAccount', 'A non-human agent: a pipeline, a serving gateway, a script.');

builder.objectFields(Person, (t) => ({
  name: t.string({ resolve: prop.string('name') }),
  email: t.string({ resolve: prop.string('email') }),
}));
builder.objectFields(Team, (t) => ({ name: t.string({ resolve: prop.string('name') }) }));
builder.objectFields(ServiceAccount, (t) => ({
  name: t.string({ resolve: prop.string('name') }),
  description: t.string({ resolve: prop.string('description') }),
}));

const PersonInput = builder.inputType('RegisterPersonInput', {
  fields: (t) => ({ key: t.string({ required: true }), name: t.string({ required: true }), email: t.string() }),
});
const TeamInput = builder.inputType('RegisterTeamInput', {
  fields: (t) => ({ key: t.string({ required: true }), name: t.string({ required: true }), members: t.idList() }),
});
const ServiceAccountInput = builder.inputType('RegisterServiceAccountInput', {
  fields: (t) => ({ key: t.string({ required: true }), name: t.string({ required: true }), description: t.string(), team: t.id() }),
});

const agentPayload = (name: string, field: string, type: typeof Person) => registeredPayload(name, field, type, ALREADY_REGISTERED);

builder.mutationFields((t) => ({
  registerPerson: t.field({
    type: agentPayload('RegisterPersonPayload', 'person', Person),
    nullable: false,
    args: { input: t.arg({ type: PersonInput, required: true }) },
    resolve: async (_, { input }, ctx) => (await registerPerson(ctx.domain, withoutNulls(input))) as Registered,
  }),
  registerTeam: t.field({
    type: agentPayload('RegisterTeamPayload', 'team', Team),
    nullable: false,
    args: { input: t.arg({ type: TeamInput, required: true }) },
    resolve: async (_, { input }, ctx) => (await registerTeam(ctx.domain, withoutNulls(input))) as Registered,
  }),
  registerServiceAccount: t.field({
    type: agentPayload('RegisterServiceAccountPayload', 'serviceAccount', ServiceAccount),
    nullable: false,
    args: { input: t.arg({ type: ServiceAccountInput, required: true }) },
    resolve: async (_, { input }, ctx) => (await registerServiceAccount(ctx.domain, withoutNulls(input))) as Registered,
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
