import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents generated from the committed SDL (schema/schema.graphql), one target per
 * client: the tests today, the web console later. `npm run codegen` writes them;
 * tests/unit/codegen.test.ts fails when they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  // Only `graphql(…)` calls are documents: test helpers named `gql` send hostile text on purpose.
  pluckConfig: { globalGqlIdentifierName: 'graphql' },
  // Imports with .js extensions, as NodeNext resolution wants.
  emitLegacyCommonJSImports: false,
  generates: {
    'tests/graphql/': {
      documents: ['tests/**/*.ts', '!tests/graphql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        avoidOptionals: false,
      },
    },
    // The console (console/): documents as plain strings, so its bundle carries no GraphQL parser.
    'console/src/gql/': {
      documents: ['console/src/**/*.{ts,tsx}', '!console/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        avoidOptionals: false,
      },
    },
  },
};

export default config;
