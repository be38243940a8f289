import { graphql } from '../../gql';

export const ProvenanceDocument = graphql(`
  query ConsoleProvenance($outputId: ID!, $asOf: DateTime) {
    provenance(outputId: $outputId, asOf: $asOf) {
      asOf
      truncated
      servedByEnvironment
      output {
        id
        redacted
        createdAt
        outputKind
        summary
        decision
        confidence
        contentDigest
      }
      invocation {
        id
        redacted
        createdAt
        startedAt
        latencyMs
        costUsd
      }
      release {
        id
        redacted
        createdAt
        createdBy
        version
        digest
        notes
        system {
          id
          name
        }
      }
      servedBy {
        alias
        environment
        since
        until
        system
      }
      modelLineage {
        id
        redacted
        version
        modelKind
        provider
        digest
        model {
          id
          name
        }
      }
      trainingRuns {
        run {
          id
          redacted
          startedAt
          endedAt
          status
        }
        datasets {
          id
          redacted
          version
          digest
          classification
          dataset {
            id
            name
          }
        }
        baseModels {
          id
          redacted
          version
        }
      }
      prompts {
        id
        redacted
        version
        promptKind
        message
        digest
        prompt {
          id
          name
        }
      }
      retrievalConfig {
        id
        redacted
        version
        index
        topK
        chunkStrategy
        chunkSize
        chunkOverlap
        embeddingModel
        digest
      }
      approvals {
        id
        redacted
        approver
        decision
        environment
        justification
        createdAt
        retractedAt
      }
      evaluations {
        id
        redacted
        primaryMetric
        score
        threshold
        passed
        createdAt
      }
    }
  }
`);

export const PolicyDocument = graphql(`
  query ConsolePolicy($system: ID!, $asOf: DateTime) {
    policy(system: $system, asOf: $asOf) {
      isDefault
      gatedEnvironments
      requireApproval
      requirePassingEvaluation
      minScore
      blockOnOpenDriftAlert
      version {
        id
        version
        createdAt
        createdBy
        reason
      }
    }
  }
`);

export const AuditDocument = graphql(`
  query ConsoleAudit($output: ID!, $release: ID!, $to: DateTime) {
    verifyAuditTrail {
      ok
      checked
      headSeq
      firstBrokenSeq
      reason
    }
    ofOutput: auditEvents(target: $output, first: 50, to: $to) {
      edges {
        node {
          ...ConsoleAuditEventParts
        }
      }
    }
    ofRelease: auditEvents(target: $release, first: 50, to: $to) {
      edges {
        node {
          ...ConsoleAuditEventParts
        }
      }
    }
  }
  fragment ConsoleAuditEventParts on AuditEvent {
    seq
    action
    actor
    at
    targets
    hash
    requestId
  }
`);
