"""Errors the services raise for the UI and CLI to show in words."""

from __future__ import annotations


class ServiceError(Exception):
    """A use case could not be carried out; the message is for the user."""


class ValidationError(ServiceError):
    """Input the user must fix; ``field`` names it so the UI can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message


class NotFound(ServiceError):
    pass
