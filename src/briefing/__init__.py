"""briefing: turn a report into a briefing (PDF, EPUB 3 and JSON)."""

__version__ = "0.1.0"
