"""fa (to be written)."""

from ingest.extract.lexicon import Lexicon

LEXICON = Lexicon(lang="fa")
