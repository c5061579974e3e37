"""Personal copies: a briefing's PDF and EPUB marked for each recipient, the manifest that
lists every output and copy, and `verify`, which checks a file against it.

`recipients` reads who gets a copy, `stamp` marks the rendered outputs (never laying them
out again), `folder` writes the copies and the manifest (`manifest`) into OUT/NAME/, and
`verify` answers `briefing verify` without the renderers.
"""
