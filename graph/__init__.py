"""Domain models, the store protocol and its backends."""
