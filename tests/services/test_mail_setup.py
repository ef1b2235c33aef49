"""Set up by address and the test message, against real SMTP servers on this computer: each
failure is told in plain words with what to do (wrong name, nothing listening, a server that
hangs up, a refused login, a self-signed certificate or one for another name)."""

from __future__ import annotations

import datetime as dt
import socket
import ssl
import threading
from pathlib import Path

import pytest

from reseller_app.services.dto import SmtpSettings
from reseller_app.services.errors import ValidationError
from reseller_app.services.mail import SendFailed, SmtpTransport
from reseller_app.services.mail_setup import MailTestFailed, describe, explain, propose_for
from reseller_app.services.settings import SettingsService

from ..smtp_server import SmtpServer, free_port

PASSWORD = "correct horse battery staple"
SENDER = "orders@nordlicht.example"

crypto = pytest.importorskip("cryptography")


def make_cert(folder: Path, name: str, *, issuer_key=None, issuer_name=None):
    """A certificate for ``name`` (self-signed unless an issuer is given); returns the
    certificate and key paths, and the key and name to sign others with."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder().subject_name(subject)
               .issuer_name(issuer_name or subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(days=1))
               .not_valid_after(now + dt.timedelta(days=30))
               .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False))
    if issuer_key is None:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=None),
                                        critical=True)
    cert = builder.sign(issuer_key or key, hashes.SHA256())
    cert_path, key_path = folder / f"{name}.crt", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path, key, subject


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    return ctx


def settings(host: str, port: int, security: str = "none", user: str = "",
             sender: str = SENDER) -> SmtpSettings:
    return SmtpSettings(host, port, security, user, sender)


def failure(service: SettingsService, s: SmtpSettings, password: str | None = None,
            **transport) -> MailTestFailed:
    service.save_smtp(s, password)
    with pytest.raises(MailTestFailed) as exc:
        service.send_test_email(transport=SmtpTransport(s, password, timeout=5, **transport)
                                if transport else None)
    return exc.value


class Scripted:
    """A server that greets (unless ``silent``), says yes to everything but the ``replies``
    it is given (``{b"RCPT": b"550 ..."}``) and hangs up in the middle of DATA."""

    def __init__(self, replies: dict[bytes, bytes] | None = None, *,
                 silent: bool = False) -> None:
        self.replies = replies or {}
        self.silent = silent
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        with conn, conn.makefile("rb") as lines:
            if self.silent:  # accepts the connection and never says a word
                self.done.wait(30)
                return
            conn.sendall(b"220 scripted ready\r\n")
            for line in lines:
                verb = line[:4].upper()
                if verb in self.replies:
                    conn.sendall(self.replies[verb] + b"\r\n")
                elif verb in (b"EHLO", b"HELO"):
                    conn.sendall(b"250 scripted\r\n")
                elif verb == b"QUIT":
                    conn.sendall(b"221 bye\r\n")
                    return
                elif verb == b"DATA":
                    conn.sendall(b"354 go ahead\r\n")
                    lines.readline()
                    return  # closes the connection mid-message
                else:
                    conn.sendall(b"250 OK\r\n")

    def close(self) -> None:
        self.done.set()
        self.sock.close()
        self.thread.join(5)


@pytest.fixture
def service(configured) -> SettingsService:
    return SettingsService(configured)


def test_a_server_that_works_takes_the_test_message_to_the_senders_own_address(service):
    srv = SmtpServer(user="orders", password=PASSWORD).start()
    try:
        service.save_smtp(settings(srv.host, srv.port, user="orders"), PASSWORD)
        assert service.send_test_email().startswith("250")
        assert srv.received[0].rcpt_tos == [SENDER]
    finally:
        srv.stop()


def test_a_wrong_password_is_a_refused_login(service):
    srv = SmtpServer(user="orders", password=PASSWORD).start()
    try:
        exc = failure(service, settings(srv.host, srv.port, user="orders"), "wrong")
    finally:
        srv.stop()
    assert exc.kind == "auth"
    assert "refused the login" in str(exc) and "password" in str(exc)
    assert "535" in str(exc)  # the server's own words follow


def test_nothing_listening_names_the_port_and_the_firewall(service):
    port = free_port()
    exc = failure(service, settings("127.0.0.1", port))
    assert exc.kind == "refused"
    assert f"port {port}" in str(exc) and "firewall" in str(exc)


def test_a_name_that_does_not_exist(service):
    exc = failure(service, settings("no-such-server.invalid", 587, "starttls", "u"), "pw")
    assert exc.kind == "dns"
    assert "no-such-server.invalid does not exist" in str(exc)


def test_a_server_that_hangs_up_mid_message(service):
    srv = Scripted()
    try:
        exc = failure(service, settings("127.0.0.1", srv.port))
    finally:
        srv.close()
    assert exc.kind == "closed" and "closed the connection" in str(exc)


def test_a_server_that_never_answers(service):
    srv = Scripted(silent=True)
    try:
        s = settings("127.0.0.1", srv.port)
        service.save_smtp(s)
        with pytest.raises(MailTestFailed) as exc:
            service.send_test_email(transport=SmtpTransport(s, None, timeout=0.5))
    finally:
        srv.close()
    assert exc.value.kind == "timeout"
    assert f"did not answer on port {srv.port}" in str(exc.value)
    assert "firewall" in str(exc.value)


@pytest.mark.parametrize("verb, reply, kind, words", [
    (b"RCPT", b"550 5.1.1 No such user here", "recipient", "refused the recipient address"),
    (b"MAIL", b"553 5.7.1 Sender address rejected: not owned by user", "sender",
     "refused to send from orders@nordlicht.example"),
])
def test_a_refused_recipient_or_sender(service, verb, reply, kind, words):
    srv = Scripted({verb: reply})
    try:
        exc = failure(service, settings("127.0.0.1", srv.port))
    finally:
        srv.close()
    assert exc.kind == kind and words in str(exc)
    assert reply.decode()[:9] in str(exc)  # the server's own words follow


def test_a_self_signed_certificate_is_named(service, tmp_path):
    cert, key, _, _ = make_cert(tmp_path, "localhost")
    srv = SmtpServer(ssl_context=server_context(cert, key)).start()
    try:
        exc = failure(service, settings("localhost", srv.port, "ssl", "orders"), PASSWORD)
    finally:
        srv.stop()
    assert exc.kind == "tls_self_signed" and "self-signed" in str(exc)
    assert srv.received == []


def test_a_certificate_for_another_name_says_so(service, tmp_path):
    _, _, ca_key, ca_name = make_cert(tmp_path, "Test CA")
    ca_cert = tmp_path / "Test CA.crt"
    cert, key, _, _ = make_cert(tmp_path, "mail.other.example", issuer_key=ca_key,
                                issuer_name=ca_name)
    srv = SmtpServer(tls_context=server_context(cert, key), require_starttls=True).start()

    def trusting() -> ssl.SSLContext:  # trusts the test CA, checks the name as usual
        return ssl.create_default_context(cafile=str(ca_cert))

    try:
        exc = failure(service, settings("localhost", srv.port, "starttls", "orders"), PASSWORD,
                      ssl_context=trusting)
    finally:
        srv.stop()
    assert exc.kind == "tls_wrong_name"
    assert "another name than localhost" in str(exc)


def test_a_refused_gmail_login_says_app_password_with_the_help_link():
    s = SmtpSettings("smtp.gmail.com", 465, "ssl", "anna@gmail.com", "anna@gmail.com")
    text = explain(SendFailed("535 5.7.8 Username and Password not accepted", permanent=True,
                              kind="auth"), s)
    assert "Gmail needs an app password" in text
    assert "https://support.google.com/accounts/answer/185833" in text
    assert "535 5.7.8" in text
    outlook = SmtpSettings("smtp-mail.outlook.com", 587, "starttls", "a@outlook.com",
                           "a@outlook.com")
    text = explain(SendFailed("535 5.7.139", permanent=True, kind="auth"), outlook)
    assert "OAuth2" in text and "support.microsoft.com" in text


def test_an_address_proposes_settings_in_words():
    gmail = propose_for("anna@gmail.com")
    assert (gmail.host, gmail.port, gmail.security) == ("smtp.gmail.com", 465, "ssl")
    assert "app password" in describe(gmail) and "https://" in describe(gmail)
    guess = propose_for("anna@nordlicht.example")
    assert guess.guess and "guess" in describe(guess)
    with pytest.raises(ValidationError) as exc:
        propose_for("anna at gmail")
    assert exc.value.field == "from_address"

