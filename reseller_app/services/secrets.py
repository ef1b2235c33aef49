"""The one place that touches the operating system's password store (``keyring``).

Passwords live only there: never in the database, the settings, the logs or an export. Where
the system has no usable keyring backend, ``available()`` says so and the caller asks the
user for the password when it is needed (never a fallback into the database).
"""

from __future__ import annotations

import contextlib

SMTP_KEYRING_SERVICE = "Channel Diligence SMTP"


class SecretStore:
    def __init__(self, service: str = SMTP_KEYRING_SERVICE) -> None:
        self.service = service

    @staticmethod
    def _backend() -> object | None:
        # late: keyring takes ~0.1 s to find its backends; only when a password is used
        import keyring

        try:
            return keyring.get_keyring()
        except Exception:  # a broken keyring configuration counts as none
            return None

    def available(self) -> bool:
        """False when keyring found no usable backend (``fail.Keyring``, ``null.Keyring``)."""
        # late: keyring takes ~0.1 s to find its backends; only when a password is used
        from keyring.backends import fail, null

        backend = self._backend()
        return backend is not None and not isinstance(backend, fail.Keyring | null.Keyring)

    def backend_name(self) -> str:
        backend = self._backend()
        return "none" if backend is None else getattr(backend, "name", type(backend).__name__)

    def get(self, account: str) -> str | None:
        # late: keyring takes ~0.1 s to find its backends; only when a password is used
        import keyring
        from keyring.errors import KeyringError

        if not self.available():
            return None
        try:
            return keyring.get_password(self.service, account)
        except KeyringError:
            return None

    def set(self, account: str, password: str) -> None:
        # late: keyring takes ~0.1 s to find its backends; only when a password is used
        import keyring

        keyring.set_password(self.service, account, password)

    def delete(self, account: str) -> None:
        # late: keyring takes ~0.1 s to find its backends; only when a password is used
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        if not self.available():
            return
        with contextlib.suppress(PasswordDeleteError, KeyringError):  # nothing to forget
            keyring.delete_password(self.service, account)
