"""`briefing send` against a real SMTP server (aiosmtpd) on 127.0.0.1, started by the tests:
each message read back as the recipient gets it, the manifest's record read back as
`briefing verify` and a rerun read it."""

from __future__ import annotations

import email
import hashlib
import json
import os
import pty
import shutil
import socket
import ssl
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

from tests.conftest import FIRST_REPORT, run

PEOPLE = "".join(
    line + "\n"
    for line in (
        "name,organisation,email",
        "Ana Pereira,Ministry of Justice,ana.pereira@example.org",
        "José Álvarez-Ñúñez,Cour des comptes,jose@example.org",
        "Kit O'Brien,,",  # no address: skipped with a warning
        "Дмитрий Иванов,,dmitri@example.org",
        "Bea Moreau,Audit,bea@example.org",
    )
)
ADDRESSES = ["ana.pereira@example.org", "jose@example.org", "dmitri@example.org", "bea@example.org"]
PASSWORD = "s3cret-Pa55"
FAST = "tries = 2\nwait = 0.01\n"  # seconds: tests do not wait for real back-off


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose report was built with copies for five people, one without an
    address, through the command, its manifest signed."""
    folder = tmp_path_factory.mktemp("send")
    (folder / "sources").mkdir()
    shutil.copy(FIRST_REPORT, folder / "sources" / "r.txt")
    (folder / "people.csv").write_text(PEOPLE, encoding="utf-8")
    (folder / "keys").mkdir()
    assert run("keys", "new", "keys/office", cwd=folder).returncode == 0
    (folder / "briefing.toml").write_text('signing_key = "keys/office.key"\n')
    result = run("build", "sources/r.txt", "--recipients", "people.csv", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder


@pytest.fixture
def project(built: Path, tmp_path: Path) -> Path:
    """A copy of the built project, for one test to send from."""
    return Path(shutil.copytree(built, tmp_path / "project"))


@dataclass
class Inbox:
    """An aiosmtpd handler that keeps what it receives, and misbehaves on request."""

    messages: list[EmailMessage] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)  # RCPT answered 550
    defer_once: set[str] = field(default_factory=set)  # RCPT answered 451, the first time
    drop_after: int | None = None  # messages taken before every connection is dropped
    deferred: list[str] = field(default_factory=list)

    async def handle_MAIL(
        self, server: Any, session: Session, envelope: Envelope, address: str, options: list
    ) -> str:
        if self.drop_after is not None and len(self.messages) >= self.drop_after:
            server.transport.close()
            return "421 4.3.2 going away"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Session, envelope: Envelope, address: str, options: list
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 no such user here"
        if address in self.defer_once:
            self.defer_once.discard(address)
            self.deferred.append(address)
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        assert envelope.rcpt_tos == [message["To"].addresses[0].addr_spec]
        self.messages.append(message)
        return f"250 2.0.0 Ok: queued as Q{len(self.messages)}"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"].addresses[0].addr_spec == address]


@dataclass
class Server:
    inbox: Inbox
    port: int


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def serve() -> Iterator[Any]:
    """Start an SMTP server on 127.0.0.1 with these aiosmtpd options; stopped after the test."""
    controllers = []

    def start(**options: Any) -> Server:
        inbox, port = Inbox(), _free_port()
        controller = Controller(inbox, hostname="127.0.0.1", port=port, **options)
        controller.start()
        controllers.append(controller)
        return Server(inbox, port)

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def _tls(ca: trustme.CA) -> ssl.SSLContext:
    """The server's side: a certificate for 127.0.0.1 that the test's CA issued."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


def settings(project: Path, server: Server, security: str = "none", extra: str = "") -> None:
    (project / "briefing.toml").write_text(
        'signing_key = "keys/office.key"\n\n[mail]\n'
        f'host = "127.0.0.1"\nport = {server.port}\nsecurity = "{security}"\n'
        'from = "Briefings desk <briefings@example.org>"\n'
        'reply_to = "desk@example.org"\n' + FAST + extra,
        encoding="utf-8",
    )


def send(
    project: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`briefing send out/r ARGS` as a user runs it, with no terminal (stdin empty)."""
    clean = {k: v for k, v in os.environ.items() if k not in ("BRIEFING_SMTP_PASSWORD",)}
    return subprocess.run(
        [sys.executable, "-m", "briefing", "send", "out/r", *args],
        cwd=project,
        env=clean | (env or {}),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def manifest(project: Path) -> dict[str, Any]:
    return json.loads((project / "out" / "r" / "manifest.json").read_text(encoding="utf-8"))


def copy_entry(project: Path, address: str, kind: str = "pdf") -> dict[str, Any]:
    return next(
        entry
        for entry in manifest(project)["files"]
        if entry["recipient"]
        and entry["recipient"]["email"] == address
        and entry["path"].endswith(f".{kind}")
    )


def check_received(project: Path, message: EmailMessage, kinds: tuple[str, ...] = ("pdf",)) -> None:
    """The message is the one for the person it is addressed to: their name, their own
    copies (SHA-256 as the manifest lists them), the subject and body of the templates."""
    to = message["To"].addresses[0]
    entry = copy_entry(project, to.addr_spec)
    name, data = entry["recipient"]["name"], manifest(project)
    assert to.display_name == name
    assert message["From"].addresses[0].addr_spec == "briefings@example.org"
    assert message["Reply-To"] == "desk@example.org"
    assert (
        message["Subject"] == f"Human trafficking in Luxembourg: your copy of {data['date_text']}"
    )
    assert message["Message-ID"].endswith("@example.org>") and message["Date"]
    text = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert text.startswith(f"Dear {name},\n")
    assert f"copy {entry['recipient']['copy']} of 5" in text
    html = message.get_body(("html",)).get_content()
    assert f"Dear {name.replace(chr(39), '&#39;')}," in html
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == [f"r.{kind}" for kind in kinds]
    for attachment, kind in zip(attachments, kinds, strict=True):
        content = attachment.get_content()
        assert (
            hashlib.sha256(content).hexdigest() == copy_entry(project, to.addr_spec, kind)["sha256"]
        )
    assert attachments[0].get_content_type() == "application/pdf"


def deliveries(project: Path) -> list[dict[str, Any]]:
    return manifest(project)["deliveries"]


# Sending


def test_each_person_gets_their_own_copy_and_a_rerun_sends_nothing(
    project: Path, serve: Any
) -> None:
    server = serve()
    settings(project, server)
    result = send(project, "--yes")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "4 messages to 4 people via 127.0.0.1 as briefings@example.org; 1 person has no address"
    )
    assert "warning: no email address, not sent: Kit O'Brien" in result.stderr
    assert sorted(m["To"].addresses[0].addr_spec for m in server.inbox.messages) == sorted(
        ADDRESSES
    )
    for message in server.inbox.messages:
        check_received(project, message)
    # The record: one delivery each, with the server's answer and what was attached.
    record = {d["to"]: d for d in deliveries(project)}
    assert set(record) == set(ADDRESSES)
    for message in server.inbox.messages:
        sent = record[message["To"].addresses[0].addr_spec]
        assert sent["outcome"] == "sent" and sent["reply"].startswith("250 2.0.0 Ok: queued as Q")
        assert sent["message_id"] == message["Message-ID"]
        assert sent["attached"] == [
            {
                "path": copy_entry(project, sent["to"])["path"],
                "sha256": copy_entry(project, sent["to"])["sha256"],
            }
        ]
    # Signed again, and `verify` says when and to whom.
    ana = project / "out" / "r" / copy_entry(project, "ana.pereira@example.org")["path"]
    verified = run("verify", "--key", "keys/office.pub", str(ana), cwd=project)
    assert verified.returncode == 0, verified.stderr
    assert f"; sent {record['ana.pereira@example.org']['time']} to Ana Pereira" in verified.stdout
    kit = project / "out" / "r" / "copies" / "kit-o-brien.pdf"
    assert "; not sent by email" in run("verify", str(kit), cwd=project).stdout

    again = send(project, "--yes")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("nothing to send; 1 person has no address")
    assert "4 already sent these copies" in again.stdout
    assert len(server.inbox.messages) == 4


def test_a_rebuild_keeps_the_record_and_sends_no_copy_twice(project: Path, serve: Any) -> None:
    server = serve()
    settings(project, server)
    assert send(project, "--yes", "--resend", "ana-pereira").returncode == 0
    rebuilt = run("build", "sources/r.txt", "--recipients", "people.csv", cwd=project)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert len(deliveries(project)) == 4  # the same copies, byte for byte: still sent
    assert send(project, "--yes").stdout.startswith("nothing to send")
    resent = send(project, "--yes", "--resend", "ana pereira", "--attach", "pdf,epub")
    assert resent.returncode == 0, resent.stderr
    assert resent.stdout.startswith("4 messages")  # the EPUB was never sent: all four get it
    ana = server.inbox.to("ana.pereira@example.org")
    assert len(ana) == 2
    check_received(project, ana[1], ("pdf", "epub"))


def test_starttls_with_a_login(project: Path, serve: Any, ca: trustme.CA, tmp_path: Path) -> None:
    def authenticate(
        server: Any, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        good = isinstance(data, LoginPassword) and (data.login, data.password) == (
            b"desk",
            PASSWORD.encode(),
        )
        return AuthResult(success=good, handled=False)

    server = serve(
        tls_context=_tls(ca), require_starttls=True, auth_required=True, authenticator=authenticate
    )
    settings(project, server, "starttls", 'username = "desk"\n')
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    trusted = {"SSL_CERT_FILE": str(tmp_path / "ca.pem")}

    missing = send(project, "--yes", env=trusted)
    assert missing.returncode == 1
    assert "error: no password for desk: BRIEFING_SMTP_PASSWORD is not set" in missing.stderr

    wrong = send(project, "--yes", env=trusted | {"BRIEFING_SMTP_PASSWORD": "nope-" + PASSWORD})
    assert wrong.returncode == 1
    assert "refused the login of desk: 535" in wrong.stderr
    assert PASSWORD not in wrong.stdout + wrong.stderr
    assert wrong.stderr.count("error: not sent to") == 4 and not server.inbox.messages

    untrusted = send(project, "--yes", env={"BRIEFING_SMTP_PASSWORD": PASSWORD})
    assert untrusted.returncode == 1
    assert "the certificate of 127.0.0.1 is not trusted" in untrusted.stderr

    result = send(project, "--yes", env=trusted | {"BRIEFING_SMTP_PASSWORD": PASSWORD})
    assert result.returncode == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr
    assert len(server.inbox.messages) == 4
    for message in server.inbox.messages:
        check_received(project, message)


def test_tls_from_the_start(project: Path, serve: Any, ca: trustme.CA, tmp_path: Path) -> None:
    server = serve(ssl_context=_tls(ca))
    settings(project, server, "tls")
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    result = send(project, "--yes", env={"SSL_CERT_FILE": str(tmp_path / "ca.pem")})
    assert result.returncode == 0, result.stderr
    assert len(server.inbox.messages) == 4


def test_a_dropped_connection_stops_the_run_and_a_rerun_finishes_it(
    project: Path, serve: Any
) -> None:
    server = serve()
    server.inbox.drop_after = 2
    settings(project, server)
    first = send(project, "--yes")
    assert first.returncode == 1
    errors = [line for line in first.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2  # one line for each person not reached
    assert all("cannot reach 127.0.0.1" in line and "(2 tries)" in line for line in errors)
    assert "hint: run the command again later" in first.stderr
    assert len(server.inbox.messages) == 2
    assert len(deliveries(project)) == 2

    server.inbox.drop_after = None
    second = send(project, "--yes")
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("2 messages to 2 people")
    assert sorted(m["To"].addresses[0].addr_spec for m in server.inbox.messages) == sorted(
        ADDRESSES
    )
    assert len(deliveries(project)) == 4


def test_a_deferred_message_is_tried_again(project: Path, serve: Any) -> None:
    server = serve()
    server.inbox.defer_once = {"jose@example.org"}
    settings(project, server)
    result = send(project, "--yes")
    assert result.returncode == 0, result.stderr
    assert server.inbox.deferred == ["jose@example.org"]
    assert len(server.inbox.to("jose@example.org")) == 1
    assert len(server.inbox.messages) == 4


def test_a_refused_address_is_recorded_and_the_others_are_sent(project: Path, serve: Any) -> None:
    server = serve()
    server.inbox.refuse = {"dmitri@example.org"}
    settings(project, server)
    result = send(project, "--yes")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        "error: not sent to Дмитрий Иванов <dmitri@example.org>: the server refused it: "
        "550 5.1.1 no such user here"
    ]
    assert len(server.inbox.messages) == 3
    refused = [d for d in deliveries(project) if d["outcome"] == "refused"]
    assert [(d["to"], d["reply"]) for d in refused] == [
        ("dmitri@example.org", "550 5.1.1 no such user here")
    ]
    copy = project / "out" / "r" / copy_entry(project, "dmitri@example.org")["path"]
    assert "; refused by the mail server" in run("verify", str(copy), cwd=project).stdout
    # Not sent, so a rerun tries again.
    server.inbox.refuse = set()
    assert send(project, "--yes").stdout.startswith("1 message to 1 person")


# Safety


def test_a_dry_run_writes_the_messages_and_sends_nothing(project: Path, serve: Any) -> None:
    server = serve()
    settings(project, server)
    result = send(project, "--dry-run")  # no terminal, no --yes: nothing is sent anyway
    assert result.returncode == 0, result.stderr
    outbox = project / "out" / "r" / "outbox"
    assert sorted(p.name for p in outbox.iterdir()) == [
        "ana-pereira.eml",
        "bea-moreau.eml",
        "jose-alvarez-nunez.eml",
        "дмитрий-иванов.eml",
    ]
    for path in outbox.iterdir():
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert isinstance(message, EmailMessage)
        check_received(project, message)
    assert not server.inbox.messages and deliveries(project) == []


def test_without_a_terminal_it_asks_for_yes(project: Path, serve: Any) -> None:
    server = serve()
    settings(project, server)
    result = send(project)
    assert result.returncode == 2
    assert "error: not sending without a yes, and no terminal to ask on" in result.stderr
    assert not server.inbox.messages


def test_on_a_terminal_it_asks_first(project: Path, serve: Any) -> None:
    server = serve()
    settings(project, server)
    for answer, status, count in (("n\n", 1, 0), ("y\n", 0, 4)):
        primary, secondary = pty.openpty()
        os.write(primary, answer.encode())
        result = subprocess.run(
            [sys.executable, "-m", "briefing", "send", "out/r"],
            cwd=project,
            stdin=secondary,
            capture_output=True,
            text=True,
            timeout=120,
        )
        os.close(primary)
        os.close(secondary)
        assert result.returncode == status, result.stderr
        assert "4 messages to 4 people via 127.0.0.1" in result.stdout
        assert "Send them? [y/N]" in result.stdout
        assert len(server.inbox.messages) == count


def test_no_encryption_only_with_this_machine(project: Path) -> None:
    (project / "briefing.toml").write_text(
        '[mail]\nhost = "192.0.2.1"\nsecurity = "none"\nfrom = "desk@example.org"\n'
    )
    result = send(project, "--yes")
    assert result.returncode == 1
    assert "error: security = none would send the copies unencrypted to 192.0.2.1" in result.stderr
    assert "--insecure" in result.stderr


def test_a_copy_changed_since_the_build_is_never_sent(project: Path, serve: Any) -> None:
    server = serve()
    settings(project, server)
    copy = project / "out" / "r" / copy_entry(project, "bea@example.org")["path"]
    copy.write_bytes(copy.read_bytes() + b"%changed\n")
    result = send(project, "--yes")
    assert result.returncode == 1
    assert (
        "error: out/r/copies/bea-moreau.pdf: not sent to Bea Moreau: the copy no longer matches "
        "the manifest's SHA-256" in result.stderr
    )
    assert "1 copy changed since the build" in result.stdout
    assert len(server.inbox.messages) == 3 and not server.inbox.to("bea@example.org")


def test_a_message_over_the_servers_size_is_refused_before_sending(
    project: Path, serve: Any
) -> None:
    server = serve(data_size_limit=50_000)
    settings(project, server)
    result = send(project, "--yes")
    assert result.returncode == 1
    assert result.stderr.count("error: not sent to") == 4
    assert "MB, over the 0.05 MB of 127.0.0.1:" in result.stderr
    assert not server.inbox.messages


def test_a_signed_manifest_is_not_changed_without_its_key(project: Path, serve: Any) -> None:
    server = serve()
    settings(project, server)
    text = (project / "briefing.toml").read_text().replace('signing_key = "keys/office.key"\n', "")
    (project / "briefing.toml").write_text(text)
    result = send(project, "--yes")
    assert result.returncode == 1
    assert "the manifest is signed, and recording what is sent changes it" in result.stderr
    assert not server.inbox.messages


def test_a_folder_without_a_manifest_or_a_server_that_is_no_address(tmp_path: Path) -> None:
    missing = run("send", "out/nothing", "--yes", cwd=tmp_path)
    assert missing.returncode == 1
    assert "error: out/nothing: no manifest in this folder" in missing.stderr
    assert list(tmp_path.iterdir()) == []  # not even a lock file
    wrong = run("send", "out/nothing", "--smtp", "a:b:c", cwd=tmp_path)
    assert wrong.returncode == 2
    assert "not HOST:PORT, nor [IPv6]:PORT" in wrong.stderr
