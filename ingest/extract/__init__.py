"""Extractors: from a document's text to the leader contacts it asserts."""
