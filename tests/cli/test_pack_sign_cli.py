"""``packs sign`` on the distributor's desk and ``packs import`` / ``packs list`` on the
reseller's side, through the real entry point: a signed pack is imported with its signer
printed and listed; every refused pack ends with one line on stderr, exit code 2, and nothing
stored changes."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from reseller_app.cli import main
from reseller_app.services.desk import DeskKeyService
from reseller_app.store.tables import DbAuditEvent, DbPack

from ..services import conftest as service_fixtures
from ..services.test_desk import open_desk
from ..services.test_pack_signatures import DISTRIBUTOR, sig_of, write_pack

configured = service_fixtures.configured


def run(ctx, capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", ctx.db_url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def refused(ctx, capsys, *argv: str) -> str:
    code, out, err = run(ctx, capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("reseller-app: ") and err.count("\n") == 1
    return err


def stored(ctx) -> tuple[int, int]:
    with ctx.session() as s:
        return (s.execute(select(func.count()).select_from(DbPack)).scalar_one(),
                s.execute(select(func.count()).select_from(DbAuditEvent)).scalar_one())


@pytest.fixture
def desk(tmp_path):
    ctx = open_desk(tmp_path, "desk")
    yield ctx
    ctx.engine.dispose()


def test_sign_on_the_desk_then_import_names_the_signer(configured, desk, tmp_path, capsys):
    key_file = tmp_path / "desk-key.json"
    assert run(desk, capsys, "distributor", "keygen", "--name", DISTRIBUTOR, "--out",
               str(key_file))[0] == 0
    fingerprint = DeskKeyService(desk).current().fingerprint
    assert run(configured, capsys, "distributors", "pin-key", DISTRIBUTOR, str(key_file),
               "--fingerprint", fingerprint)[0] == 0
    pack = write_pack(tmp_path)

    err = refused(configured, capsys, "packs", "import", str(pack))  # not signed yet
    assert "not signed" in err and fingerprint in err

    code, out, _ = run(desk, capsys, "packs", "sign", str(pack), "--key", str(key_file))
    assert code == 0 and sig_of(pack).is_file()
    assert f"as {DISTRIBUTOR}, fingerprint {fingerprint}" in out and pack.name in out

    code, out, _ = run(configured, capsys, "packs", "import", str(pack))
    assert code == 0
    assert f"Signed by {DISTRIBUTOR} (fingerprint {fingerprint})." in out
    code, out, _ = run(configured, capsys, "packs", "list")
    line = next(li for li in out.splitlines() if "techdistri-europe" in li)
    assert line.startswith("*") and f"signed by {DISTRIBUTOR} (fingerprint {fingerprint})" in line


def test_refused_packs_change_nothing(configured, desk, tmp_path, capsys):
    key_file = tmp_path / "desk-key.json"
    run(desk, capsys, "distributor", "keygen", "--name", DISTRIBUTOR, "--out", str(key_file))
    run(configured, capsys, "distributors", "pin-key", DISTRIBUTOR, str(key_file))
    pack = write_pack(tmp_path)
    run(desk, capsys, "packs", "sign", str(pack))
    data = json.loads(pack.read_bytes())
    data["title"] = "Altered"
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps(data))
    before = stored(configured)
    err = refused(configured, capsys, "packs", "import", str(altered), "--signature",
                  str(sig_of(pack)))
    assert "altered after signing" in err and "Nothing was imported." in err
    sig_of(pack).write_text('{"format": "channel-diligence-signature"}')
    assert "signature" in refused(configured, capsys, "packs", "import", str(pack))
    assert stored(configured) == before

    # Unsigned from a pinned distributor: only the administrator's choice lets it in.
    sig_of(pack).unlink()
    refused(configured, capsys, "packs", "import", str(pack))
    assert run(configured, capsys, "distributors", "accept-unsigned", DISTRIBUTOR, "on")[0] == 0
    code, out, _ = run(configured, capsys, "packs", "import", str(pack))
    assert code == 0 and "Warning: " in out and "an administrator's choice" in out


def test_signing_refuses_another_key_file_and_a_desk_without_a_key(desk, tmp_path, capsys):
    pack = write_pack(tmp_path)
    assert "no signing key yet" in refused(desk, capsys, "packs", "sign", str(pack))
    run(desk, capsys, "distributor", "keygen", "--name", DISTRIBUTOR)
    other = open_desk(tmp_path, "other")
    try:
        other_key = DeskKeyService(other, owner="Other Distri").export(tmp_path / "o.json")
    finally:
        other.engine.dispose()
    err = refused(desk, capsys, "packs", "sign", str(pack), "--key", str(other_key))
    assert "not this desk's signing key" in err
    assert not sig_of(pack).exists()
