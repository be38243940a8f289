// Score configs and KPI definitions by id, with what validating a value against them needs.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE n.kind IN ['ScoreConfig', 'Kpi']
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.dataType AS dataType, n.min AS min, n.max AS max,
       n.categories AS categories, n.unit AS unit, n.direction AS direction, n.description AS description
