"""The SMTP connection `briefing send` goes through (smtplib): opened when first needed,
secured (STARTTLS, or TLS from the start) and logged in, and opened again when it drops.

A message the server defers (a 4xx answer) or whose connection drops is tried again after
a wait that doubles each time; one it refuses (5xx) is not. What no message can get past
(a certificate not trusted, a login refused, a server that cannot be reached) ends the run.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from briefing.errors import BriefingError
from briefing.sending.message import Outgoing
from briefing.sending.settings import Server

TIMEOUT = 60.0  # seconds the server may take over an answer
T = TypeVar("T")


@dataclass(frozen=True)
class Retry:
    tries: int = 4  # of a message, the first included
    wait: float = 5.0  # seconds before the second try, doubled before each next

    def pause(self, tried: int) -> float:
        """The wait after `tried` tries: 5, 10, 20 s."""
        return self.wait * 2.0 ** (tried - 1)


class Refused(Exception):
    """The server's answer to a message it did not take: "550 5.1.1 No such user"."""

    def __init__(self, code: int, text: bytes | str) -> None:
        self.code = code
        self.reply = reply_text(code, text)
        super().__init__(self.reply)

    @property
    def permanent(self) -> bool:
        return self.code >= 500


class ServerError(BriefingError):
    """What ends the run: no message can get past it."""


class Transport:
    """One connection to `server`, used message after message; `sleep` waits between
    tries (tests pass one that does not)."""

    def __init__(
        self,
        server: Server,
        retry: Retry,
        context: ssl.SSLContext | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.server, self.retry, self.sleep = server, retry, sleep
        # The system's trusted certificates (OpenSSL reads SSL_CERT_FILE for others).
        self.context = context or ssl.create_default_context()
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def where(self) -> str:
        return f"{self.server.host}:{self.server.port}"

    def size_limit(self) -> int | None:
        """The largest message the server says it takes (its SIZE), in bytes; None for none."""
        size = self._tried(lambda: self._connection().esmtp_features.get("size", ""))
        return int(size) if size.isdigit() and int(size) > 0 else None

    def send(self, message: Outgoing) -> str:
        """The server's answer once it took `message`: "250 2.0.0 Ok: queued as 4XyZ".
        `Refused` when it refused it, or deferred it at every try."""
        return self._tried(lambda: self._send_once(message))

    def close(self) -> None:
        if self._smtp is None:
            return
        try:
            self._smtp.quit()
        except (smtplib.SMTPException, OSError):
            self._smtp.close()  # it went already: nothing to say goodbye to
        self._smtp = None

    def _tried(self, attempt: Callable[[], T]) -> T:
        """What `attempt` gives, tried again while the server defers it (4xx) or the
        connection drops, `retry.tries` times in all."""
        for tried in range(1, self.retry.tries + 1):
            try:
                return attempt()
            except Refused as refusal:
                if refusal.permanent or tried == self.retry.tries:
                    raise
            except OSError as exc:  # a dropped connection (smtplib's errors are OSErrors)
                self._drop()
                if tried == self.retry.tries:
                    raise ServerError(
                        f"cannot reach {self.where}: {_reason(exc)} ({tried} tries)",
                        hint="run the command again later: it sends only what is left",
                    ) from None
            self.sleep(self.retry.pause(tried))
        raise AssertionError("the last try returns or raises")

    def _send_once(self, message: Outgoing) -> str:
        smtp = self._connection()
        size = [f"SIZE={len(message.data)}"] if smtp.has_extn("size") else []
        self._expect(smtp.mail(message.sender, size), 250)
        self._expect(smtp.rcpt(message.to), 250, 251)
        answer: tuple[int, bytes | str]
        try:
            answer = smtp.data(message.data)
        except smtplib.SMTPDataError as refusal:  # DATA itself refused
            answer = (refusal.smtp_code, refusal.smtp_error)
        self._expect(answer, 250)
        return reply_text(*answer)

    def _expect(self, answer: tuple[int, bytes | str], *codes: int) -> None:
        """Nothing when the server answered one of `codes`; else `Refused`, the
        transaction reset (or the connection dropped, when the server closes it: 421)."""
        code, text = answer
        if code in codes:
            return
        if code == 421 or self._smtp is None:
            self._drop()
        else:
            try:
                self._smtp.rset()
            except OSError:
                self._drop()  # it went while we reset: the next try connects again
        raise Refused(code, text)

    def _connection(self) -> smtplib.SMTP:
        if self._smtp is None:
            self._smtp = self._connect()
        return self._smtp

    def _connect(self) -> smtplib.SMTP:
        """A new connection, secured and logged in; what no retry mends, a `ServerError`."""
        try:
            return self._open()
        except socket.gaierror as exc:
            host = self.server.host
            raise ServerError(f"cannot find the SMTP server {host}: {exc.strerror}") from None
        except ssl.SSLError as exc:
            raise self._tls_error(exc) from None
        except smtplib.SMTPNotSupportedError as exc:  # no STARTTLS, or no AUTH, on offer
            raise ServerError(f"{self.where}: {exc}") from None
        except smtplib.SMTPAuthenticationError as exc:
            raise ServerError(
                f"{self.where} refused the login of {self.server.username}: "
                + reply_text(exc.smtp_code, exc.smtp_error),
                hint="check the user name, and the password in BRIEFING_SMTP_PASSWORD",
            ) from None
        except smtplib.SMTPResponseException as exc:
            if exc.smtp_code < 500:
                raise  # busy (4xx): tried again, like a dropped connection
            answer = reply_text(exc.smtp_code, exc.smtp_error)
            raise ServerError(f"{self.where} answered {answer}") from None

    def _open(self) -> smtplib.SMTP:
        """EHLO, then STARTTLS and the login when the settings ask for them."""
        server = self.server
        smtp: smtplib.SMTP
        if server.security == "tls":
            smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=TIMEOUT, context=self.context)
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT)
        try:
            smtp.ehlo_or_helo_if_needed()
            if server.security == "starttls":
                smtp.starttls(context=self.context)
                smtp.ehlo()
            if server.username:
                smtp.login(server.username, server.password or "")
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _tls_error(self, exc: ssl.SSLError) -> ServerError:
        if isinstance(exc, ssl.SSLCertVerificationError):
            return ServerError(
                f"the certificate of {self.server.host} is not trusted: {exc.verify_message}",
                hint="for a private certificate authority, set SSL_CERT_FILE to its "
                "certificate (PEM)",
            )
        return ServerError(
            f"TLS with {self.where} failed: {exc.reason or exc}",
            hint="security = tls is TLS from the start (usually port 465); starttls "
            "secures a plain connection (usually port 587)",
        )

    def _drop(self) -> None:
        """Forget the connection (closed without a word): the next try opens another."""
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None


def reply_text(code: int, text: bytes | str) -> str:
    """A server's answer on one line: "250 2.0.0 Ok: queued as 4XyZ"."""
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(words.split())}".strip()


def _reason(exc: OSError) -> str:
    """Why a connection failed, in words: "Connection refused"."""
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return str(exc) or "the connection dropped"
    return exc.strerror or str(exc) or type(exc).__name__
