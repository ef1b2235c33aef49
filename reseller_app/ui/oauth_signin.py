"""The Settings window's "Sign in with Microsoft / Google" part (OAuth2, XOAUTH2).

The sign-in opens the system browser and waits for it, so it runs in the thread pool; the
result is shown in words below the button. Tokens go to the keyring through
``services/oauth.py``; this box never sees them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from reseller_app.services.errors import ServiceError
from reseller_app.services.oauth import OAuthService
from reseller_app.ui.typography import note, paragraph
from reseller_app.ui.workers import Job, error_message


class OAuthSignInBox(QGroupBox):
    """``address``: the login address typed above (the user name, else the sender)."""

    def __init__(self, ctx: Any, address: Callable[[], str], parent: QWidget | None = None,
                 *, service: Any = None) -> None:
        super().__init__(self.tr("Sign in with Microsoft or Google (OAuth2)"), parent)
        self.ctx = ctx
        self.address = address
        self._service = service  # an OAuthService; tests pass one
        self._job: Job | None = None
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(note(self.tr(
            "Microsoft 365, Outlook.com, Gmail and Google Workspace accounts can send with a "
            "sign-in in the browser instead of a password (Microsoft is switching SMTP "
            "passwords off). The sign-in is kept in your system's password store."), self))
        self.provider = QComboBox(self)
        for key, name in (("microsoft", "Microsoft"), ("google", "Google")):
            self.provider.addItem(name, key)  # brand names: the same in every language
        provider_label = QLabel(self.tr("Si&gn-in provider:"), self)
        provider_label.setBuddy(self.provider)
        form.addRow(provider_label, self.provider)
        self.client_id = QLineEdit(self)
        self.client_id.setPlaceholderText(self.tr("from your organisation's app registration "
                                                  "(see the README)"))
        client_label = QLabel(self.tr("Client i&d:"), self)
        client_label.setBuddy(self.client_id)
        form.addRow(client_label, self.client_id)
        self.sign_in_button = QPushButton(self.tr("Sign &in"), self)
        self.password_button = QPushButton(self.tr("&Back to the password"), self)
        row = QHBoxLayout()
        row.addWidget(self.sign_in_button)
        row.addWidget(self.password_button)
        row.addStretch(1)
        form.addRow(row)
        self.result = paragraph("", self)
        self.result.setAccessibleName(self.tr("Result of the sign-in"))
        form.addRow(self.result)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.password_button.clicked.connect(self.use_password)
        self.provider.currentIndexChanged.connect(self._provider_changed)
        self.load()

    def service(self) -> Any:
        if self._service is None:
            self._service = OAuthService(self.ctx)
        return self._service

    def load(self) -> None:
        try:
            config = self.service().config()
        except ServiceError as exc:
            self.result.setText(error_message(exc))
            return
        if config["provider"]:
            self.provider.setCurrentIndex(max(self.provider.findData(config["provider"]), 0))
        self._provider_changed()
        address = self.address()
        if config["method"] == "oauth2" and config["provider"] and address:
            if self.service().signed_in(config["provider"], address):
                self.result.setText(self.tr("E-mail is sent with the {0} sign-in of {1}.")
                                    .format(self.provider.currentText(), address))
            else:
                self.result.setText(self.tr("{0} is not signed in yet: click Sign in.")
                                    .format(address))
        else:
            self.result.setText(self.tr("E-mail is sent with the password."))

    def _provider_changed(self, _index: int = 0) -> None:
        provider = str(self.provider.currentData())
        clients = self.service().config()["clients"]
        self.client_id.setText(str(clients.get(provider, {}).get("client_id", "")))

    def busy(self) -> bool:
        return self._job is not None

    def sign_in(self) -> Job | None:
        if self._job is not None:
            return None
        address = self.address().strip()
        if not address:
            self.result.setText(self.tr("Enter the user name (the address you sign in with) "
                                        "above first."))
            return None
        provider = str(self.provider.currentData())
        client_id = self.client_id.text().strip()
        service = self.service()

        def work(_progress: object, _cancelled: object) -> object:
            service.save(method="oauth2", provider=provider, client_id=client_id or None)
            return service.sign_in(provider, address, show=lambda _text: None)

        job = Job(work)
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._job = job
        self.sign_in_button.setEnabled(False)
        self.result.setText(self.tr("Waiting for the sign-in in the browser…"))
        return job.start()

    def _done(self, message: object) -> None:
        self._job = None
        self.sign_in_button.setEnabled(True)
        self.result.setText(str(message))

    def _failed(self, message: str) -> None:
        self._job = None
        self.sign_in_button.setEnabled(True)
        self.result.setText(self.tr("Not signed in: {0}").format(message))

    def use_password(self) -> None:
        try:
            self.service().save(method="password")
        except ServiceError as exc:
            self.result.setText(error_message(exc))
            return
        self.result.setText(self.tr("E-mail is sent with the password."))
