"""Renderers: the briefing as HTML (Jinja2), PDF (WeasyPrint), EPUB (ebooklib) and JSON."""
