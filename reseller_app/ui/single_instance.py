"""One running app per database: a second start brings the first window forward.

The first instance takes a lock file (``QLockFile``: the lock of a crashed process is taken
over) and listens on a local socket (``QLocalServer``) named after a hash of the database URL.
A second start finds the lock taken, connects, sends ``raise`` and exits 0 once the first
answers. When the lock is taken but nobody answers (or the lock file cannot be written), the
database is reported as in use: two app instances never open the same database.

The lock file lies next to an SQLite database (so another user of the same file is stopped
too), else in the temporary folder. Start-up is measured against a bare window, so before the
window shows only the lock is taken (QtCore, a millisecond or two); QtNetwork is imported and
the server listens once the window is on screen and the database open (``listen``). A later
start that comes in between retries its connect for five seconds.
"""

from __future__ import annotations

import contextlib
import time
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDir, QLockFile, QObject, Signal

from reseller_app.services.locations import sqlite_file

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
RAISED = b"raised\n"
CONNECT_MS = 1000
CONNECT_TRIES, CONNECT_PAUSE_S = 50, 0.1
ANSWER_MS = 3000
IN_USE = QT_TRANSLATE_NOOP("App", "The database is in use by another Channel Diligence window.")


class Outcome(Enum):
    FIRST = "first"  # this process runs the app on the database
    RAISED = "raised"  # another window has the database and came forward
    IN_USE = "in_use"  # the database is in use and that window did not answer


def instance_key(db_url: str) -> str:
    """A short, stable name for the database (and the user, whose local sockets these are)."""
    # late: hashlib loads OpenSSL; the socket's name is needed only after the first frame
    import getpass
    import hashlib

    try:
        user = getpass.getuser()
    except Exception:  # no user name on some locked-down machines
        user = ""
    digest = hashlib.sha256(f"{user}\0{db_url}".encode()).hexdigest()
    return digest[:20]


def lock_path(db_url: str) -> Path:
    path = sqlite_file(db_url)
    if path is not None:
        return path.with_name(path.name + ".window-lock")
    return Path(QDir.tempPath()) / f"channel-diligence-{instance_key(db_url)}.lock"


class SingleInstance(QObject):
    """``claim()`` once at start; emits ``raiseRequested`` when a later start asks for the
    window. Keep the object for the app's lifetime: the lock and the server go with it."""

    raiseRequested = Signal()

    def __init__(self, db_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_url = db_url
        self.lock_file = lock_path(db_url)
        self._lock: QLockFile | None = None
        self.server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []  # children of the server, aborted on release

    @property
    def server_name(self) -> str:
        return f"channel-diligence-{instance_key(self.db_url)}"

    def claim(self, *, listen: bool = True) -> Outcome:
        """Take the database for this process, or ask its window to come forward. With
        ``listen=False`` the caller calls ``listen()`` itself (once its window shows)."""
        with contextlib.suppress(OSError):  # the database's folder, made now if it is new
            self.lock_file.parent.mkdir(parents=True, exist_ok=True)
        if self.lock_file.parent.is_dir():
            lock = QLockFile(str(self.lock_file))
            lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
            if lock.tryLock(0):
                self._lock = lock
                if listen:
                    self.listen()
                return Outcome.FIRST
            if lock.error() != QLockFile.LockError.LockFailedError:
                return Outcome.IN_USE  # cannot tell: never risk two windows on one database
        elif self.listen():
            # A database file in a folder that does not exist yet: the server name decides.
            return Outcome.FIRST
        return Outcome.RAISED if self.ask_to_raise() else Outcome.IN_USE

    def ask_to_raise(self) -> bool:
        """Ask the instance that has the database to come forward; True when it answered."""
        # late: QtNetwork loads only when another window has the database
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        # The first instance takes the lock a moment before it listens: try for a while.
        for _attempt in range(CONNECT_TRIES):
            socket.connectToServer(self.server_name)
            if socket.waitForConnected(CONNECT_MS):
                break
            socket.abort()
            time.sleep(CONNECT_PAUSE_S)
        else:
            return False
        socket.write(RAISE)
        socket.flush()
        answered = False
        while socket.waitForReadyRead(ANSWER_MS):
            if bytes(socket.readAll().data()).startswith(RAISED.strip()):
                answered = True
                break
        socket.disconnectFromServer()
        return answered

    def listen(self) -> bool:
        """Answer later starts (``raiseRequested``); False when the name cannot be had."""
        # late: QtNetwork loads after the first frame
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None:
            return True
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.server_name):
            # A socket left by a crashed instance (we hold the lock, so it is not alive).
            if self._lock is None:
                return False
            QLocalServer.removeServer(self.server_name)
            if not server.listen(self.server_name):
                return False
        server.newConnection.connect(self._connection)
        self.server = server
        return True

    def _connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._clients.append(socket)
            socket.readyRead.connect(self._read)

    def _read(self) -> None:
        for socket in list(self._clients):
            if not socket.bytesAvailable():
                continue
            if bytes(socket.readAll().data()).startswith(RAISE.strip()):
                socket.write(RAISED)
                socket.flush()
                self.raiseRequested.emit()

    def release(self) -> None:
        for socket in self._clients:
            socket.readyRead.disconnect(self._read)
            socket.abort()
        self._clients.clear()
        if self.server is not None:
            self.server.close()
            self.server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
