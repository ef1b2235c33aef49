"""Criteria packs: the default one on first run, replacements from distributors, the active one.

Every imported pack is kept (an old screening names the pack it used by id, version and SHA-256,
and stays explainable); exactly one is active. Compiled packs are cached on the context by
SHA-256, so screening as the user types does not re-read and re-validate the pack.
"""

from __future__ import annotations

import importlib.resources

from sqlalchemy import select, update

from reseller_app.domain.packs import LoadedPack, PackChange, PackError, diff_packs, load_pack
from reseller_app.domain.screening import Screener
from reseller_app.services.context import AppContext
from reseller_app.services.dto import PackInfo
from reseller_app.services.errors import NotFound, ServiceError
from reseller_app.store import audit_log
from reseller_app.store.tables import DbPack, utc


def default_pack_bytes() -> bytes:
    return (importlib.resources.files("reseller_app.resources") / "packs" /
            "default-pack.json").read_bytes()


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
                    raise NotFound(f"No criteria pack with SHA-256 {sha256}.")
            try:
                loaded = load_pack(content)
            except PackError as exc:  # only if someone edited the stored pack by hand
                raise ServiceError(f"The stored criteria pack cannot be read: {exc}") from exc
            self.ctx.cache[key] = loaded
        return loaded

    def active_sha256(self) -> str:
        with self.ctx.session() as s:
            sha = s.execute(select(DbPack.sha256).where(DbPack.active)
                            .order_by(DbPack.id.desc()).limit(1)).scalar()
        if sha is None:
            raise ServiceError("No criteria pack is active: import one (File > Criteria pack).")
        return sha

    def active(self) -> LoadedPack:
        return self._loaded(self.active_sha256())

    def by_sha256(self, sha256: str) -> LoadedPack:
        """A pack that screened an order (kept after a newer one was activated)."""
        return self._loaded(sha256)

    def screener(self) -> Screener:
        sha = self.active_sha256()
        key = f"screener:{sha}"
        screener = self.ctx.cache.get(key)
        if screener is None:
            screener = self.ctx.cache[key] = Screener(self._loaded(sha))
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
