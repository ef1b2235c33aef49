"""Building one e-mail of a packet and handing it to an SMTP server (no database here).

The message is built from the packet's stored files with a fixed Message-ID, date and MIME
boundary, so every attempt (also after a crash) sends byte-identical content. The server's
reply to DATA is returned; failures say in words whether a retry can help.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import smtplib
import socket
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

    ``kind`` says what went wrong, for the plain explanation of a test message
    (``services.mail_setup.explain``): one of ``FAILURE_KINDS``. ``outcome``: what it means
    for the outbox, one of ``OUTCOMES``, when the raiser knows it (else ``failure_outcome``
    tells it)."""

    def __init__(self, reason: str, *, permanent: bool, kind: str = "server",
                 outcome: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.kind = kind
        self.outcome = outcome


FAILURE_KINDS = ("dns", "refused", "timeout", "unreachable", "no_starttls", "tls_self_signed",
                 "tls_wrong_name", "tls_expired", "tls_untrusted", "tls", "auth",
                 "auth_unsupported", "sender", "recipient", "closed", "server")
# OpenSSL's verify codes (X509_V_ERR_*) that have their own advice.
_SELF_SIGNED = frozenset({18, 19})
_WRONG_NAME = frozenset({62, 64})  # host name, IP address
_EXPIRED = 10


def _tls_kind(exc: ssl.SSLError) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        code = exc.verify_code
        if code in _SELF_SIGNED:
            return "tls_self_signed"
        if code in _WRONG_NAME:
            return "tls_wrong_name"
        if code == _EXPIRED:
            return "tls_expired"
        return "tls_untrusted"
    return "tls"


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
                                         permanent=True, kind="no_starttls")
                    smtp.starttls(context=self._ssl_context())
                    smtp.ehlo()
                if s.user:
                    self._login(smtp)
                return self._transaction(smtp, message)
        except SendFailed:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise SendFailed(f"The server {where} refused the user name or password: "
                             f"{_reply(exc.smtp_code, exc.smtp_error)}", permanent=True,
                             kind="auth") from None
        except smtplib.SMTPNotSupportedError as exc:
            raise SendFailed(f"The server {where} does not support this: {exc}",
                             permanent=True, kind="auth_unsupported") from None
        except smtplib.SMTPResponseException as exc:
            reply = _reply(exc.smtp_code, exc.smtp_error)
            kind = "sender" if isinstance(exc, smtplib.SMTPSenderRefused) else "server"
            raise SendFailed(f"The server {where} answered {reply}",
                             permanent=500 <= exc.smtp_code < 600, kind=kind) from None
        except smtplib.SMTPRecipientsRefused as exc:
            reasons = "; ".join(_reply(c, t) for c, t in exc.recipients.values())
            raise SendFailed(f"The server {where} refused the recipient: {reasons}",
                             permanent=all(c >= 500 for c, _ in exc.recipients.values()),
                             kind="recipient") from None
        except smtplib.SMTPServerDisconnected as exc:
            # smtplib words a read that timed out as a closed connection: it is silence.
            kind = "timeout" if str(exc).endswith("timed out") else "closed"
            raise SendFailed(f"The server {where} closed the connection ({exc or 'no reason'})",
                             permanent=False, kind=kind) from None
        except smtplib.SMTPException as exc:  # e.g. no login method both sides know
            raise SendFailed(f"The server {where} and the app do not agree: {exc}",
                             permanent=True, kind="auth_unsupported") from None
        except ssl.SSLError as exc:
            detail = getattr(exc, "verify_message", None) or exc.reason or exc
            raise SendFailed(f"The secure connection to {where} failed ({detail}): "
                             "check the security setting (STARTTLS or SSL) and the port.",
                             permanent=True, kind=_tls_kind(exc)) from None
        except TimeoutError:
            raise SendFailed(f"The server {where} did not answer in time.",
                             permanent=False, kind="timeout") from None
        except socket.gaierror:
            raise SendFailed(f"Cannot reach the mail server {where}: the name {s.host} was "
                             "not found (DNS).",
                             permanent=False, kind="dns") from None
        except ConnectionRefusedError:
            raise SendFailed(f"Cannot reach the mail server {where}: it refused the "
                             "connection.",
                             permanent=False, kind="refused") from None
        except OSError as exc:
            reason = exc.strerror or str(exc) or type(exc).__name__
            raise SendFailed(f"Cannot reach the mail server {where}: {reason}.",
                             permanent=False, kind="unreachable") from None

    def _login(self, smtp: smtplib.SMTP) -> None:
        """By password, or by XOAUTH2 when the credential is an OAuth2 login (services/oauth)."""
        sasl = getattr(self._password, "sasl", None)
        if sasl is None:
            smtp.login(self.settings.user, self._password or "")
            return
        raw = sasl()
        # On a refused token the server sends a 334 challenge with its reason and waits for
        # an empty line, after which it answers 535: hence "" for any challenge.
        smtp.auth("XOAUTH2", lambda challenge=None: raw if challenge is None else "",
                  initial_response_ok=True)  # raises SMTPAuthenticationError when refused

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
OUTCOMES = ("login", "connection", "message", "later")
LOGIN_CODES = frozenset({530, 534, 535, 538})


def failure_outcome(exc: SendFailed) -> str:
    """Which of ``OUTCOMES`` a failed send is: the raiser's word, else told from the smtplib
    or network error the ``SendFailed`` was raised from (its cause or context), else from
    what went wrong (``kind``)."""
    if exc.outcome in OUTCOMES:
        return exc.outcome  # type: ignore[return-value]
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
    if exc.kind in ("auth", "auth_unsupported"):
        return "login"
    if exc.kind in ("sender", "recipient"):
        return "message" if exc.permanent else "later"
    # Raised without an smtplib error (e.g. no STARTTLS offered): a permanent one is the
    # server's settings, a passing one is tried again.
    return "connection" if exc.permanent else "later"
