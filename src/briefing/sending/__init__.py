"""Sending: each recipient's personal copy by email (`briefing send OUT/NAME`).

`settings` reads the project's [mail] table, `plan` decides who is written to (and who
cannot be), `message` composes each message from the layout's email templates,
`transport` takes it to the SMTP server (retrying what may pass later), `record` writes
each outcome into the manifest as it comes, and `send` runs them in that order.
"""
