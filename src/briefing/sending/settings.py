"""The [mail] table of the project settings: the SMTP server `briefing send` goes through,
who the messages are from, and how often a deferred message is tried; checked like every
settings file, and the server they name with the command line's choices over them."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.utils import getaddresses
from typing import Any, Literal, cast

from briefing.copies.recipients import EMAIL
from briefing.errors import BriefingError
from briefing.settings import Checker, child_key

Security = Literal["starttls", "tls", "none"]
SECURITIES: tuple[Security, ...] = ("starttls", "tls", "none")
DEFAULT_PORTS: dict[Security, int] = {"starttls": 587, "tls": 465, "none": 25}
KEYS = ("host", "port", "security", "username", "from", "reply_to", "subject", "tries", "wait")
# What a subject set in [mail] may name in braces: "Briefing: {title}, {date}".
SUBJECT_FIELDS = ("title", "date", "name", "organisation", "audience", "classification")
FIELD = re.compile(r"\{(\w*)\}")
MOST_TRIES, LONGEST_WAIT = 10, 3600.0
PASSWORD_VARIABLE = "BRIEFING_SMTP_PASSWORD"
ATTACHABLE = ("pdf", "epub")  # the copies a message may carry (--attach)


@dataclass(frozen=True)
class MailSettings:
    host: str | None = None  # the SMTP server; `--smtp HOST:PORT` wins
    port: int | None = None  # default: 587 for starttls, 465 for tls, 25 for none
    security: Security | None = None  # default: starttls
    username: str | None = None  # log in as this user (the password: BRIEFING_SMTP_PASSWORD)
    sender: str | None = None  # `from`: "Briefings desk <briefings@example.org>"
    reply_to: str | None = None
    subject: str | None = None  # every message's subject, over the template's; names {fields}
    tries: int = 4  # of a message the server defers (4xx) or whose connection drops
    wait: float = 5.0  # seconds before the second try, doubled before each next


@dataclass(frozen=True)
class Server:
    """Where and how to connect."""

    host: str
    port: int
    security: Security
    username: str | None = None
    password: str | None = field(default=None, repr=False)  # never printed


def check_mail(check: Checker, key: str, value: Any) -> MailSettings:
    """The [mail] table `value` at `key`, each problem recorded in `check`."""
    table = check.mapping(key, value, KEYS)

    def at(name: str) -> str:
        return child_key(key, name)

    texts = {k: check.text(at(k), table.get(k)) for k in ("host", "username", "subject")}
    senders = {k: _mailbox_setting(check, at(k), table.get(k)) for k in ("from", "reply_to")}
    if texts["subject"] and (unknown := _unknown_fields(texts["subject"])):
        known = ", ".join(f"{{{name}}}" for name in SUBJECT_FIELDS)
        check.problem(at("subject"), f"no field {unknown[0]!r} (known: {known})")
    security = check.choice(at("security"), table.get("security"), SECURITIES)
    tries = check.count(at("tries"), table.get("tries"), MOST_TRIES)
    return MailSettings(
        port=check.count(at("port"), table.get("port"), 65535),
        security=cast(Security | None, security),
        sender=senders["from"],
        reply_to=senders["reply_to"],
        tries=tries or MailSettings.tries,
        wait=_wait(check, at("wait"), table.get("wait")),
        **texts,
    )


def _mailbox_setting(check: Checker, key: str, value: Any) -> str | None:
    text = check.text(key, value)
    if text is not None and mailbox(text) is None:
        check.fail(key, 'an address, or a name and address: "Desk <desk@example.org>"', text)
        return None
    return text


def _wait(check: Checker, key: str, value: Any) -> float:
    wait = check.number(key, value)
    if wait is None:
        return MailSettings.wait
    if not 0 <= wait <= LONGEST_WAIT:
        check.fail(key, f"a number of seconds from 0 to {LONGEST_WAIT:g}", value)
        return MailSettings.wait
    return float(wait)


def _unknown_fields(subject: str) -> list[str]:
    return [name for name in FIELD.findall(subject) if name not in SUBJECT_FIELDS]


def mailbox(text: str) -> Address | None:
    """The address in `text` ("Desk <desk@example.org>" or "desk@example.org"); None when
    it holds none, or more than one."""
    found = getaddresses([text])
    if len(found) != 1 or not EMAIL.fullmatch(found[0][1]):
        return None
    try:
        return Address(display_name=found[0][0], addr_spec=found[0][1])
    except (ValueError, IndexError):  # what the email package's parser raises for no address
        return None


def fill_subject(subject: str, fields: dict[str, str | None]) -> str:
    """`subject` with each {field} it names replaced by its value (nothing for none). The
    values are never read for fields themselves: a title holding "{name}" stays as it is."""
    return FIELD.sub(lambda match: fields.get(match[1]) or "", subject)


def server(mail: MailSettings, password: str | None = None, *, insecure: bool = False) -> Server:
    """The server `mail` names; an error when it names none, would send a password without
    one, or would send in the clear beyond this machine (unless `insecure`)."""
    if mail.host is None:
        raise BriefingError(
            "no SMTP server to send through",
            hint="set host in the [mail] table of briefing.toml, or give --smtp HOST:PORT",
        )
    security = mail.security or "starttls"
    if security == "none" and not insecure and not is_loopback(mail.host):
        raise BriefingError(
            f"security = none would send the copies unencrypted to {mail.host}",
            hint="use starttls or tls; --insecure sends in the clear all the same",
        )
    if mail.username and not password:
        raise BriefingError(
            f"no password for {mail.username}: {PASSWORD_VARIABLE} is not set",
            hint=f"the password is read from the environment only: export {PASSWORD_VARIABLE}",
        )
    port = mail.port or DEFAULT_PORTS[security]
    return Server(mail.host, port, security, mail.username, password if mail.username else None)


def is_loopback(host: str) -> bool:
    """Whether `host` is this machine: "localhost", or a loopback address (127.0.0.1, ::1)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
