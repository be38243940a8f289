import { graphql } from '../../gql';

export const LineageDocument = graphql(`
  query ConsoleLineage($id: ID!, $direction: LineageDirection!, $depth: Int, $asOf: DateTime, $maxNodes: Int) {
    lineage(id: $id, direction: $direction, depth: $depth, asOf: $asOf, maxNodes: $maxNodes) {
      root
      asOf
      depth
      truncated
      nodes {
        id
        type
        label
        redacted
        createdAt
        retractedAt
      }
      edges {
        from
        to
        type
        role
      }
    }
  }
`);

export const ColumnsDocument = graphql(`
  query ConsoleDatasetColumns($id: ID!) {
    node(id: $id) {
      id
      ... on LineageDatasetVersion {
        redacted
        namespace
        name
        schemaFields
      }
    }
  }
`);

export const ColumnLineageDocument = graphql(`
  query ConsoleColumnLineage($datasetVersion: ID!, $column: String!, $asOf: DateTime) {
    columnLineage(datasetVersion: $datasetVersion, column: $column, asOf: $asOf, direction: UPSTREAM) {
      root
      truncated
      withheld
      columns {
        id
        name
        dataset
        namespace
        datasetVersion
      }
      edges {
        from
        to
        type
        subtype
        masking
      }
    }
  }
`);

/** The systems of the releases in a lineage answer, for the alias moves and drift alerts the time slider snaps to. */
export const ReleaseSystemsDocument = graphql(`
  query ConsoleReleaseSystems($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Release {
        system {
          id
        }
      }
    }
  }
`);

export const ReleaseMovesDocument = graphql(`
  query ConsoleReleaseMoves($system: ID!) {
    aliases(system: $system, first: 5) {
      edges {
        node {
          environment
          history(first: 40) {
            edges {
              node {
                ...ConsoleAliasMoveParts
              }
            }
          }
        }
      }
    }
    driftAlerts(system: $system, first: 40) {
      edges {
        node {
          id
          redacted
          createdAt
          resolvedAt
          release {
            id
            version
          }
        }
      }
    }
  }
`);
