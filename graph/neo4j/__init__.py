"""Neo4j backend: all Cypher lives in this package."""
