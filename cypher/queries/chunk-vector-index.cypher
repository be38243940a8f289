// The chunk vector index's dimensions and state, or no row when it does not exist yet.
SHOW VECTOR INDEXES YIELD name, state, options
WHERE name = 'chunk_embedding'
RETURN options.indexConfig['vector.dimensions'] AS dimensions, state
