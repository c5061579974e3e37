"""`briefing send`, run: the plan's messages composed and sent one after another, each
answer recorded in the manifest as it comes; or, on a dry run, each message written to
OUT/NAME/outbox/NAME.eml and nothing sent."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefing.build import report_lock
from briefing.copies.manifest import MANIFEST, Attached, Delivery
from briefing.copies.recipients import Recipient
from briefing.copies.signing import Signer
from briefing.errors import BriefingError, BriefingWarning, Problem
from briefing.layouts import Layout
from briefing.sending.message import (
    Letterhead,
    Outgoing,
    addressee,
    attachment_name,
    compose,
    letterhead,
    too_large,
    written,
)
from briefing.sending.plan import Parcel, Plan, attachments, plan
from briefing.sending.record import Record
from briefing.sending.settings import MailSettings, Server
from briefing.sending.transport import Refused, Retry, ServerError, Transport
from briefing.writing import make_folder, write_atomic

OUTBOX = "outbox"  # OUT/NAME/outbox/: the messages of a dry run

Show = Callable[[str], None]  # what prints a line for each message sent or written


@dataclass(frozen=True)
class Sending:
    """What a run will do, before it does it."""

    plan: Plan
    head: Letterhead


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """The lock of the report whose folder, OUT/NAME, holds a manifest: the lock a build
    takes, so that neither writes the manifest under the other."""
    if not (folder / MANIFEST).is_file():
        raise BriefingError(
            "no manifest in this folder",
            hint="name a report's folder, OUT/NAME, once built with --recipients",
            path=folder,
        )
    with report_lock(folder.parent, folder.name):
        yield


def prepare(
    folder: Path, mail: MailSettings, layout: Layout, kinds: Sequence[str], resend: Sequence[str]
) -> Sending:
    """The run that sends the copies of `kinds` listed in `folder`'s manifest; a warning
    names the recipients who have no address. The first message's text is written here, so
    that a template's error stops the run before anyone is asked or anything is sent."""
    planned = plan(folder, kinds, resend)
    if planned.no_address:
        names = ", ".join(r.name for r in planned.no_address)
        warnings.warn(f"no email address, not sent: {names}", BriefingWarning, stacklevel=2)
    head = letterhead(mail, layout, planned.manifest)
    if planned.parcels:
        first = planned.parcels[0]
        written(head, first.recipient, [attachment_name(head, f.path) for f in first.files])
    return Sending(planned, head)


def summary(sending: Sending, server: Server | None) -> str:
    """What the run will do: "12 messages to 12 people via smtp.example.org as
    briefings@example.org; 2 people have no address"."""
    planned, count = sending.plan, len(sending.plan.parcels)
    via = f" via {server.host}" if server else ""
    to = f"{_count(count, 'message')} to {_count(count, 'person', 'people')}"
    parts = [f"{to}{via} as {sending.head.sender.addr_spec}" if count else "nothing to send"]
    if planned.no_address:
        parts.append(
            f"{_count(len(planned.no_address), 'person', 'people')} "
            f"{'has' if len(planned.no_address) == 1 else 'have'} no address"
        )
    if planned.done:
        parts.append(f"{len(planned.done)} already sent these copies (--resend NAME sends again)")
    if planned.problems:
        parts.append(f"{_count(len(planned.problems), 'copy', 'copies')} changed since the build")
    return "; ".join(parts)


def write_outbox(sending: Sending, show: Show) -> list[Problem]:
    """Each message as OUT/NAME/outbox/NAME.eml, none sent; the problems, one for each
    message that could not be written."""
    outbox = sending.plan.folder / OUTBOX
    make_folder(outbox)
    problems = list(sending.plan.problems)
    for parcel in sending.plan.parcels:
        try:
            message = _compose(sending, parcel)
        except BriefingError as error:
            problems += error.problems
            continue
        path = write_atomic(outbox / f"{parcel.recipient.slug}.eml", message.data)
        show(f"wrote {path} (to {addressee(parcel.recipient)}; not sent)")
    return problems


def send(
    sending: Sending, server: Server, retry: Retry, signer: Signer | None, show: Show
) -> list[Problem]:
    """Send each message through `server`, recording each answer in the manifest (signed
    again with `signer`, when it was signed); the problems, one for each recipient not
    reached."""
    record = Record(sending.plan.folder, sending.plan.manifest, signer)
    problems = list(sending.plan.problems)
    parcels = sending.plan.parcels
    with Transport(server, retry) as transport:
        for index, parcel in enumerate(parcels):
            try:
                delivery = _answer(sending, parcel, transport)
            except ServerError as error:  # nobody else can be reached either
                rest = parcels[index:]
                problems += [_not_sent(p.recipient, error.message, error.hint) for p in rest]
                break
            except BriefingError as error:
                problems += error.problems
                continue
            _record(record, delivery)
            if delivery.outcome == "sent":
                show(f"sent {_files(delivery)} to {addressee(parcel.recipient)} ({delivery.reply})")
            else:
                problems.append(
                    _not_sent(parcel.recipient, f"the server refused it: {delivery.reply}")
                )
    return problems


def _answer(sending: Sending, parcel: Parcel, transport: Transport) -> Delivery:
    """Send the parcel's message: the server's answer as a delivery, sent or refused (5xx);
    an error for a message not sent (too large, deferred at every try)."""
    message = _compose(sending, parcel)
    limit = transport.size_limit()
    if limit is not None and len(message.data) > limit:
        raise too_large(parcel.recipient, len(message.data), limit, f"{transport.where}'s limit")
    try:
        return _delivery(parcel, message, transport.send(message), "sent")
    except Refused as refusal:
        if refusal.permanent:
            return _delivery(parcel, message, refusal.reply, "refused")
        why = f"the server deferred it at every try: {refusal}"
        raise BriefingError.of([_not_sent(parcel.recipient, why, AGAIN)]) from None


def _record(record: Record, delivery: Delivery) -> None:
    """Add `delivery` to the record; when it cannot be written, the run ends there: a
    message sent and not recorded would be sent again."""
    try:
        record.add(delivery)
    except BriefingError as error:
        raise BriefingError(
            f"{error.message}: the message to {delivery.to} was sent, but not recorded; "
            "nothing more is sent",
            error.hint,
            path=error.path,
        ) from None


AGAIN = "run the command again later: it sends only what is left to send"


def _compose(sending: Sending, parcel: Parcel) -> Outgoing:
    return compose(sending.head, parcel.recipient, attachments(sending.plan.folder, parcel))


def _files(delivery: Delivery) -> str:
    return ", ".join(attached.path for attached in delivery.attached)


def _delivery(
    parcel: Parcel, message: Outgoing, reply: str, outcome: Literal["sent", "refused"]
) -> Delivery:
    return Delivery(
        name=parcel.recipient.name,
        to=message.to,
        time=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        message_id=message.message_id,
        reply=reply,
        attached=tuple(Attached(f.path, f.sha256) for f in parcel.files),
        outcome=outcome,
    )


def _not_sent(recipient: Recipient, why: str, hint: str | None = None) -> Problem:
    return Problem(f"not sent to {addressee(recipient)}: {why}", hint=hint)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"
