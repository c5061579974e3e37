"""Extraction: sentences, numbers and dates, and from them key figures and events."""
