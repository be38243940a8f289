// Full-text search over names and descriptions of named things (datasets, prompts, models, systems, use cases, agents).
CALL db.index.fulltext.queryNodes('node_text', $text, {limit: $limit})
YIELD node, score
RETURN node AS n, score
