// Which of a batch's scores or KPI observations are already recorded, with the digest each was
// recorded with: a resend must repeat it (src/domain/keyed-batches.ts).
MATCH (n:Node)
WHERE n.id IN $ids
RETURN n.id AS id, n.recordDigest AS digest
