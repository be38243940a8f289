import { PIN_CHANGE_KINDS, PIN_SLOTS, type PinChange } from '../domain/diff/pins.js';
import { diff, type Diff, type FieldChange } from '../domain/diff/service.js';
import type { DiffValue } from '../domain/diff/values.js';
import { builder } from './builder.js';
import { Recorded } from './node-type.js';

type Of<K extends DiffValue['kind']> = Extract<DiffValue, { kind: K }>;

const IdValue = builder.objectRef<Of<'id'>>('IdValue').implement({ fields: (t) => ({ id: t.exposeID('id', { nullable: false }) }) });
const TextValue = builder
  .objectRef<Of<'text'>>('TextValue')
  .implement({ fields: (t) => ({ text: t.exposeString('text', { nullable: false }) }) });
const NumberValue = builder
  .objectRef<Of<'number'>>('NumberValue')
  .implement({ fields: (t) => ({ number: t.exposeFloat('number', { nullable: false }) }) });
const BooleanValue = builder
  .objectRef<Of<'boolean'>>('BooleanValue')
  .implement({ fields: (t) => ({ boolean: t.exposeBoolean('boolean', { nullable: false }) }) });
const IdListValue = builder
  .objectRef<Of<'ids'>>('IdListValue')
  .implement({ fields: (t) => ({ ids: t.exposeIDList('ids', { nullable: false }) }) });
const TextListValue = builder
  .objectRef<Of<'texts'>>('TextListValue')
  .implement({ fields: (t) => ({ texts: t.exposeStringList('texts', { nullable: false }) }) });
const NumberListValue = builder
  .objectRef<Of<'numbers'>>('NumberListValue')
  .implement({ fields: (t) => ({ numbers: t.exposeFloatList('numbers', { nullable: false }) }) });
const JsonValue = builder.objectRef<Of<'json'>>('JsonValue').implement({
  description: 'A structured value (a map or a mixed list) in JSON text.',
  fields: (t) => ({ json: t.exposeString('json', { nullable: false }) }),
});

const BY_KIND = {
  id: IdValue,
  text: TextValue,
  number: NumberValue,
  boolean: BooleanValue,
  ids: IdListValue,
  texts: TextListValue,
  numbers: NumberListValue,
  json: JsonValue,
} satisfies Record<DiffValue['kind'], unknown>;

const DiffValueRef = builder.unionType('DiffValue', {
  description: 'A recorded value with its type: an id, text, a number, a boolean, or a list of one of them.',
  types: Object.values(BY_KIND),
  resolveType: (v: DiffValue) => BY_KIND[v.kind],
});

const FieldChangeRef = builder.objectRef<FieldChange>('FieldChange').implement({
  description: 'One field that differs, with its typed value in a and in b (null when absent).',
  fields: (t) => ({
    field: t.exposeString('field', { nullable: false }),
    before: t.field({ type: DiffValueRef, resolve: (c) => c.before }),
    after: t.field({ type: DiffValueRef, resolve: (c) => c.after }),
  }),
});

const PinSlot = builder.enumType('PinSlot', { values: PIN_SLOTS });
const PinChangeKind = builder.enumType('PinChangeKind', { values: PIN_CHANGE_KINDS });

const PinChangeRef = builder.objectRef<PinChange>('PinChange').implement({
  description: 'A pinned version that b adds, removes, or replaces with another version of the same artifact.',
  fields: (t) => ({
    slot: t.field({ type: PinSlot, nullable: false, resolve: (p) => p.slot }),
    change: t.field({ type: PinChangeKind, nullable: false, resolve: (p) => p.change }),
    artifact: t.exposeID('artifact', { nullable: false }),
    before: t.exposeID('before'),
    after: t.exposeID('after'),
  }),
});

export const DiffRef = builder.objectRef<Diff>('Diff').implement({
  fields: (t) => ({
    a: t.field({ type: Recorded, nullable: false, resolve: (d) => d.a }),
    b: t.field({ type: Recorded, nullable: false, resolve: (d) => d.b }),
    type: t.string({ nullable: false, resolve: (d) => d.kind }),
    sameContent: t.exposeBoolean('sameContent', {
      nullable: false,
      description: 'a and b have the same content digest: nothing of substance differs.',
    }),
    pins: t.field({
      type: [PinChangeRef],
      nullable: false,
      description: 'Releases: pinned versions added, removed or changed, per artifact.',
      resolve: (d) => d.pins,
    }),
    changes: t.field({
      type: [FieldChangeRef],
      nullable: false,
      description: 'Every other field that differs (the digest is answered by sameContent).',
      resolve: (d) => d.changes,
    }),
  }),
});

builder.queryFields((t) => ({
  diff: t.field({
    type: DiffRef,
    nullable: false,
    description: 'What differs between two releases, or two versions of one artifact family.',
    args: { a: t.arg.id({ required: true }), b: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => diff(ctx.domain, args.a, args.b),
  }),
}));
