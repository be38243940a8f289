import type { Principal } from '../domain/permissions/principal.js';
import { Role } from './api-keys.js';
import { Classification } from './artifacts.js';
import { builder } from './builder.js';

const Viewer = builder.objectRef<Principal>('Viewer').implement({
  description: 'Who the request is authenticated as.',
  fields: (t) => ({
    id: t.exposeString('id', { nullable: false, description: 'The principal: person:… or service:….' }),
    roles: t.field({ type: [Role], nullable: false, resolve: (p) => p.roles }),
    clearance: t.field({ type: Classification, nullable: false, resolve: (p) => p.clearance }),
    via: t.string({ nullable: false, description: 'api-key, jwt, local or system.', resolve: (p) => p.via }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: Viewer,
    nullable: false,
    description: 'Who you are authenticated as, with your roles and clearance: what a UI shows and hides by.',
    resolve: (_, __, ctx) => ctx.domain.principal,
  }),
}));
