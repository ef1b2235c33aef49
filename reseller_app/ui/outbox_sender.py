"""Sends the outbox in the background: on start (after ``recover()``), every minute, and at
once when the user sends a packet or presses "Send now". Never on the GUI thread.

One send at a time, in its own one-thread pool, so quitting waits only for the message being
sent (at most the SMTP timeout); the outbox's lease makes a send cut short safe anyway
(docs/escalation-contract.md).

Where the system has no keyring (or no password is stored) the server's password is asked for
when the user sends, kept in memory until the app quits, and never stored.

A refused login or an unreachable server stops a run with every message still queued
(``SendReport.stopped``): ``problem`` says so once (not again every minute while it lasts). After
a refused login the timed sends pause (a wrong password tried every minute can lock the
account) until the user sends again or saves the settings (``resume``); a password typed for
this session is forgotten then, so it is asked for again.

With ``digest_interval_ms`` (the main window's sender) it also queues the daily digest
(``DigestService.queue_digest``: once a day, only when something is due) at start and then
every hour, in the same pool before the send, so a digest queued goes out in the same run. A
digest that is on but cannot go out (no mail server, nobody to send it to) is said once
(``digestProblem``), not every hour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from reseller_app.services.dto import MessageState
from reseller_app.ui.backend import Backend
from reseller_app.ui.workers import Job

INTERVAL_MS = 60_000
DIGEST_INTERVAL_MS = 3_600_000  # the digest is daily: an hourly look finds the new day soon


@dataclass(frozen=True)
class _Ran:
    """What a run did: the send's result, and why the digest could not be queued ("": it
    could, None: it was not looked at in this run)."""

    result: object
    digest_problem: str | None = None


@dataclass(frozen=True)
class NeedsPassword:
    message: str
    interactive: bool


class OutboxSender(QObject):
    sent = Signal(object)  # SendReport (after a run that sent or tried something)
    passwordNeeded = Signal(str)  # a user-started send needs the password: ask for it
    waiting = Signal(str)  # a timed send could not start: why, in words
    failed = Signal(str)
    problem = Signal(str)  # a run stopped at a login or connection problem: what to fix, once
    busyChanged = Signal(bool)
    digestProblem = Signal(str)  # the digest is on but cannot be queued: why, once

    def __init__(self, backend: Backend, parent: QObject | None = None, *,
                 interval_ms: int = INTERVAL_MS, digest_interval_ms: int | None = None
                 ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.run(only_due=True, interactive=False))
        self._password: str | None = None
        self._job: Job | None = None
        self._next: tuple[bool, bool] | None = None
        self._stopped = True
        self._paused = False  # after a refused login: no timed runs until the user acts
        self._problem = ""
        self.digest_timer: QTimer | None = None
        self._digest_pending = False
        self._digest_problem = ""
        if digest_interval_ms is not None:
            self.digest_timer = QTimer(self)
            self.digest_timer.setInterval(digest_interval_ms)
            self.digest_timer.timeout.connect(self.check_digest)

    # -- control -----------------------------------------------------------------------------
    def start(self) -> None:
        """Recover what a crash left in ``sending``, send what is due, then every minute."""
        self._stopped = False
        if self.digest_timer is not None:
            self._digest_pending = True
            self.digest_timer.start()
        self.run(only_due=True, interactive=False, recover=True)
        self.timer.start()

    def check_digest(self) -> Job | None:
        """Queue today's digest if it is due, then send (the hourly look)."""
        self._digest_pending = True
        return self.run(only_due=True, interactive=False)

    def stop(self, wait_ms: int = 35_000) -> bool:
        """No new sends; wait for the one under way. True when nothing is running any more."""
        self._stopped = True
        self.timer.stop()
        if self.digest_timer is not None:
            self.digest_timer.stop()
        self._next = None
        if self._job is not None:
            self._job.cancel()
        return self.pool.waitForDone(wait_ms)

    def send_now(self) -> Job | None:
        """Everything queued, now (the user asked: the password may be asked for)."""
        self._stopped = False
        self.resume()
        return self.run(only_due=False, interactive=True)

    def resume(self) -> None:
        """Timed sends again (the settings were saved, or the user sends)."""
        self._paused = False
        self._problem = ""

    def paused(self) -> bool:
        return self._paused

    def set_password(self, password: str | None) -> None:
        self._password = password or None

    def busy(self) -> bool:
        return self._job is not None

    # -- running -----------------------------------------------------------------------------
    def run(self, *, only_due: bool, interactive: bool, recover: bool = False) -> Job | None:
        if self._stopped or (self._paused and not interactive):
            return None
        if self._job is not None:
            # Once the current send ends, run again (a user's "now" wins over a timed run).
            prev = self._next
            self._next = (only_due and (prev[0] if prev else True),
                          interactive or (prev[1] if prev else False))
            return None
        outbox = self.backend.outbox
        password = self._password
        digest = self.backend.digest if self._digest_pending else None
        self._digest_pending = False

        def work(_progress: object, _cancelled: object) -> object:
            problem = _queue_digest(digest) if digest is not None else None
            return _Ran(send(), problem)

        def send() -> object:
            # late: the mail settings (and SQLAlchemy) load when a message is sent
            from reseller_app.services.settings import PasswordNeeded

            if recover:
                outbox.recover()
            if only_due and outbox.due_count() == 0:
                return None
            if not only_due and not outbox.items([MessageState.QUEUED.value]):
                return None
            try:
                return outbox.send_pending(only_due=only_due, password=password)
            except PasswordNeeded as exc:
                return NeedsPassword(str(exc), interactive)

        job = Job(work)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self._job = job
        self.busyChanged.emit(True)
        self.pool.start(job)
        return job

    def _end(self) -> tuple[bool, bool] | None:
        self._job = None
        self.busyChanged.emit(False)
        following, self._next = self._next, None
        return following if not self._stopped else None

    def _then(self, following: tuple[bool, bool] | None) -> None:
        if following is not None and self._job is None:
            self.run(only_due=following[0], interactive=following[1])

    def _finished(self, ran: object) -> None:
        following = self._end()
        result = ran.result if isinstance(ran, _Ran) else ran
        if isinstance(ran, _Ran) and ran.digest_problem is not None:  # the digest was looked at
            if ran.digest_problem and ran.digest_problem != self._digest_problem:
                self.digestProblem.emit(ran.digest_problem)  # once, not every hour
            self._digest_problem = ran.digest_problem
        if isinstance(result, NeedsPassword):
            if result.interactive:
                self.passwordNeeded.emit(result.message)
            elif result.message != self._problem:  # once, not every minute
                self._problem = result.message
                self.waiting.emit(result.message)
        elif result is not None:
            self._note_problem(result)
            self.sent.emit(result)
        self._then(following)

    def _note_problem(self, report: object) -> None:
        stopped = getattr(report, "stopped", "")
        if getattr(report, "stopped_kind", "") == "login":
            self._paused = True
            self._password = None  # refused: ask again rather than try it every time
            self._next = None
        if stopped and stopped != self._problem:
            self.problem.emit(stopped)
        self._problem = stopped

    def _failed(self, message: str) -> None:
        following = self._end()
        self.failed.emit(message)
        self._then(following)


def _queue_digest(digest: object) -> str:
    """Queue today's digest if due (in the pool); why it cannot be, in words, or ""."""
    # late: the services' errors load with the services, after the first frame
    from reseller_app.services.errors import ServiceError

    try:
        digest.queue_digest()  # type: ignore[attr-defined]
    except ServiceError as exc:
        return getattr(exc, "message", "") or str(exc)
    return ""
