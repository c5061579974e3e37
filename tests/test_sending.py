"""The parts of `briefing send` one at a time: the [mail] settings, the message composed
from the layout's templates, and the transport's retries (test_send.py runs the command)."""

from __future__ import annotations

import email
import shutil
import socket
from dataclasses import replace
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from briefing.copies.manifest import Masthead
from briefing.copies.recipients import Recipient
from briefing.errors import BriefingError
from briefing.fingerprint import inputs_hash
from briefing.layouts import find_layout, mail_layout
from briefing.options import BuildOptions
from briefing.project import Project, load_project
from briefing.sending.message import MAX_MESSAGE, Attachment, Letterhead, compose
from briefing.sending.settings import KEYS, MailSettings, Server, is_loopback, mailbox, server
from briefing.sending.transport import Refused, Retry, Transport
from tests.conftest import FIRST_REPORT, ROOT

HEAD = Masthead("1 December 2026", "Water <access>", "Board", "Internal")
ANA = Recipient("Ana <b>Pereira</b>", "Justice", "ana@example.org", 1, 2, "ana-b-pereira")


def letterhead(layout: Path | None = None, subject: str | None = None) -> Letterhead:
    found = find_layout(str(layout)) if layout else find_layout("briefing", project=ROOT)
    sender = mailbox("Desk <desk@example.org>")
    assert sender is not None
    return Letterhead(sender, None, subject, mail_layout(found), HEAD, "water")


def parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


# Settings


def test_mail_settings_are_read_and_every_bad_one_reported(tmp_path: Path) -> None:
    (tmp_path / "briefing.toml").write_text(
        '[mail]\nhost = "smtp.example.org"\nport = 2525\nsecurity = "TLS"\nusername = "desk"\n'
        'from = "Desk <desk@example.org>"\nsubject = "Briefing: {title}"\ntries = 2\nwait = 0.5\n'
    )
    assert load_project(tmp_path).mail == MailSettings(
        "smtp.example.org", 2525, "tls", "desk", "Desk <desk@example.org>", None,
        "Briefing: {title}", 2, 0.5,
    )  # fmt: skip
    (tmp_path / "briefing.toml").write_text(
        '[mail]\nport = 0\nsecurity = "ssl"\nfrom = "a@example.org, b@example.org"\n'
        'subject = "{titel}"\ntries = 20\nwait = -1\npassword = "x"\n'
    )
    with pytest.raises(BriefingError) as caught:
        load_project(tmp_path)
    assert [p.key for p in caught.value.problems] == [
        "mail.password", "mail.from", "mail.subject", "mail.security", "mail.tries",
        "mail.port", "mail.wait",
    ]  # fmt: skip
    assert "expected one of the keys from, host, port" in str(caught.value.problems[0])
    assert "no field 'titel' (known: {title}, {date}, {name}" in str(caught.value)


def test_the_readme_example_and_table_are_the_settings(tmp_path: Path) -> None:
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("### Sending", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "briefing.toml").write_text(example, encoding="utf-8")
    mail = load_project(tmp_path).mail
    assert (mail.host, mail.security, mail.username) == (
        "smtp.example.org",
        "starttls",
        "briefings",
    )
    assert server(mail, "pw").port == 587
    table = section.split("| setting | option |", 1)[1].split("\n\n", 1)[0]
    keys = [row.split("`")[1] for row in table.splitlines()[2:]]
    assert keys == list(KEYS)


def test_neither_mail_settings_nor_email_templates_change_a_build(tmp_path: Path) -> None:
    layout = Path(shutil.copytree(ROOT / "layouts" / "briefing", tmp_path / "layout"))
    options = BuildOptions(find_layout(str(layout)), "a4", project=Project())
    built = inputs_hash(FIRST_REPORT, options)
    (layout / "email.txt").write_text("Subject: Hello\n\nHello {{ recipient.name }}\n")
    (layout / "email.html").unlink()
    mail = replace(options, project=Project(mail=MailSettings(host="smtp.example.org")))
    assert inputs_hash(FIRST_REPORT, mail) == built
    (layout / "stamp.css").write_text("p { color: red }\n")
    assert inputs_hash(FIRST_REPORT, mail) != built


def test_no_encryption_is_for_this_machine_alone() -> None:
    assert all(map(is_loopback, ["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"]))
    assert not any(map(is_loopback, ["smtp.example.org", "192.0.2.1", "10.0.0.1"]))
    plain = MailSettings(host="192.0.2.1", security="none")
    with pytest.raises(BriefingError, match=r"unencrypted to 192\.0\.2\.1"):
        server(plain)
    assert server(plain, insecure=True).port == 25
    assert server(MailSettings(host="127.0.0.1", security="none")).port == 25


def test_the_password_is_never_shown() -> None:
    found = server(MailSettings(host="mail.example.org", username="desk"), "hunter2-x")
    assert found == Server("mail.example.org", 587, "starttls", "desk", "hunter2-x")
    assert "hunter2-x" not in repr(found) and "hunter2-x" not in str(found)


# The message


def test_names_are_escaped_in_the_html_part_and_kept_in_the_text() -> None:
    pdf = Attachment("copies/ana-b-pereira.pdf", b"%PDF-1.7 ana")
    message = parsed(compose(letterhead(), ANA, [pdf]).data)
    assert message["To"].addresses[0].display_name == "Ana <b>Pereira</b>"
    assert message["Subject"] == "Water <access>: your copy of 1 December 2026"
    assert "Dear Ana <b>Pereira</b>," in message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Dear Ana &lt;b&gt;Pereira&lt;/b&gt;," in html
    assert "<strong>Water &lt;access&gt;</strong>" in html
    [attached] = message.iter_attachments()
    assert (attached.get_filename(), attached.get_content()) == ("water.pdf", b"%PDF-1.7 ana")


def test_a_subject_from_the_settings_fills_its_fields_and_nothing_else() -> None:
    title = Masthead("1 May 2026", "Costs {name} and {{ 7*7 }}")
    head = letterhead(subject="{title} for {name}, {organisation}; {audience}")
    head = Letterhead(head.sender, None, head.subject, head.layout, title, "water")
    message = parsed(compose(head, ANA, []).data)
    assert message["Subject"] == "Costs {name} and {{ 7*7 }} for Ana <b>Pereira</b>, Justice;"


def test_a_text_only_layout_and_a_template_without_a_subject(tmp_path: Path) -> None:
    layout = tmp_path / "plain"
    shutil.copytree(ROOT / "layouts" / "briefing", layout)
    (layout / "email.html").unlink()
    message = parsed(compose(letterhead(layout), ANA, []).data)
    assert message.get_content_type() == "text/plain"
    (layout / "email.txt").write_text("Hello {{ recipient.name }}\n")
    with pytest.raises(BriefingError, match=r"plain/email.txt: the first line of email.txt"):
        compose(letterhead(layout), ANA, [])


def test_a_message_over_20_mb_or_to_an_address_beyond_ascii_is_refused() -> None:
    big = Attachment("copies/ana.pdf", b"x" * (MAX_MESSAGE * 3 // 4))
    with pytest.raises(BriefingError, match=r"over the 20 MB of what mail servers commonly take"):
        compose(letterhead(), ANA, [big])
    with pytest.raises(BriefingError, match="not an ASCII address"):
        compose(letterhead(), Recipient("Zoë", None, "zoë@example.org", 1, 1, "zoe"), [])


# The transport


class Deferring:
    """Answers 451 to the first `times` messages, then takes them."""

    def __init__(self, times: int, code: int = 451) -> None:
        self.times, self.code, self.taken = times, code, 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.times:
            self.times -= 1
            return f"{self.code} 4.3.0 busy" if self.code < 500 else f"{self.code} 5.7.1 no"
        self.taken += 1
        return "250 OK taken"


def _serve(handler: object) -> tuple[Controller, int]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    return controller, port


def _outgoing() -> Any:
    return compose(letterhead(), ANA, [])


def test_a_deferred_message_waits_twice_as_long_each_time() -> None:
    handler = Deferring(2)
    controller, port = _serve(handler)
    waits: list[float] = []
    try:
        found = Server("127.0.0.1", port, "none")
        with Transport(found, Retry(tries=3, wait=1.5), sleep=waits.append) as transport:
            assert transport.send(_outgoing()) == "250 OK taken"
            assert transport.size_limit() == 33554432  # aiosmtpd's default SIZE
        assert (waits, handler.taken) == ([1.5, 3.0], 1)
        handler.times = 3
        with (
            Transport(found, Retry(tries=3, wait=0), sleep=waits.append) as transport,
            pytest.raises(Refused, match=r"451 4\.3\.0 busy"),
        ):
            transport.send(_outgoing())
    finally:
        controller.stop()


def test_a_permanent_refusal_is_not_tried_again() -> None:
    handler = Deferring(1, code=554)
    controller, port = _serve(handler)
    waits: list[float] = []
    try:
        found = Server("127.0.0.1", port, "none")
        with Transport(found, Retry(tries=3, wait=1), sleep=waits.append) as transport:
            with pytest.raises(Refused) as refused:
                transport.send(_outgoing())
            assert refused.value.permanent and refused.value.reply == "554 5.7.1 no"
            assert transport.send(_outgoing()) == "250 OK taken"  # the connection goes on
        assert waits == []
    finally:
        controller.stop()
