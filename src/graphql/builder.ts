import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { GraphQLContext } from './context.js';
import { requireId } from '../domain/ids.js';

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  Scalars: {
    DateTime: { Input: Date; Output: string | Date };
    ID: { Input: string; Output: string };
  };
  DefaultFieldNullability: true;
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  relay: {
    // Ids are business keys that already name their type ("release:policy-qa@8"): no base64 wrapping.
    encodeGlobalID: (_typename, id) => String(id),
    decodeGlobalID: (globalID) => ({ typename: requireId('id', globalID).type, id: globalID }),
    clientMutationId: 'omit',
    cursorType: 'String',
  },
});

builder.queryType({});
builder.mutationType({});
