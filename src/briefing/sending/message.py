"""The message that carries one recipient's copy: its subject and body from the layout's
email.txt (and email.html, when the layout has one), the copies attached, as a MIME
message of Python's `email` package: names in UTF-8, a Message-ID and a Date.

The templates are the only templates: the names, titles and settings they print are
values, never read as a template themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import PurePosixPath

from briefing.copies.manifest import Manifest, Masthead
from briefing.copies.recipients import Recipient
from briefing.errors import BriefingError
from briefing.layouts import MAIL_TEMPLATES, Layout
from briefing.render.html import fill
from briefing.sending.settings import MailSettings, fill_subject, mailbox

MAX_MESSAGE = 20_000_000  # bytes: past what mail servers commonly take, whatever they say
MEDIA_TYPES = {".pdf": ("application", "pdf"), ".epub": ("application", "epub+zip")}
SUBJECT = "subject:"  # how the first line of a rendered email.txt begins


@dataclass(frozen=True)
class Letterhead:
    """What every message of a run shares."""

    sender: Address
    reply_to: Address | None
    subject: str | None  # [mail] subject, over the template's
    layout: Layout  # whose email templates write the messages
    masthead: Masthead
    report: str  # the report's name: attachments are called NAME.pdf and NAME.epub


@dataclass(frozen=True)
class Attachment:
    path: str  # the copy, relative to the manifest's folder: "copies/ana-pereira.pdf"
    data: bytes


@dataclass(frozen=True)
class Outgoing:
    """A message ready for the wire."""

    sender: str  # the envelope's: MAIL FROM
    to: str  # RCPT TO
    message_id: str  # "<…@example.org>"
    data: bytes  # the message, CRLF line ends


def letterhead(mail: MailSettings, layout: Layout, manifest: Manifest) -> Letterhead:
    """What the messages of the copies `manifest` lists share; an error when the settings
    name no sender or the manifest no title."""
    sender = mailbox(mail.sender) if mail.sender else None
    if sender is None:
        raise BriefingError(
            "no sender address" + (f": {mail.sender!r} is not one" if mail.sender else ""),
            hint='set from = "Desk <desk@example.org>" in [mail] of briefing.toml, or --from',
        )
    head = manifest.masthead
    if head is None or head.title is None:
        raise BriefingError(
            "the manifest does not record the briefing's title (an older version wrote it)",
            hint="build the report again with --recipients",
        )
    reply_to = mailbox(mail.reply_to) if mail.reply_to else None
    return Letterhead(sender, reply_to, mail.subject, layout, head, manifest.report)


def compose(head: Letterhead, recipient: Recipient, files: Sequence[Attachment]) -> Outgoing:
    """The message to `recipient` with `files` attached; an error when it would be over
    MAX_MESSAGE, or the address is one the email package cannot write."""
    to = _address(recipient)
    names = [attachment_name(head, file.path) for file in files]
    subject, text, html = written(head, recipient, names)
    message = EmailMessage()
    message["From"] = head.sender
    message["To"] = to
    if head.reply_to is not None:
        message["Reply-To"] = head.reply_to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=head.sender.domain)
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for file, name in zip(files, names, strict=True):
        maintype, subtype = MEDIA_TYPES[PurePosixPath(file.path).suffix]
        message.add_attachment(file.data, maintype=maintype, subtype=subtype, filename=name)
    data = message.as_bytes(policy=policy.SMTP)
    if len(data) > MAX_MESSAGE:
        raise too_large(recipient, len(data), MAX_MESSAGE, "what mail servers commonly take")
    return Outgoing(head.sender.addr_spec, to.addr_spec, message["Message-ID"], data)


def addressee(recipient: Recipient) -> str:
    """ "Ana Pereira <ana.pereira@example.org>"."""
    return f"{recipient.name} <{recipient.email}>"


def too_large(recipient: Recipient, size: int, limit: int, whose: str) -> BriefingError:
    return BriefingError(
        f"not sent to {addressee(recipient)}: the message is {size / 1e6:.1f} MB, over the "
        f"{limit / 1e6:g} MB of {whose}",
        hint="attach the PDF alone (--attach pdf), or send the copies another way",
    )


def _address(recipient: Recipient) -> Address:
    email = recipient.email or ""
    if not email.isascii():
        # The email package writes no address with letters beyond ASCII (RFC 6532).
        raise BriefingError(f"not sent to {addressee(recipient)}: not an ASCII address")
    return Address(display_name=recipient.name, addr_spec=email)


def attachment_name(head: Letterhead, path: str) -> str:
    """The copy at `path` as a recipient sees it attached: the briefing's name,
    "report.pdf", whoever's copy it is."""
    return head.report + PurePosixPath(path).suffix


def written(
    head: Letterhead, recipient: Recipient, names: list[str]
) -> tuple[str, str, str | None]:
    """The subject, the plain text and, when the layout has email.html, the HTML of the
    message to `recipient` that carries the files `names`."""
    context = {"recipient": recipient, "briefing": head.masthead, "attachments": names}
    text_template, html_template = MAIL_TEMPLATES
    subject, text = _subject_and_body(fill(head.layout, text_template, **context), head.layout)
    if head.subject is not None:
        subject = " ".join(fill_subject(head.subject, _fields(head, recipient)).split())
    html = None
    if (head.layout.folder / html_template).is_file():
        html = fill(head.layout, html_template, **context)
    return subject, text, html


def _subject_and_body(text: str, layout: Layout) -> tuple[str, str]:
    """A rendered email.txt's first line, "Subject: …", and the body after it."""
    first, _, body = text.lstrip("\n").partition("\n")
    if not first.lower().startswith(SUBJECT):
        raise BriefingError(
            'the first line of email.txt is not the subject ("Subject: …")',
            path=layout.folder / MAIL_TEMPLATES[0],
        )
    # One line, whatever a title holds: a line break in a header would end it.
    return " ".join(first[len(SUBJECT) :].split()), body.lstrip("\n")


def _fields(head: Letterhead, recipient: Recipient) -> dict[str, str | None]:
    """What a subject set in [mail] may name in braces."""
    masthead = head.masthead
    return {
        "title": masthead.title,
        "date": masthead.date_text,
        "name": recipient.name,
        "organisation": recipient.organisation,
        "audience": masthead.audience,
        "classification": masthead.classification,
    }
