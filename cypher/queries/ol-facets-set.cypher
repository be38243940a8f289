// Stores the merged facets of jobs or datasets (and the fields read from them) on the nodes locked before.
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (n:Node {id: row.id})
SET n += row.props
RETURN count(n) AS updated
