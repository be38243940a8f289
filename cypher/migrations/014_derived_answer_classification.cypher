// Stored recommendations and strategy decisions recorded before derived answers were classified
// (src/domain/permissions/derived-answers.ts): a recommendation gets the highest classification of
// the nodes its reasoning run used, a decision its recommendation's, so a reader cleared below it sees
// it redacted. Only nodes without a classification are touched: a re-run changes nothing. The order
// of the levels is CLASSIFICATIONS in src/domain/permissions/principal.ts; an unknown level counts as
// the highest (fails closed), as classificationOf reads it.
MATCH (rec:Recommendation)
WHERE rec.classification IS NULL
OPTIONAL MATCH (rec)-[:WAS_GENERATED_BY]->(:ReasoningRun)-[:USED]->(e:Node)
WITH rec, max(CASE coalesce(e.classification, 'PUBLIC')
                WHEN 'PUBLIC' THEN 0 WHEN 'INTERNAL' THEN 1 WHEN 'CONFIDENTIAL' THEN 2 ELSE 3 END) AS rank
SET rec.classification = ['PUBLIC', 'INTERNAL', 'CONFIDENTIAL', 'RESTRICTED'][coalesce(rank, 0)];
MATCH (d:StrategyDecision)
WHERE d.classification IS NULL
OPTIONAL MATCH (rec:Node {id: d.recommendation})
SET d.classification = coalesce(rec.classification, 'RESTRICTED');
