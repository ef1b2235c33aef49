"""Building one e-mail of a packet and handing it to an SMTP server (no database here).

The message is built from the packet's stored files with a fixed Message-ID, date and MIME
boundary, so every attempt (also after a crash) sends byte-identical content. The server's
reply to DATA is returned; failures say in words whether a retry can help.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import smtplib
import ssl
from collections.abc import Callable, Mapping
from email.message import EmailMessage
from email.utils import format_datetime

from reseller_app.services.dto import SmtpSettings

SECURITY = ("none", "starttls", "ssl")
DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}
TIMEOUT_S = 30
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


class SendFailed(Exception):
    """The server did not take the message. ``permanent``: retrying as is will not help.
    ``kind``: one of ``FAILURE_KINDS`` when the raiser knows it (else ``failure_kind`` tells
    it from the smtplib or network error it was raised from)."""

    def __init__(self, reason: str, *, permanent: bool, kind: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.kind = kind


def message_domain(address: str) -> str:
    domain = address.rpartition("@")[2].strip().strip(">")
    return domain or "channel-diligence.invalid"


def new_message_id(packet_id: str, n: int, domain: str) -> str:
    return f"<{packet_id}.{n}@{domain}>"


def one_line(text: str) -> str:
    """A header value on one line: line breaks and other control characters become spaces."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _content_type(name: str) -> tuple[str, str]:
    if name.endswith(".pdf"):
        return "application", "pdf"
    if name.endswith(".json"):
        return "application", "json"
    guessed, _ = mimetypes.guess_type(name)
    if guessed and "/" in guessed:
        main, sub = guessed.split("/", 1)
        return main, sub
    return "application", "octet-stream"


def build_message(*, files: Mapping[str, bytes], subject: str, to: str, from_address: str,
                  message_id: str, date: dt.datetime, body: str, packet_id: str,
                  draft: bool = False) -> EmailMessage:
    """Every file attached under its name in the manifest (a name under a folder, as
    packets built by earlier versions have them, without the folder: mail programs drop it)."""
    msg = EmailMessage()
    # One line each: a line break in a header value (an order reference stored before
    # references refused them) would make the message impossible to build.
    msg["Subject"] = one_line(subject)
    msg["From"] = one_line(from_address)
    msg["To"] = one_line(to)
    msg["Date"] = format_datetime(date.astimezone(dt.UTC))
    msg["Message-ID"] = message_id
    msg["X-Channel-Diligence-Packet"] = packet_id
    if draft:
        msg["X-Unsent"] = "1"  # Outlook and others open an .eml with this as a draft to send
    msg.set_content(body)
    for name, data in files.items():
        main, sub = _content_type(name)
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name.rsplit("/", 1)[-1])
    msg.set_boundary(f"==cd-{packet_id}==")  # fixed: the same message, the same bytes
    return msg


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(words.split())}".strip()


class SmtpTransport:
    """One connection per message: connect, STARTTLS or SSL, log in, MAIL, RCPT, DATA."""

    def __init__(self, settings: SmtpSettings, password: str | None, *,
                 timeout: float = TIMEOUT_S,
                 ssl_context: Callable[[], ssl.SSLContext] | None = None) -> None:
        self.settings = settings
        self._password = password
        self.timeout = timeout
        self._ssl_context = ssl_context or ssl.create_default_context

    def __repr__(self) -> str:  # never the password, even in a traceback's locals
        return f"SmtpTransport({self.settings.host}:{self.settings.port})"

    def send(self, message: EmailMessage) -> str:
        s = self.settings
        where = f"{s.host}:{s.port}"
        try:
            if s.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=self.timeout,
                                                      context=self._ssl_context())
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=self.timeout)
            with smtp:
                smtp.ehlo()
                if s.security == "starttls":
                    if not smtp.has_extn("starttls"):
                        raise SendFailed(f"The server {where} does not offer STARTTLS: choose "
                                         "SSL or ask your provider for the right port.",
                                         permanent=True)
                    smtp.starttls(context=self._ssl_context())
                    smtp.ehlo()
                if s.user:
                    smtp.login(s.user, self._password or "")
                return self._transaction(smtp, message)
        except SendFailed:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise SendFailed(f"The server {where} refused the user name or password: "
                             f"{_reply(exc.smtp_code, exc.smtp_error)}", permanent=True) from None
        except smtplib.SMTPNotSupportedError as exc:
            raise SendFailed(f"The server {where} does not support this: {exc}",
                             permanent=True) from None
        except smtplib.SMTPResponseException as exc:
            reply = _reply(exc.smtp_code, exc.smtp_error)
            raise SendFailed(f"The server {where} answered {reply}",
                             permanent=500 <= exc.smtp_code < 600) from None
        except smtplib.SMTPRecipientsRefused as exc:
            reasons = "; ".join(_reply(c, t) for c, t in exc.recipients.values())
            raise SendFailed(f"The server {where} refused the recipient: {reasons}",
                             permanent=all(c >= 500 for c, _ in exc.recipients.values())) \
                from None
        except smtplib.SMTPServerDisconnected as exc:
            raise SendFailed(f"The server {where} closed the connection ({exc or 'no reason'})",
                             permanent=False) from None
        except ssl.SSLError as exc:
            raise SendFailed(f"The secure connection to {where} failed ({exc.reason or exc}): "
                             "check the security setting (STARTTLS or SSL) and the port.",
                             permanent=True) from None
        except TimeoutError:
            raise SendFailed(f"The server {where} did not answer in time.",
                             permanent=False) from None
        except OSError as exc:
            reason = exc.strerror or str(exc) or type(exc).__name__
            raise SendFailed(f"Cannot reach the mail server {where}: {reason}.",
                             permanent=False) from None

    @staticmethod
    def _transaction(smtp: smtplib.SMTP, message: EmailMessage) -> str:
        sender = str(message["From"])
        recipient = str(message["To"])
        code, text = smtp.mail(sender)
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, text, sender)
        code, text = smtp.rcpt(recipient)
        if code not in (250, 251):
            raise smtplib.SMTPRecipientsRefused({recipient: (code, text)})
        # SMTP lines end in CRLF; smtplib sends bytes as they are.
        raw = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
        code, text = smtp.data(raw)  # raises only if DATA itself is refused
        if code != 250:
            raise smtplib.SMTPDataError(code, text)
        return _reply(code, text)


# What a failed send means for the outbox (services/outbox.py):
# "login"      the server refused the login (or needs one): a settings problem, stop the run;
# "connection" the server cannot be reached or the secure connection fails: stop the run;
# "message"    the server refused this message (a 5xx reply to MAIL, RCPT or DATA): it failed;
# "later"      a passing problem (4xx, the connection dropped): the message is tried again.
FAILURE_KINDS = ("login", "connection", "message", "later")
LOGIN_CODES = frozenset({530, 534, 535, 538})


def failure_kind(exc: SendFailed) -> str:
    """Which of ``FAILURE_KINDS`` a failed send is: the raiser's word, else told from the
    smtplib or network error the ``SendFailed`` was raised from (its cause or context)."""
    if exc.kind in FAILURE_KINDS:
        return exc.kind  # type: ignore[return-value]
    cause = exc.__cause__ or exc.__context__
    if isinstance(cause, smtplib.SMTPAuthenticationError | smtplib.SMTPNotSupportedError):
        return "login"
    if isinstance(cause, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in cause.recipients.values()]
        if any(code in LOGIN_CODES for code in codes):
            return "login"
        return "message" if codes and all(code >= 500 for code in codes) else "later"
    if isinstance(cause, smtplib.SMTPConnectError | smtplib.SMTPHeloError):
        return "connection"
    if isinstance(cause, smtplib.SMTPResponseException):
        if cause.smtp_code in LOGIN_CODES:
            return "login"  # e.g. "530 Authentication required" in reply to MAIL
        if isinstance(cause, smtplib.SMTPSenderRefused | smtplib.SMTPDataError):
            return "message" if cause.smtp_code >= 500 else "later"
        return "connection" if cause.smtp_code >= 500 else "later"  # e.g. STARTTLS refused
    if isinstance(cause, smtplib.SMTPServerDisconnected):
        return "later"
    if isinstance(cause, ssl.SSLError | ssl.CertificateError | TimeoutError | OSError):
        return "connection"
    # Raised without an smtplib error (e.g. no STARTTLS offered): a permanent one is the
    # server's settings, a passing one is tried again.
    return "connection" if exc.permanent else "later"
