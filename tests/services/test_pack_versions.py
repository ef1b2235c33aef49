"""Pack import: one content per id and version, no silent downgrade, plain words for the
preview (the import dialog and the command line show them)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from reseller_app.domain.packs import PackError
from reseller_app.services.context import AppContext
from reseller_app.services.packs import (
    CONFLICT,
    IN_USE,
    INSTALLED,
    NEW,
    OLDER,
    PackService,
    default_pack_bytes,
    version_key,
)


def pack(version: str | None = None, **change: Any) -> dict[str, Any]:
    data = json.loads(default_pack_bytes())
    if version is not None:
        data["version"] = version
    data.update(change)
    return data


def raw(data: dict[str, Any]) -> bytes:
    return json.dumps(data).encode()


def active_versions(packs: PackService) -> list[tuple[str, bool]]:
    return [(p.version, p.active) for p in packs.list_packs()]


def test_versions_compare_as_numbers() -> None:
    assert version_key("2026.9.0") < version_key("2026.11.0") < version_key("2026.11.10")
    assert version_key("2026.11.0") == version_key("2026.11.0")


def test_same_id_and_version_with_other_content_is_refused(configured: AppContext) -> None:
    packs = PackService(configured)
    version = packs.active().pack.version
    other = pack()
    other["title"] = other["title"] + " (edited)"
    preview = packs.preview_import(raw(other))
    assert preview.standing == CONFLICT and not preview.can_import
    assert "A different pack with the same id and version" in preview.refusal
    assert "Ask its issuer for a new version number" in preview.lines()[0]
    with pytest.raises(PackError, match="same id and version"):
        packs.import_pack(raw(other))
    assert active_versions(packs) == [(version, True)]  # one pack, still in use


def test_an_older_version_is_kept_but_not_put_into_use(configured: AppContext) -> None:
    packs = PackService(configured)
    newer = pack("2099.1.0")
    assert packs.import_pack(raw(newer)).active
    older = pack("2099.0.5")
    preview = packs.preview_import(raw(older))
    assert preview.standing == OLDER and preview.can_import and not preview.activates
    assert "older version (2099.0.5) than the pack in use (2099.1.0)" in preview.lines()[0]
    info = packs.import_pack(raw(older), activate=True)
    assert not info.active
    assert packs.active().pack.version == "2099.1.0"
    # Put back into use deliberately: it is installed now, reviewing it reactivates it.
    again = packs.preview_import(raw(older))
    assert again.standing == INSTALLED and again.activates
    assert "already installed" in again.lines()[0]
    assert packs.import_pack(raw(older), activate=True).active
    assert packs.active().pack.version == "2099.0.5"


def test_reimporting_the_pack_in_use_says_it_is_installed(configured: AppContext) -> None:
    packs = PackService(configured)
    preview = packs.preview_import(default_pack_bytes())
    assert preview.standing == IN_USE and not preview.can_import
    assert "already installed and in use" in preview.lines()[0]
    loaded, changes = preview  # still unpacks as before
    assert loaded.ref.sha256 == packs.active_sha256() and changes == []


def test_a_newer_version_is_imported_and_used(configured: AppContext) -> None:
    packs = PackService(configured)
    preview = packs.preview_import(raw(pack("2099.1.0")))
    assert preview.standing == NEW and preview.activates and preview.notes == ()
    assert preview.lines() == ["It changes nothing compared with the pack in use."]


def test_a_country_left_out_is_described_in_words(configured: AppContext) -> None:
    packs = PackService(configured)
    data = pack("2099.1.0")
    geo = data["geography"]
    code = next(c for c, v in sorted(geo["countries"].items()) if v["level"] != "high")
    level = geo["countries"].pop(code)["level"]
    geo["countries"]["ZZ" if "ZZ" not in geo["countries"] else "ZY"] = {"level": "high"}
    preview = packs.preview_import(raw(data))
    lines = preview.lines()
    from reseller_app.domain.countries import country_name

    fallback = {"standard": "standard", "elevated": "elevated", "high": "high"}[
        geo["fallback_level"]]
    assert f"{country_name(code)}: no longer listed, gets the fallback tier ({fallback})." \
        in lines
    assert not any("None" in line or "->" in line for line in lines)
    assert level  # the country had a tier before


# -- an update of the app brings its newer default pack ---------------------------------------
def _older_default_in_use(path) -> None:
    """A database as an earlier release left it: only an older default pack, in use."""
    import sqlite3

    from reseller_app.services.startup import open_app

    first = open_app(str(path), actor="tester")
    try:
        con = sqlite3.connect(path)
        try:
            con.execute("DELETE FROM pack")
            con.commit()
        finally:
            con.close()
        PackService(first).import_pack(raw(pack("2026.11.0", description="The old rules.")))
    finally:
        first.engine.dispose()


def test_an_updated_app_puts_its_newer_default_pack_in_use(tmp_path):
    from reseller_app.services.audit import AuditService
    from reseller_app.services.startup import open_app

    path = tmp_path / "app.sqlite3"
    _older_default_in_use(path)
    bundled = json.loads(default_pack_bytes())["version"]
    ctx = open_app(str(path), actor="tester")  # the next start, after the update
    try:
        packs = PackService(ctx)
        assert packs.active().pack.version == bundled
        assert sorted(active_versions(packs)) == [("2026.11.0", False), (bundled, True)]
        assert AuditService(ctx).verify().ok
    finally:
        ctx.engine.dispose()


def test_an_older_default_put_back_on_purpose_stays_in_use(tmp_path):
    import sqlite3

    from reseller_app.services.startup import open_app

    path = tmp_path / "app.sqlite3"
    _older_default_in_use(path)
    open_app(str(path), actor="tester").engine.dispose()  # the update: the newer one in use
    con = sqlite3.connect(path)
    try:  # someone reviewed the kept packs and went back to the older one
        con.execute("UPDATE pack SET active = (version = '2026.11.0')")
        con.commit()
    finally:
        con.close()
    ctx = open_app(str(path), actor="tester")
    try:
        assert PackService(ctx).active().pack.version == "2026.11.0"
    finally:
        ctx.engine.dispose()


def test_a_distributors_own_pack_in_use_is_left_alone(tmp_path):
    from reseller_app.services.startup import open_app

    path = tmp_path / "app.sqlite3"
    ctx = open_app(str(path), actor="tester")
    try:
        PackService(ctx).import_pack(raw(pack("1.0", id="distri-pack", title="Distri rules")))
    finally:
        ctx.engine.dispose()
    ctx = open_app(str(path), actor="tester")
    try:
        assert PackService(ctx).active().pack.id == "distri-pack"
    finally:
        ctx.engine.dispose()
