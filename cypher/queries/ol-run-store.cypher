// Stores what runs' events say (state, times, transitions, facets, the folded view) on the runs this
// request locked (ol-run-lock). It runs before the request queues for the datasets and jobs other
// requests share (ol-shared-merge): it touches nothing shared, so it need not hold them up.
CYPHER replan=skip
UNWIND $batch.runs AS run
MATCH (r:Node {id: run.id})
SET r += run.props
RETURN count(r) AS stored
