"""Criteria packs: the default one on first run, replacements from distributors, the active one.

Every imported pack is kept (an old screening names the pack it used by id, version and SHA-256,
and stays explainable); exactly one is active. Loaded packs are cached on the context by
SHA-256, so screening as the user types does not re-read and re-validate the pack, and compiled
ones (:class:`Screener`) for the whole process.
"""

from __future__ import annotations

import contextlib
import importlib.resources

from sqlalchemy import select, update

from reseller_app.domain.pack_texts import localize, localize_result, parse_texts
from reseller_app.domain.packs import (
    CriteriaPack,
    LoadedPack,
    PackChange,
    PackError,
    diff_packs,
    load_pack,
)
from reseller_app.domain.screening import Screener, ScreeningResult
from reseller_app.domain.texts import t
from reseller_app.services.context import AppContext
from reseller_app.services.dto import PackInfo
from reseller_app.services.errors import NotFound, ServiceError
from reseller_app.store import audit_log
from reseller_app.store.tables import DbPack, utc

# Compiled packs by SHA-256, shared by every context of the process: a pack's content is fixed
# by its hash, and compiling it (its phrase patterns above all) costs more than screening
# thousands of orders. The few packs a process meets are kept (the oldest goes first).
_COMPILED: dict[str, Screener] = {}
_COMPILED_KEPT = 4


def default_pack_bytes() -> bytes:
    return (importlib.resources.files("reseller_app.resources") / "packs" /
            "default-pack.json").read_bytes()


def pack_texts_bytes(pack_id: str, language: str) -> bytes | None:
    """The shipped translations of a pack's texts, if any."""
    path = (importlib.resources.files("reseller_app.resources") / "packs" / "i18n" /
            f"{pack_id}.{language}.json")
    return path.read_bytes() if path.is_file() else None


def _info(row: DbPack) -> PackInfo:
    return PackInfo(row.pack_id, row.version, row.sha256, row.issuer, row.title, row.issued,
                    utc(row.imported_at), bool(row.active))


class PackService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # -- reading -----------------------------------------------------------------------------
    def _loaded(self, sha256: str, content: str | None = None) -> LoadedPack:
        key = f"pack:{sha256}"
        loaded = self.ctx.cache.get(key)
        if loaded is None:
            if content is None:
                with self.ctx.session() as s:
                    content = s.execute(
                        select(DbPack.content).where(DbPack.sha256 == sha256)).scalar()
                if content is None:
                    raise NotFound(t("No criteria pack with SHA-256 {sha256}.", sha256=sha256))
            try:
                loaded = load_pack(content)
            except PackError as exc:  # only if someone edited the stored pack by hand
                raise ServiceError(t("The stored criteria pack cannot be read: {error}",
                                     error=exc)) from exc
            self.ctx.cache[key] = loaded
        return loaded

    def active_sha256(self) -> str:
        with self.ctx.session() as s:
            sha = s.execute(select(DbPack.sha256).where(DbPack.active)
                            .order_by(DbPack.id.desc()).limit(1)).scalar()
        if sha is None:
            raise ServiceError(t("No criteria pack is active: import one "
                                 "(File > Criteria pack)."))
        return sha

    def active(self) -> LoadedPack:
        return self._loaded(self.active_sha256())

    def by_sha256(self, sha256: str) -> LoadedPack:
        """A pack that screened an order (kept after a newer one was activated)."""
        return self._loaded(sha256)

    # -- in the user's language ------------------------------------------------------------------
    def localized(self, sha256: str | None = None, language: str | None = None
                  ) -> CriteriaPack:
        """The pack (the active one by default) with its texts in ``language`` (by default
        ``ctx.language``).

        Translations ship beside the pack (``resources/packs/i18n/<pack id>.<lang>.json``);
        a text without an up-to-date translation stays as the pack has it.
        """
        sha256 = sha256 or self.active_sha256()
        language = language or self.ctx.language
        key = f"pack-texts:{sha256}:{language}"
        pack = self.ctx.cache.get(key)
        if pack is None:
            pack = self._loaded(sha256).pack
            raw = pack_texts_bytes(pack.id, language)
            if raw is not None:
                # A broken translation file: the pack's own words.
                with contextlib.suppress(ValueError):
                    pack = localize(pack, parse_texts(raw))
            self.ctx.cache[key] = pack
        return pack

    def explain(self, result: ScreeningResult) -> ScreeningResult:
        """A screening result with the pack's texts in the user's language."""
        if self.ctx.language == "en":
            return result
        try:
            original = self._loaded(result.pack.sha256).pack
        except NotFound:
            return result
        return localize_result(result, original, self.localized(result.pack.sha256))

    def screener(self) -> Screener:
        sha = self.active_sha256()
        key = f"screener:{sha}"
        screener = self.ctx.cache.get(key)
        if screener is None:
            compiled = _COMPILED.get(sha)
            if compiled is None:
                compiled = Screener(self._loaded(sha))
                if len(_COMPILED) >= _COMPILED_KEPT:  # the oldest goes
                    _COMPILED.pop(next(iter(_COMPILED), ""), None)
                _COMPILED[sha] = compiled
            # This context's own cache of screened texts; the compiled pack is shared.
            screener = self.ctx.cache[key] = compiled.clone()
        return screener

    def list_packs(self) -> list[PackInfo]:
        with self.ctx.session() as s:
            rows = s.execute(select(DbPack).order_by(DbPack.imported_at, DbPack.id)).scalars()
            return [_info(r) for r in rows]

    def attribution(self) -> str:
        """The credit lines the pack's data sources ask for (CC BY: producer, title, licence)."""
        pack = self.active().pack
        lines = [pack.geography.attribution] if pack.geography.attribution else []
        for src in pack.sources:
            text = src.citation or ", ".join(
                p for p in (src.producer, src.title, src.version, src.licence) if p)
            if text and text not in lines:
                lines.append(text)
        return "\n".join(lines)

    # -- importing ---------------------------------------------------------------------------
    def preview_import(self, raw: bytes) -> tuple[LoadedPack, list[PackChange]]:
        """Validate a pack and say what it changes against the active one; writes nothing."""
        new = load_pack(raw)  # raises PackError with the place and reason
        try:
            current = self.active()
        except ServiceError:
            return new, []
        return new, diff_packs(current.pack, new.pack)

    def import_pack(self, raw: bytes, *, activate: bool = True) -> PackInfo:
        """Store a pack (kept even when replaced later) and make it the active one."""
        loaded = load_pack(raw)
        pack = loaded.pack
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = s.execute(select(DbPack).where(DbPack.sha256 == loaded.ref.sha256)).scalar()
            known = row is not None
            if row is None:
                row = DbPack(pack_id=pack.id, version=pack.version, sha256=loaded.ref.sha256,
                             issuer=pack.issuer, title=pack.title, issued=pack.issued.isoformat(),
                             content=loaded.canonical.decode("utf-8"), imported_at=now,
                             active=False)
                s.add(row)
            if activate:
                s.execute(update(DbPack).where(DbPack.active).values(active=False))
                row.active = True
            s.flush()
            audit_log.append(
                s, actor=self.ctx.actor,
                action="pack.activated" if known else "pack.imported",
                entity="pack", entity_id=loaded.ref.sha256,
                details={**loaded.ref.as_dict(), "issuer": pack.issuer, "title": pack.title,
                         "active": bool(row.active)},
                at=now,
            )
            s.commit()
            info = _info(row)
        self.ctx.cache[f"pack:{loaded.ref.sha256}"] = loaded
        return info

    def ensure_default(self) -> None:
        """Import and activate the bundled pack when the database has none (first run)."""
        with self.ctx.session() as s:
            if s.execute(select(DbPack.id).limit(1)).first() is not None:
                return
        self.import_pack(default_pack_bytes(), activate=True)
