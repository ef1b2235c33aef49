"""The frame shared by the dialogs that build a packet (escalation, misuse report): a form,
then the built packet previewed in a ``PacketPanel``, with Back / Build and preview / Close
under them and a note while the packet is built in the thread pool.

A subclass makes its form page, calls ``_add_pages`` with it, and in ``build`` checks the form
and hands the slow work to ``_start``; the work returns a ``PacketView`` or the
``ValidationError`` to show at its field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reseller_app.services.dto import PacketView
from reseller_app.services.errors import ValidationError
from reseller_app.ui.backend import Backend
from reseller_app.ui.field_errors import FieldError, FieldErrors
from reseller_app.ui.key_unlock_dialog import KeyUnlockDialog, ask_key_first
from reseller_app.ui.packet_panel import PacketPanel
from reseller_app.ui.typography import note
from reseller_app.ui.workers import Job

FORM, PREVIEW = range(2)


class PacketDialog(QDialog):
    """``built(PacketView)`` once the packet is stored; ``queued(OutboxItem)`` after Send."""

    built = Signal(object)
    queued = Signal(object)

    general_error: FieldError  # made by the subclass with its form
    errors: FieldErrors

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.packet: PacketView | None = None
        self._job: Job | None = None
        self.key_dialog: KeyUnlockDialog | None = None  # asking the signing key's passphrase

    def _add_pages(self, form: QWidget, build_name: str) -> None:
        """The form page and the preview page, with the button row under them."""
        self.panel = PacketPanel(self.backend, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(form)
        self.pages.addWidget(self.panel)

        self.back_button = QPushButton(self.tr("&Back to change it"), self)
        self.build_button = QPushButton(self.tr("Build and pre&view"), self)
        self.build_button.setAccessibleName(build_name)
        self.build_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.busy_note = note("", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_note, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        # Bound methods and signals only: this dialog may delete itself on close.
        self.build_button.clicked.connect(self.build)
        self.back_button.clicked.connect(self.back)
        self.close_button.clicked.connect(self.close)
        self.panel.queued.connect(self.queued)

    # -- for the subclass --------------------------------------------------------------------
    def build(self) -> Job | None:
        raise NotImplementedError

    def _can_build(self) -> bool:
        """Whether Build may be pressed when nothing is being built."""
        return True

    def _failure_text(self, message: str) -> str:
        """The sentence under the form when the work failed with ``message``."""
        raise NotImplementedError

    # -- building ----------------------------------------------------------------------------
    def _start(self, work: Callable[[object, object], PacketView | ValidationError],
               busy_text: str) -> Job | None:
        # Where the key is in its encrypted file, its passphrase first (then this again).
        self.key_dialog = ask_key_first(self, self.backend.ctx,
                                        lambda: self._start(work, busy_text))
        if self.key_dialog is not None:
            return None
        job = Job(work)
        job.signals.finished.connect(self._built)
        job.signals.failed.connect(self._failed)
        self._job = job
        self._set_busy(True, busy_text)
        return job.start()

    def _built(self, result: PacketView | ValidationError) -> None:
        self._job = None
        self._set_busy(False)
        if isinstance(result, ValidationError):
            self.errors.show(result.field, result.message)
            return
        self.packet = result
        self.built.emit(result)
        self._show_page(PREVIEW)
        self.panel.load(result)

    def _failed(self, message: str) -> None:
        self._job = None
        self._set_busy(False)
        self.general_error.show_message(self._failure_text(message))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.build_button.setEnabled(not busy and self._can_build())
        self.pages.widget(FORM).setEnabled(not busy)
        self.busy_note.setText(text if busy else "")

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == PREVIEW)
        self.build_button.setVisible(page == FORM)

    def back(self) -> None:
        self._show_page(FORM)

    def busy(self) -> bool:
        return self._job is not None or self.panel.busy()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None:
            event.ignore()  # the packet is being written: a moment
            return
        # The preview may still render: stopped and cut off now, before the dialog is
        # deleted, so that its result never reaches a deleted widget.
        self.panel.cancel_preview()
        super().closeEvent(event)
