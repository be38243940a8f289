import { ANSWER_SOURCES, ASK_OPERATION_BY, citesOf, type AskAnswer, type AskOperation } from '../domain/ask/answer.js';
import type { Claim } from '../domain/explain/verify.js';
import type { AskForm } from '../domain/ask/forms.js';
import { askModelOf } from '../domain/ask/model.js';
import { ask, ASK_LIMITS } from '../domain/ask/service.js';
import { builder } from './builder.js';
import { OutputForm, ToolProtocol } from './llm-forms.js';
import { ASK_COST, priced } from './cost.js';
import { AS_OF_DESCRIPTION, DateTime } from './scalars.js';

const AnswerSource = builder.enumType('AnswerSource', {
  values: ANSWER_SOURCES,
  description: 'LLM: the model answered through tools; DETERMINISTIC: the matcher answered; CANNOT_ANSWER: neither could.',
});

const AskOperationBy = builder.enumType('AskOperationBy', {
  values: ASK_OPERATION_BY,
  description: 'Who asked for a tool call: the model, or the deterministic matcher.',
});

const AskOperationRef = builder.objectRef<AskOperation>('AskOperation').implement({
  description: 'One read-only tool call the ask made, run with your own permissions.',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false }),
    arguments: t.string({ nullable: false, description: 'The arguments, in JSON.', resolve: (o) => JSON.stringify(o.arguments ?? {}) }),
    by: t.field({ type: AskOperationBy, nullable: false, resolve: (o) => o.by }),
    ok: t.exposeBoolean('ok', { nullable: false }),
    errorCode: t.exposeString('errorCode', {
      description: 'UNKNOWN_TOOL, INVALID_ARGUMENTS, or the error code the operation answered (NOT_FOUND, FORBIDDEN, …).',
    }),
    error: t.exposeString('error'),
  }),
});

const AnswerClaimRef = builder.objectRef<Claim>('AnswerClaim').implement({
  description: 'One statement of an answer and the ids it rests on, every one of them shown by a tool call of this ask.',
  fields: (t) => ({
    text: t.exposeString('text', { nullable: false }),
    nodeIds: t.idList({ nullable: false, resolve: (c) => citesOf(c).nodes }),
    passageIds: t.idList({ nullable: false, description: 'Chunk ids of policy passages.', resolve: (c) => citesOf(c).passages }),
  }),
});

const AskFormRef = builder.objectRef<AskForm>('AskForm').implement({
  description: 'A question the deterministic matcher answers.',
  fields: (t) => ({
    form: t.exposeString('form', { nullable: false }),
    question: t.exposeString('question', { nullable: false }),
    example: t.exposeString('example', { nullable: false }),
    operation: t.string({ nullable: false, resolve: (f) => f.tool }),
  }),
});

const AskAnswerRef = builder.objectRef<AskAnswer>('AskAnswer').implement({
  fields: (t) => ({
    question: t.exposeString('question', { nullable: false }),
    asOf: t.field({ type: DateTime, resolve: (a) => a.asOf }),
    source: t.field({ type: AnswerSource, nullable: false, resolve: (a) => a.source }),
    text: t.exposeString('text', { nullable: false }),
    claims: t.field({ type: [AnswerClaimRef], nullable: false, resolve: (a) => a.claims }),
    citedNodeIds: t.exposeIDList('citedNodeIds', { nullable: false }),
    citedPassageIds: t.exposeIDList('citedPassageIds', { nullable: false }),
    operations: t.field({ type: [AskOperationRef], nullable: false, resolve: (a) => a.operations }),
    fallbackReason: t.exposeString('fallbackReason', { description: "Why the model's answer was not used; null when it was." }),
    boundHit: t.exposeString('boundHit', {
      description: 'MAX_TOOL_CALLS or TIMEOUT when the ask hit PROVENANT_ASK_MAX_TOOL_CALLS or PROVENANT_ASK_TIMEOUT_MS.',
    }),
    droppedClaims: t.exposeInt('droppedClaims', {
      nullable: false,
      description: "The model's claims left out: citing nothing, or ids no tool call of this ask showed.",
    }),
    toolProtocol: t.field({
      type: ToolProtocol,
      description: 'How the model was given its tools; null when no model was asked.',
      resolve: (a) => a.toolProtocol,
    }),
    outputForm: t.field({
      type: OutputForm,
      description: "The output form of the model's last answer (TEXT in a native tool conversation); null when none came.",
      resolve: (a) => a.outputForm,
    }),
    forms: t.field({
      type: [AskFormRef],
      nullable: false,
      description: 'With CANNOT_ANSWER: what can be asked, with an example of each.',
      resolve: (a) => a.forms,
    }),
  }),
});

builder.queryField('ask', (t) =>
  t.field({
    type: AskAnswerRef,
    nullable: false,
    description:
      'Answers a lineage, provenance or governance question in words, through read-only operations run with your own permissions; ' +
      `cites the ids it relied on and lists the operations it ran. Questions up to ${ASK_LIMITS.maxQuestionChars} characters.`,
    args: {
      question: t.arg.string({ required: true }),
      asOf: t.arg({ type: DateTime, description: AS_OF_DESCRIPTION }),
    },
    extensions: priced({ kind: 'fixed', price: ASK_COST }),
    resolve: (_, args, ctx) => ask(ctx.domain, args, askModelOf(ctx.domain)),
  }),
);
