"""Settings: the app's language, the mail server that sends escalation packets and misuse
reports, the signing key, and the sanctions lists' addresses (``ui/lists_settings_box``).

Server, port, security, user and sender address are business settings in the database
(``SettingsService``); the password goes to the operating system's keyring through the same
service and is never shown back. Where there is no keyring, the dialog says so and the
password is asked for when something is sent. "Send test e-mail" runs in the thread pool.
"""

from __future__ import annotations

import html
import re
from itertools import pairwise

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.dto import SmtpSettings, SmtpStatus
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.services.i18n import NATIVE_NAMES, SUPPORTED, resolve
from reseller_app.services.mail_setup import describe, propose_for, provider_table
from reseller_app.services.settings import PasswordNeeded
from reseller_app.ui import language
from reseller_app.ui.backend import Backend
from reseller_app.ui.digest_settings_box import DigestSettingsBox
from reseller_app.ui.field_errors import FieldError, FieldErrors, add_field_row
from reseller_app.ui.lists_settings_box import ListsSettingsBox
from reseller_app.ui.oauth_signin import OAuthSignInBox
from reseller_app.ui.password_dialog import PasswordDialog
from reseller_app.ui.reminders_settings_box import RemindersSettingsBox
from reseller_app.ui.signing_key_box import SigningKeyBox
from reseller_app.ui.tray_settings_box import TraySettingsBox
from reseller_app.ui.typography import heading, note, paragraph
from reseller_app.ui.workers import Job, error_message

DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}
URL = re.compile(r"https://[^\s<>\"]+[^\s<>\".,;)]")


def linked(text: str) -> str:
    """Plain ``text`` as rich text whose web addresses can be clicked."""
    return URL.sub(lambda m: f'<a href="{m[0]}">{m[0]}</a>', html.escape(text, quote=False))


def _show_links(label: QLabel) -> None:
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)


class SettingsDialog(QDialog):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.status: SmtpStatus | None = None
        self._job: Job | None = None
        self._session_password: str | None = None  # typed for a test where nothing is kept
        self.setWindowTitle(self.tr("Settings"))

        self.general_error = FieldError(self)
        self.errors = FieldErrors(self.general_error)
        language_box = self._language_box()
        box = self._mail_box()
        test_box = self._test_box()
        self.signing_key = SigningKeyBox(backend.ctx, self)
        self.lists_box = ListsSettingsBox(backend, self)
        self.reminders_box = RemindersSettingsBox(backend, self)
        self.digest_box = DigestSettingsBox(backend, self)
        self.tray_box = TraySettingsBox(backend, self)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)

        # The settings scroll between the title and the buttons: on a laptop's 768 pixels the
        # dialog is taller than the screen, and squeezed rows would hide their fields.
        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(language_box)
        body.addWidget(box)
        body.addWidget(test_box)
        body.addWidget(self.signing_key)
        body.addWidget(self.lists_box)
        body.addWidget(self.reminders_box)
        body.addWidget(self.digest_box)
        body.addWidget(self.tray_box)
        body.addWidget(self.general_error)
        body.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Settings"), self, scale=1.3))
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(680)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.test_button.clicked.connect(self._test_clicked)
        self._previous_security = "starttls"
        self.load()
        self._proposed = self._proposal_key()  # the loaded settings are kept as they are
        self._guessed_host = ""  # the server a guess filled in, replaced by the next guess
        # Typing proposes once the typing pauses; leaving the field proposes at once.
        self._propose_timer = QTimer(self)
        self._propose_timer.setSingleShot(True)
        self._propose_timer.setInterval(700)
        self._propose_timer.timeout.connect(self.propose)
        self.sender.textEdited.connect(lambda _text: self._propose_timer.start())
        self.sender.editingFinished.connect(self.propose)
        self.provider.currentIndexChanged.connect(self.propose)
        self._add_oauth_box(body, box)
        self._fit_to_screen(content)

    # -- the boxes, top to bottom ----------------------------------------------------------
    def _language_box(self) -> QGroupBox:
        """"Language": the app's language, or the system's."""
        language_box = QGroupBox(self.tr("Language"), self)
        language_form = QFormLayout(language_box)
        self.language = QComboBox(language_box)
        self.language.setAccessibleName(self.tr("Language of the app"))
        system = NATIVE_NAMES[resolve(None, QLocale.system().name())]
        self.language.addItem(self.tr("As the system ({0})").format(system), "")
        for code in SUPPORTED:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(language.preference()), 0))
        self.language_note = note(self.tr(
            "Screens, checklist questions, help and the PDFs you make follow this language; "
            "dates and amounts follow your system's habits for it."), language_box)
        language_label = QLabel(self.tr("&Language:"), language_box)
        language_label.setBuddy(self.language)
        language_form.addRow(language_label, self.language)
        language_form.addRow(self.language_note)
        return language_box

    def _mail_box(self) -> QGroupBox:
        """"E-mail for escalations and misuse reports": the sender address, the provider and
        the server settings, the password and whether to forget it."""
        box = QGroupBox(self.tr("E-mail for escalations and misuse reports"), self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.sender = QLineEdit(box)
        self.sender.setPlaceholderText(self.tr("for example orders@your-company.example"))
        self._build_provider(box)  # first: the tab order follows the form
        self.host = QLineEdit(box)
        self.host.setPlaceholderText(self.tr("for example smtp.example.com"))
        self.port = QSpinBox(box)
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox(box)
        for key, text in (("starttls", self.tr("STARTTLS (usually port 587)")),
                          ("ssl", self.tr("SSL/TLS (usually port 465)")),
                          ("none", self.tr("None (only for a server in your own network)"))):
            self.security.addItem(text, key)
        self.user = QLineEdit(box)
        self.user.setPlaceholderText(self.tr("empty if the server needs no login"))
        self.password = QLineEdit(box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyring_note = note("", box)
        # Two lines always fit: a wrapped label in a form row is otherwise clipped.
        self.keyring_note.setMinimumHeight(self.keyring_note.fontMetrics().lineSpacing() * 2 + 2)
        self.forget = QCheckBox(self.tr("&Forget the stored password"), box)
        rows = (
            ("from_address", self.tr("&E-mail address:"), self.sender, ()),
            ("provider", self.tr("Pro&vider:"), self.provider, (self.provider_note,)),
            ("host", self.tr("Mail &server:"), self.host, ()),
            ("port", self.tr("Po&rt:"), self.port, ()),
            ("security", self.tr("Sec&urity:"), self.security, ()),
            ("user", self.tr("User &name:"), self.user, ()),
            ("password", self.tr("Pass&word:"), self.password, (self.keyring_note,
                                                                self.forget)),
        )
        for field, text, widget, below in rows:
            add_field_row(form, self.errors, field, text, widget, below=below)
        return box

    def _test_box(self) -> QGroupBox:
        """"Test": send a test e-mail now, to an address of the user's choice."""
        test_box = QGroupBox(self.tr("Test"), self)
        test = QVBoxLayout(test_box)
        test.addWidget(note(self.tr(
            "Saves the settings above, then sends a short e-mail now (not through the "
            "outbox)."), test_box))
        self.test_to = QLineEdit(test_box)
        self.test_to.setAccessibleName(self.tr("Send the test e-mail to"))
        self.test_to.setPlaceholderText(self.tr("your own address (the sender if empty)"))
        to_label = QLabel(self.tr("Test &address:"), test_box)
        to_label.setBuddy(self.test_to)
        self.test_button = QPushButton(self.tr("Send &test e-mail"), test_box)
        self.test_button.setAccessibleName(self.tr("Send a test e-mail"))
        row = QHBoxLayout()
        row.addWidget(to_label)
        row.addWidget(self.test_to, 1)
        row.addWidget(self.test_button)
        test.addLayout(row)
        self.test_result = paragraph("", test_box)
        self.test_result.setAccessibleName(self.tr("Result of the test"))
        _show_links(self.test_result)  # a failure names the provider's help page
        test.addWidget(self.test_result)
        self.test_error = FieldError(test_box)
        test.addWidget(self.test_error)
        self.errors.register("to", self.test_error, self.test_to)
        return test_box

    def _fit_to_screen(self, content: QWidget) -> None:
        """As tall as all the settings where the screen has room; the rest scrolls."""
        wanted = content.sizeHint().height() + self.sizeHint().height() - \
            self.scroll.sizeHint().height()
        screen = self.screen().availableGeometry() if self.screen() else None
        height = min(wanted, int(screen.height() * 0.9)) if screen else wanted
        self.resize(max(self.minimumWidth(), content.sizeHint().width() + 40), height)

    def _add_oauth_box(self, layout: QVBoxLayout, below: QWidget) -> None:
        """Sign in with Microsoft or Google (OAuth2) instead of a password: ui/oauth_signin."""
        self.oauth_box = OAuthSignInBox(
            self.backend.ctx, lambda: self.user.text().strip() or self.sender.text().strip(),
            self)
        layout.insertWidget(layout.indexOf(below) + 1, self.oauth_box)
        # Made last, shown between the server settings and the test: Tab follows what is shown.
        chain = (self.forget, self.oauth_box.provider, self.oauth_box.client_id,
                 self.oauth_box.sign_in_button, self.oauth_box.password_button, self.test_to)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    # -- set up by address -------------------------------------------------------------------
    def _build_provider(self, box: QWidget) -> None:
        """The provider choice (for a company's own domain) and the advice for the address."""
        self.provider = QComboBox(box)
        self.provider.addItem(self.tr("As the address says"), "")
        for p in provider_table().choices():
            self.provider.addItem(self.tr("{0} (your own domain)").format(p.name), p.id)
        self.provider_note = QLabel(box)
        self.provider_note.setWordWrap(True)
        _show_links(self.provider_note)
        self.provider_note.setAccessibleName(self.tr("Advice for this provider"))
        self.provider_note.setVisible(False)

    def _proposal_key(self) -> tuple[str, str]:
        address = self.sender.text().strip().lower()
        return address.rpartition("@")[2], str(self.provider.currentData() or "")

    def propose(self) -> None:
        """Fill the server settings in from the address (or the chosen provider) and say what
        the provider needs; a guess for an unknown domain fills only an empty server."""
        self._propose_timer.stop()
        key = self._proposal_key()
        if key == self._proposed or not key[0]:
            return
        try:
            proposal = propose_for(self.sender.text(), key[1] or None)
        except ValidationError:
            return  # not an address yet: the field says so when saved
        self._proposed = key
        host = self.host.text().strip()
        if not proposal.guess or not host or host == self._guessed_host:
            self._guessed_host = proposal.host if proposal.guess else ""
            self.host.setText(proposal.host)
            self.security.blockSignals(True)
            self.security.setCurrentIndex(max(self.security.findData(proposal.security), 0))
            self.security.blockSignals(False)
            self._previous_security = proposal.security
            self.port.setValue(proposal.port)
            self.user.setText(proposal.login)
        self.provider_note.setText(linked(describe(proposal)))
        self.provider_note.setVisible(True)

    # -- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        try:
            self.status = status = self.backend.settings.smtp()
        except ServiceError as exc:
            self.general_error.show_message(error_message(exc))
            return
        s = status.settings
        if s is not None:
            self.host.setText(s.host)
            self.security.blockSignals(True)
            self.security.setCurrentIndex(max(self.security.findData(s.security), 0))
            self.security.blockSignals(False)
            self._previous_security = s.security
            self.port.setValue(int(s.port))
            self.user.setText(s.user)
            self.sender.setText(s.from_address)
        elif (profile := self.backend.profile()) is not None:
            self.sender.setText(profile.approver_email)
        self._show_keyring(status)

    def _show_keyring(self, status: SmtpStatus) -> None:
        self.password.clear()
        if not status.keyring_available:
            self.password.setEnabled(False)
            self.password.setPlaceholderText(self.tr("asked for when sending"))
            self.forget.setVisible(False)
            self.keyring_note.setText(self.tr(
                "This computer has no password store (keyring) the app can use, so the "
                "password cannot be kept: the app asks for it each time it sends."))
            return
        self.password.setEnabled(True)
        self.forget.setVisible(status.password_stored)
        self.forget.setChecked(False)
        if status.password_stored:
            self.password.setPlaceholderText(self.tr("stored; type a new one to replace it"))
            self.keyring_note.setText(self.tr(
                "The password is stored in your system's password store ({0}), never in the "
                "app's database, and never shown.").format(status.keyring_name))
        else:
            self.password.setPlaceholderText(self.tr("if the server needs a login"))
            self.keyring_note.setText(self.tr(
                "The password is stored in your system's password store ({0}), not in the "
                "app's database.").format(status.keyring_name))

    def _language_changed(self, _index: int) -> None:
        """Kept at once (it does not depend on the mail settings); used from the next start."""
        code = str(self.language.currentData() or "")
        language.set_preference(code)
        chosen = resolve(code, QLocale.system().name())
        if chosen == language.current():
            self.language_note.setText(self.tr("This is the language in use."))
        else:
            self.language_note.setText(self.tr(
                "Saved. Close and start Channel Diligence again to use {0}.").format(
                    NATIVE_NAMES[chosen]))

    def _security_changed(self, _index: int) -> None:
        security = str(self.security.currentData())
        if self.port.value() == DEFAULT_PORTS.get(self._previous_security):
            self.port.setValue(DEFAULT_PORTS[security])  # follow the usual port
        self._previous_security = security

    # -- saving ------------------------------------------------------------------------------
    def values(self) -> SmtpSettings:
        return SmtpSettings(self.host.text().strip(), self.port.value(),
                            str(self.security.currentData()), self.user.text().strip(),
                            self.sender.text().strip())

    def save(self) -> SmtpStatus | None:
        """Store the settings (the password into the keyring); errors at their fields."""
        self.errors.clear()
        typed = self.password.text()
        password: str | None = typed if typed else None
        if self.forget.isVisible() and self.forget.isChecked() and not typed:
            password = ""
        try:
            self.status = status = self.backend.settings.save_smtp(self.values(), password)
        except ServiceError as exc:
            self.errors.show_error(exc)
            return None
        self._show_keyring(status)
        return status

    def mail_untouched(self) -> bool:
        """No mail server stored and none typed: Save keeps the other settings alone (the
        lists' addresses can be set before e-mail is)."""
        return self.status is not None and self.status.settings is None \
            and not self.host.text().strip() and not self.password.text()

    def save_and_close(self) -> None:
        if self._job is not None or not self.lists_box.save() \
                or not self.reminders_box.save() or not self.digest_box.save() \
                or not self.tray_box.save():
            return
        if self.mail_untouched() or self.save() is not None:
            self.accept()

    # -- test --------------------------------------------------------------------------------
    def _test_clicked(self) -> None:
        self.send_test()

    def send_test(self, password: str | None = None) -> Job | None:
        if self._job is not None:
            return None
        if self.save() is None:
            return None
        self.test_result.clear()
        to = self.test_to.text().strip() or None
        service = self.backend.settings
        given = password or self._session_password

        def work(_progress: object, _cancelled: object) -> object:
            try:
                return ("sent", service.send_test_email(to, password=given))
            except PasswordNeeded as exc:
                return ("password", str(exc))
            except ValidationError as exc:
                return ("field", exc)

        job = Job(work)
        job.signals.finished.connect(self._tested)
        job.signals.failed.connect(self._test_failed)
        self._job = job
        self.test_button.setEnabled(False)
        self.test_result.setText(linked(self.tr("Sending a test e-mail…")))
        return job.start()

    def _tested(self, result: tuple[str, object]) -> None:
        self._job = None
        self.test_button.setEnabled(True)
        kind, value = result
        if kind == "sent":
            self.test_result.setText(linked(self.tr(
                "The server took the test e-mail. Its answer: {0}").format(value)))
        elif kind == "field":
            assert isinstance(value, ValidationError)
            self.test_result.clear()
            self.errors.show(value.field, value.message)
        else:
            self.test_result.clear()
            s = self.values()
            typed = PasswordDialog.ask(str(value), f"{s.user}@{s.host}", self)
            if typed:
                self._session_password = typed
                self.send_test(typed)

    def _test_failed(self, message: str) -> None:
        self._job = None
        self.test_button.setEnabled(True)
        self.test_result.setText(linked(self.tr("The test e-mail was not sent: {0}").format(
            message)))

    def busy(self) -> bool:
        return self._job is not None or self.oauth_box.busy()

    def reject(self) -> None:
        if self._job is None:
            super().reject()
