// API keys are credentials, not domain nodes: no :Node label, so they never show in lineage or search.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
