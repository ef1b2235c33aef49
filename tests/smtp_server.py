"""A real SMTP server on 127.0.0.1 for the tests (aiosmtpd), that keeps what it receives.

``SmtpServer(port)`` does not listen until ``start()``: a test can send while it is "down"
(connection refused), then start it on the same port. With ``user``/``password`` it asks for
a login (allowed without TLS: it is 127.0.0.1). ``refuse[address] = "550 ..."`` refuses a
recipient with that reply.
"""

from __future__ import annotations

import email
import email.policy
import socket
import warnings
from dataclasses import dataclass
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.raw, policy=email.policy.default)  # type: ignore[return-value]

    def attachments(self) -> dict[str, bytes]:
        return {part.get_filename(): part.get_content()
                for part in self.message.iter_attachments()}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        refusal = self.server.refuse.get(address)  # e.g. "550 5.1.1 No such user"
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.server.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                             envelope.original_content or envelope.content))
        if self.server.on_data is not None:
            self.server.on_data()
        return self.server.reply


class SmtpServer:
    def __init__(self, port: int | None = None, *, user: str | None = None,
                 password: str | None = None, **smtp_kwargs) -> None:
        self.port = port or free_port()
        self.host = "127.0.0.1"
        self.received: list[Received] = []
        self.logins: list[tuple[str, str]] = []
        self.reply = "250 OK: queued as 4711"
        self.on_data = None
        self.refuse: dict[str, str] = {}  # recipient -> the reply refusing it
        self.user, self.password = user, password
        self.kwargs = smtp_kwargs
        self.controller: Controller | None = None

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login, pw = auth_data.login.decode(), auth_data.password.decode()
            self.logins.append((login, pw))
            ok = login == self.user and pw == self.password
            return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd replies
        return AuthResult(success=False, handled=False)

    def start(self) -> SmtpServer:
        kwargs = dict(self.kwargs)
        if self.user is not None:
            kwargs.update(authenticator=self._authenticate, auth_required=True,
                          auth_require_tls=False)
        self.controller = Controller(_Handler(self), hostname=self.host, port=self.port,
                                     **kwargs)
        with warnings.catch_warnings():  # login without TLS: deliberate, on 127.0.0.1
            warnings.simplefilter("ignore", UserWarning)
            self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
