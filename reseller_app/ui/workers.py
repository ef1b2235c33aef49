"""Background jobs: slow work runs in the QThreadPool and reports back through signals.

A job wraps a function ``fn(progress, is_cancelled) -> result``. The function calls
``progress(done, total)`` as it goes and polls ``is_cancelled()``; the view connects to the
job's signals, which Qt delivers in the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from reseller_app.services.errors import (
    ServiceError,
    StorageError,
    ValidationError,
    storage_error,
)

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
JobFn = Callable[[ProgressFn, CancelFn], Any]


class JobSignals(QObject):
    """The signals of a job (a QRunnable is not a QObject, so it carries one of these)."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a message for the user


def error_message(exc: BaseException) -> str:
    """Words for the user: a service's own message (a ``StorageError``'s says what happened
    to the disk or the database), or a calm generic sentence."""
    if isinstance(exc, ValidationError):
        return exc.message
    if isinstance(exc, ServiceError):
        return str(exc)
    storage = storage_error(exc)  # a database failure outside a service's session
    if storage is not None:
        return str(storage)
    return QCoreApplication.translate(
        "Job",
        "Something unexpected went wrong ({0}). Nothing was saved by the step that failed; "
        "please try again, and tell your IT contact if it happens again.",
    ).format(type(exc).__name__)


class Job(QRunnable):
    """One piece of slow work for the thread pool, with progress and cancel."""

    def __init__(self, fn: JobFn) -> None:
        super().__init__()
        self._fn = fn
        self._cancelled = threading.Event()
        self.signals = JobSignals()
        # autoDelete (the default): the pool owns the job once started and deletes it after
        # run() returns, so a view dropping its reference early cannot pull it from under the
        # worker thread. cancel() and is_cancelled() touch only Python state.

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _progress(self, done: int, total: int) -> None:
        try:
            self.signals.progress.emit(int(done), int(total))
        except RuntimeError:  # "Signal source has been deleted": the view is gone
            self._cancelled.set()  # nobody waits for the result: stop at the next check
            log.debug("job progress dropped: its view is gone")

    def run(self) -> None:
        try:
            result = self._fn(self._progress, self.is_cancelled)
        except Exception as exc:  # every failure must reach the user as words
            if not isinstance(exc, ServiceError):
                log.exception("background job failed")
            elif isinstance(exc, StorageError):  # the driver's own words, for the log
                log.warning("background job failed: %s", exc.__cause__)
            self._emit("failed", error_message(exc))
        else:
            self._emit("finished", result)

    def _emit(self, name: str, value: object) -> None:
        try:
            getattr(self.signals, name).emit(value)
        except RuntimeError:  # the app quit while the job ran: nobody is left to tell
            log.debug("job result dropped: the application is gone")

    def start(self, pool: QThreadPool | None = None) -> Job:
        (pool or QThreadPool.globalInstance()).start(self)
        return self
