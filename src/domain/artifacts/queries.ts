import { defineQuery, type Row } from '../../db/named-query.js';
import type { At, NodeRow } from '../query-types.js';

/** Versioned artifacts and releases: the lock a new version takes, and its content-addressed creation. */
export const artifactQueries = {
  lock: defineQuery<{ id: string; kind: string }, { count: number }>('artifact-lock'),
  versionByDigest: defineQuery<{ parent: string; digest: string }, { v: NodeRow }>('version-by-digest'),
  versionCreate: defineQuery<
    { parent: string; idBase: string; label: string; props: Row; digest: string; at: At; actor: string },
    { v: NodeRow }
  >('version-create'),
};
