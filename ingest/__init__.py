"""From news text to contacts: sources, gazetteer, extraction, worker."""
