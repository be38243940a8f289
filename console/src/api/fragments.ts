import { graphql } from '../gql';

/**
 * Selections more than one view asks for, written once. Codegen's client preset runs without fragment
 * masking here (codegen.ts), so a query spreading one of these gets its fields in its own result type,
 * and a helper can take the fragment's type (ConsoleAliasMovePartsFragment, …) for rows of any of them.
 * The string documents carry the fragment's text themselves: this file need not be imported to use one.
 */

/** An alias move as the timeline, the lineage slider and the monitoring markers show it. */
export const AliasMoveParts = graphql(`
  fragment ConsoleAliasMoveParts on AliasMove {
    id
    redacted
    seq
    createdAt
    createdBy
    moveKind
    reason
    flaggedForReview
    environment
    from {
      id
      version
    }
    to {
      id
      version
    }
  }
`);

/** A drift alert as the timeline and the monitoring markers show it. */
export const DriftAlertParts = graphql(`
  fragment ConsoleDriftAlertParts on DriftAlert {
    id
    redacted
    createdAt
    reason
    open
    resolvedAt
    release {
      id
      version
    }
  }
`);
