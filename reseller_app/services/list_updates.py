"""Update lists: fetch each sanctions list from its publisher's address and import it as a new
version, as if the user had picked the file (:func:`update_lists`).

The official addresses are data (``resources/sanctions_sources.json``); a user may replace any
of them in Settings (``SettingsService.lists_settings``). A download uses the standard library
(``urllib``) with a timeout and the size limit of a list file, into a temporary folder that is
removed afterwards; the file is then imported through ``sanctions_lists.import_list``, all or
nothing. A list that cannot be fetched (no network, a name that does not resolve, a server that
does not answer or answers with an error) is reported in words and changes nothing: the lists
already imported stay in use.
"""

from __future__ import annotations

import errno
import functools
import json
import socket
import ssl
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from reseller_app import __version__
from reseller_app.domain.people import Action
from reseller_app.domain.sanctions.entries import ListSource
from reseller_app.domain.sanctions.freshness import stale_days_setting
from reseller_app.domain.texts import t
from reseller_app.services.context import AppContext
from reseller_app.services.errors import ServiceError, ValidationError
from reseller_app.services.first_screen import LISTS_SETTING
from reseller_app.services.input_files import LIMITS, InputKind, size_words
from reseller_app.services.people import check_role
from reseller_app.services.sanctions_lists import (
    OFAC_OPTIONAL,
    ListImportCancelled,
    ListVersion,
    import_list,
)
from reseller_app.store import bulk

TIMEOUT_S = 60.0  # a publisher's server that says nothing for a minute is not answering
CHUNK = 256 * 1024
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})  # plain http only to these


# -- the official addresses ---------------------------------------------------------------------
class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    url: str


class _Source(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: ListSource
    page: str
    files: list[_File]


class _Table(BaseModel):
    model_config = ConfigDict(extra="ignore")
    sources: list[_Source]


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One file of a list: the name it is saved as, and the address it is fetched from."""

    name: str
    url: str


@dataclass(frozen=True, slots=True)
class ListAddresses:
    """Where a list is fetched from: its files (the first is the one imported) and the
    publisher's page about it."""

    source: ListSource
    page: str
    files: tuple[SourceFile, ...]

    def with_urls(self, urls: Mapping[str, str]) -> ListAddresses:
        """The same files, with the addresses in ``urls`` (by file name) instead."""
        return ListAddresses(self.source, self.page, tuple(
            SourceFile(f.name, urls.get(f.name, f.url)) for f in self.files))


@functools.cache
def official_addresses() -> dict[ListSource, ListAddresses]:
    """The shipped addresses, read and validated once (a broken file is a packaging error)."""
    raw = (resources.files("reseller_app.resources") / "sanctions_sources.json").read_text(
        encoding="utf-8")
    table = _Table.model_validate(json.loads(raw))
    return {s.source: ListAddresses(s.source, s.page, tuple(SourceFile(f.name, f.url)
                                                            for f in s.files))
            for s in table.sources}


@dataclass(frozen=True, slots=True)
class ListsSettings:
    """Where Update lists fetches each list from, and after how many days a list is old.
    ``changed``: the files whose address the user replaced, as "source/file name"."""

    addresses: dict[ListSource, ListAddresses]
    stale_days: int
    changed: frozenset[str] = frozenset()

    def url(self, source: ListSource, name: str) -> str:
        return next(f.url for f in self.addresses[source].files if f.name == name)


def read_lists_settings(ctx: AppContext) -> ListsSettings:
    """The official addresses with the user's replacements (the setting ``LISTS_SETTING``,
    written by ``SettingsService.save_lists_settings``), and the days until a list is old."""
    stored = bulk.get_setting(ctx, LISTS_SETTING)
    own = stored.get("addresses") if isinstance(stored, dict) else None
    own = own if isinstance(own, dict) else {}
    addresses, changed = {}, set()
    for source, official in official_addresses().items():
        urls = own.get(source.value) if isinstance(own.get(source.value), dict) else {}
        urls = {name: url for name, url in urls.items()
                if isinstance(url, str) and any(f.name == name for f in official.files)}
        addresses[source] = official.with_urls(urls)
        changed.update(f"{source.value}/{name}" for name in urls)
    return ListsSettings(addresses, stale_days_setting(stored), frozenset(changed))


def host_of(url: str) -> str:
    """The server of ``url`` as people say it (``treasury.gov`` for www.treasury.gov)."""
    host = urllib.parse.urlsplit(url).hostname or url
    return host[4:] if host.startswith("www.") else host


def check_address(url: str, field: str) -> str:
    """``url`` when it is an address a list can be fetched from; a ``ValidationError`` on
    ``field`` in words otherwise. Plain http only to this computer: a list fetched unencrypted
    could have been changed on the way."""
    url = (url or "").strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(
            c.isspace() for c in url):
        raise ValidationError(field, t(
            "'{address}' is not a web address: it starts with https:// and names the "
            "publisher's server.", address=url))
    if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
        raise ValidationError(field, t(
            "Use the https:// address: a list fetched over plain http could have been changed "
            "on its way."))
    return url


# -- downloading --------------------------------------------------------------------------------
class Unreachable(ServiceError):
    """A list's file could not be fetched; the message says why, in words."""

    def __init__(self, message: str, *, http_status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.http_status = http_status


def _stay() -> str:
    return t("The lists already imported stay in use.")


def _why(exc: BaseException, url: str, timeout: float) -> Unreachable:
    """Words for a failed download: offline, refused, silent, an HTTP error."""
    host = host_of(url)
    reason = exc.reason if isinstance(exc, urllib.error.URLError) \
        and not isinstance(exc, urllib.error.HTTPError) else exc
    if isinstance(exc, urllib.error.HTTPError):
        return Unreachable(t(
            "{host} answered “{code} {reason}” for {address}: the address may have changed; "
            "check it in Settings (Sanctions lists). {stay}", host=host, code=exc.code,
            reason=exc.reason or "", address=url, stay=_stay()), http_status=exc.code)
    if isinstance(reason, socket.gaierror) or (
            isinstance(reason, OSError) and reason.errno in (errno.ENETUNREACH,
                                                             errno.EHOSTUNREACH)):
        return Unreachable(t("Could not reach {host}: the computer seems to be offline. {stay}",
                             host=host, stay=_stay()))
    if isinstance(reason, ConnectionRefusedError):
        return Unreachable(t(
            "Could not reach {host}: it refused the connection (the computer may be offline, "
            "or the address is wrong). {stay}", host=host, stay=_stay()))
    if isinstance(reason, TimeoutError | socket.timeout):
        return Unreachable(t(
            "{host} did not answer within {seconds} seconds: the connection may be down or "
            "slow. {stay}", host=host, seconds=int(timeout), stay=_stay()))
    if isinstance(reason, ssl.SSLError | ssl.CertificateError):
        return Unreachable(t(
            "Could not check that the server is really {host} (its certificate was refused): "
            "nothing was fetched. {stay}", host=host, stay=_stay()))
    return Unreachable(t("Could not fetch the list from {host} ({error}). {stay}", host=host,
                         error=str(reason) or type(reason).__name__, stay=_stay()))


def download(url: str, dest: Path, *, timeout: float = TIMEOUT_S,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> int:
    """Fetch ``url`` into ``dest``; returns its size. At most the size limit of a list file
    (a larger answer is refused, from its announced size or once it passes the limit)."""
    limit = LIMITS[InputKind.SANCTIONS_LIST]
    request = urllib.request.Request(url, headers={
        "User-Agent": f"ChannelDiligence/{__version__} (sanctions list update)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer, \
                dest.open("wb") as out:
            announced = int(answer.headers.get("Content-Length") or 0)
            if announced > limit:
                raise _too_large(url, announced)
            done = 0
            while chunk := answer.read(CHUNK):
                if cancelled is not None and cancelled():
                    raise ListImportCancelled
                done += len(chunk)
                if done > limit:
                    raise _too_large(url, done)
                out.write(chunk)
                if progress is not None:
                    progress(done, announced)
            return done
    except (urllib.error.URLError, OSError) as exc:  # HTTPError, timeouts, refused, DNS
        raise _why(exc, url, timeout) from None


def _too_large(url: str, size: int) -> ValidationError:
    return ValidationError("file", t(
        "{host} sent more than {limit} (at least {size}), more than a sanctions list ever is: "
        "nothing was imported. Check the address in Settings (Sanctions lists).",
        host=host_of(url), limit=size_words(LIMITS[InputKind.SANCTIONS_LIST]),
        size=size_words(size)))


# -- updating -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class UpdateResult:
    """What became of one list: its new (or already imported) version, or why not."""

    source: ListSource
    version: ListVersion | None
    error: str = ""  # words; "" when the list was imported (or was imported already)
    offline: bool = False  # the publisher could not be reached (rather than a bad file)

    @property
    def ok(self) -> bool:
        return self.version is not None


Stage = Callable[[ListSource, str], None]  # (list, "download" | "import")


def update_lists(ctx: AppContext, *, only: Iterable[ListSource] | None = None,
                 addresses: Mapping[ListSource, ListAddresses] | None = None,
                 timeout: float = TIMEOUT_S,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 stage: Stage | None = None) -> list[UpdateResult]:
    """Fetch and import each list (``only`` some); one result per list, in the order of the
    addresses. Cancelling stops at once (:class:`ListImportCancelled`): the list being
    imported is not stored, the ones before it are."""
    check_role(ctx, Action.MANAGE_LISTS)
    if addresses is None:
        addresses = read_lists_settings(ctx).addresses
    wanted = set(only) if only is not None else None
    results = []
    for source, where in addresses.items():
        if wanted is not None and source not in wanted:
            continue
        results.append(_update_one(ctx, where, timeout, progress, cancelled, stage))
    return results


def _update_one(ctx: AppContext, where: ListAddresses, timeout: float,
                progress: Callable[[int, int], None] | None,
                cancelled: Callable[[], bool] | None, stage: Stage | None) -> UpdateResult:
    if stage is not None:
        stage(where.source, "download")
    with tempfile.TemporaryDirectory(prefix="channel-diligence-list-") as folder:
        for file in where.files:
            try:
                download(file.url, Path(folder) / file.name, timeout=timeout,
                         progress=progress, cancelled=cancelled)
            except Unreachable as exc:
                if exc.http_status is not None and file.name in OFAC_OPTIONAL:
                    continue  # the remarks' overflow file: older sets have none
                return UpdateResult(where.source, None, exc.message, offline=True)
            except ValidationError as exc:  # more than a list ever is
                return UpdateResult(where.source, None, exc.message)
        if stage is not None:
            stage(where.source, "import")
        try:
            version = import_list(ctx, Path(folder) / where.files[0].name,
                                  progress=progress, cancelled=cancelled)
        except ValidationError as exc:  # not a list, broken, truncated: in the reader's words
            return UpdateResult(where.source, None, t(
                "The file fetched from {host} cannot be used: {reason} Nothing was imported. "
                "{stay}", host=host_of(where.files[0].url), reason=exc.message, stay=_stay()))
    return UpdateResult(where.source, version)
