"""``keys show``, ``keys export`` and ``verify-packet`` as the user runs them: in a process,
with a keyring (a file-backed test backend) or without one."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK
from reseller_app.domain import signing
from reseller_app.domain.signing import MANIFEST_SIGNATURE_NAME
from reseller_app.services.company_key import CompanyKeyService
from reseller_app.services.orders import OrderService
from reseller_app.services.startup import open_app

from ..conftest import stepping_clock
from ..services.conftest import sample_profile
from .file_keyring import FileKeyring
from .test_cli import Cli, one_line_error

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(tmp_path, monkeypatch) -> Cli:
    """A database with the company and a held camera order; a keyring in a file, where the
    setup made the company's signing key (as on the computer the commands then run on)."""
    return make_cli(tmp_path, monkeypatch, keyring_at_setup=True)


@pytest.fixture
def cli_set_up_without_keyring(tmp_path, monkeypatch) -> Cli:
    """The same, set up on a computer without a keyring: no signing key yet."""
    return make_cli(tmp_path, monkeypatch, keyring_at_setup=False)


def make_cli(tmp_path, monkeypatch, *, keyring_at_setup: bool) -> Cli:
    import datetime as dt
    from decimal import Decimal

    from reseller_app.services.catalog import CatalogService
    from reseller_app.services.dto import Customer, LineDraft, OrderDraft, Product
    from reseller_app.services.setup import SetupService

    cli = Cli(tmp_path)
    # The test backend is imported by the command from this checkout's tests/ folder.
    cli.env.update(PYTHON_KEYRING_BACKEND="tests.cli.file_keyring.FileKeyring",
                   TEST_KEYRING_FILE=str(tmp_path / "keyring.json"),
                   PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    # The setup (in this process) makes the key in the same keyring as the commands use.
    monkeypatch.setenv("TEST_KEYRING_FILE", cli.env["TEST_KEYRING_FILE"])
    keyring.set_keyring(FileKeyring() if keyring_at_setup else fail.Keyring())
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:
        note = SetupService(ctx).save_profile(sample_profile())
        assert (note is None) == keyring_at_setup
        cat = CatalogService(ctx)
        police = cat.save_customer(Customer("Policía Regional", "VE", "government",
                                            government_function="law_enforcement"))
        cam = cat.save_product(Product("CAM-4K", "4K IP dome camera", "Axis",
                                       "video_surveillance"))
        view = OrderService(ctx).save(OrderDraft(
            "SO-2001", dt.date(2026, 11, 2), "assisted", police.id, None, "VE",
            "Traffic monitoring at city junctions", [],
            [LineDraft(cam.sku, cam.name, cam.category, 40, Decimal("310"), cam.id)]))
        assert view.status == "held"
    finally:
        ctx.engine.dispose()
    return cli


def signed_packet(cli: Cli) -> tuple:
    """The packet's zip and folder, and the exported public-key file."""
    out = cli.tmp / "out"
    proc = cli("escalate", "SO-2001", "--out", str(out), "--recommend", "reject",
               "--text", "The end use cannot be verified.")
    assert proc.returncode == EXIT_OK, proc.stderr
    [zipped] = out.glob("escalation-SO-2001-*.zip")
    proc = cli("keys", "export", str(cli.tmp / "nordlicht.json"))
    assert proc.returncode == EXIT_OK, proc.stderr
    return zipped, out / zipped.stem, cli.tmp / "nordlicht.json"


def test_show_export_and_verify_from_the_terminal(cli):
    proc = cli("keys", "show")
    assert proc.returncode == EXIT_OK, proc.stderr
    fingerprint = proc.stdout.splitlines()[0].removeprefix("Company signing key: fingerprint ")
    assert len(fingerprint.split()) == 8
    assert "private key is in this computer's keyring" in proc.stdout
    assert json.loads((cli.tmp / "keyring.json").read_text())  # the private key went there
    ctx = open_app(f"sqlite:///{cli.db}", clock=stepping_clock(), actor="tester")
    try:  # the key the setup made, not a second one
        assert CompanyKeyService(ctx).current().fingerprint == fingerprint
    finally:
        ctx.engine.dispose()

    zipped, folder, key_file = signed_packet(cli)
    key = signing.parse_public_key(key_file.read_bytes())
    assert key.owner == "Nordlicht IT GmbH" and key.fingerprint == fingerprint
    with zipfile.ZipFile(zipped) as zf:
        assert MANIFEST_SIGNATURE_NAME in zf.namelist()
    for packet in (zipped, folder):
        proc = cli("verify-packet", str(packet), "--key", str(key_file), db=False)
        assert proc.returncode == EXIT_OK, proc.stderr
        assert proc.stdout == f"{packet.name}: Signed by Nordlicht IT GmbH (fingerprint " \
                              f"{fingerprint}).\n"
    assert cli("keys", "show").stdout.splitlines()[0].endswith(fingerprint)  # still the same


def _rezipped(cli: Cli, zipped, name: str, change) -> str:
    with zipfile.ZipFile(zipped) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    change(files)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, data in files.items():
            zf.writestr(n, data)
    return str(cli.write(name, buf.getvalue()))


def test_a_bad_packet_or_key_is_refused_in_one_line(cli):
    zipped, _folder, key_file = signed_packet(cli)
    other = signing.generate()
    other_key = cli.write("techdistri.json", signing.dump_public_key("TechDistri Europe",
                                                                     other.public))

    def forged(files):
        sig = json.loads(files[MANIFEST_SIGNATURE_NAME])
        sig["signature"] = sig["signature"][:20] + ("A" if sig["signature"][20] != "A" else "B") \
            + sig["signature"][21:]
        files[MANIFEST_SIGNATURE_NAME] = json.dumps(sig).encode()

    def altered(files):
        pdf = next(n for n in files if n.endswith(".pdf"))
        files[pdf] = files[pdf] + b"%% changed"

    cases = [
        (_rezipped(cli, zipped, "unsigned.zip",
                   lambda f: f.pop(MANIFEST_SIGNATURE_NAME)), key_file, "not signed"),
        (_rezipped(cli, zipped, "forged.zip", forged), key_file, "signature is wrong"),
        (_rezipped(cli, zipped, "altered.zip", altered), key_file, "altered after signing"),
        (str(zipped), other_key, "signed by another key"),
    ]
    for packet, key, words in cases:
        proc = cli("verify-packet", packet, "--key", str(key), db=False)
        assert proc.returncode == EXIT_BAD_INPUT, (packet, proc.stdout)
        line = one_line_error(proc)
        assert "refused" in line and words in line.lower(), line

    broken = cli.write("broken.json", b'{"format": "channel-diligence-public-key"}')
    for packet, key, words in [
            (str(zipped), str(broken), "broken.json: The file has no version"),
            (str(zipped), str(cli.tmp / "missing.json"), "missing.json"),
            (str(cli.tmp / "missing.zip"), str(key_file), "There is no file or folder"),
            (str(key_file), str(key_file), "is not a packet's zip or folder")]:
        proc = cli("verify-packet", packet, "--key", key, db=False)
        assert proc.returncode == EXIT_BAD_INPUT
        assert words in one_line_error(proc)


def test_without_a_keyring_keys_show_says_so_in_one_line(cli_set_up_without_keyring):
    cli = cli_set_up_without_keyring
    cli.env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    proc = cli("keys", "show")
    assert proc.returncode == EXIT_FAILED
    assert "no system keyring" in one_line_error(proc)
    proc = cli("keys", "export", str(cli.tmp / "missing-folder" / "key.json"))
    assert proc.returncode in (EXIT_FAILED, EXIT_BAD_INPUT)
    one_line_error(proc)
