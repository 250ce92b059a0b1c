// GraphQL Code Generator for the web client: typed operations and Apollo Client's possibleTypes, from the server's
// printed schema (../schema.graphql) and the client's operations (client-operations.graphql).
//
//   npm run codegen --prefix e2e     (or, in e2e/: npx graphql-codegen)
//
// The tests run the same generation in memory and fail while the committed files under generated/ differ from it, and
// compile generated/graphql.ts with typed-usage.ts under `tsc --strict` (tsconfig.json).
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["client-operations.graphql"],
  emitLegacyCommonJSImports: false,
  generates: {
    // Types of every operation, its variables and its fragments, and a TypedDocumentNode per operation, which
    // Apollo Client's query, mutate, subscribe and useQuery read their result and variable types from.
    "generated/graphql.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        // Custom scalars arrive as JSON strings: DateTime is ISO-8601 with an offset ("2026-03-01T09:30:00+00:00"),
        // LocalTime a wall-clock time ("15:00:00"). strictScalars fails generation when the schema gains a scalar
        // not mapped here, rather than typing it `any`.
        strictScalars: true,
        scalars: {
          DateTime: "string",
          LocalTime: "string",
        },
        onlyOperationTypes: true,
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    // Which object types belong to each union and interface: Apollo Client's InMemoryCache needs this to match
    // `...ErrorFields on Error` against the members of an error union (see apollo.mjs).
    "generated/possible-types.js": {
      plugins: ["fragment-matcher"],
      config: { apolloClientVersion: 3, deterministic: true },
    },
  },
};

export default config;
