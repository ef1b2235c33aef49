"""Ed25519 keys, public-key files and detached signatures (domain/signing.py): tables of
forgeries, cut-short signatures, altered manifests and files, other keys and broken key files,
each refused with its reason."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reseller_app.domain import signing
from reseller_app.domain.packets import MANIFEST_NAME, build_manifest, manifest_bytes
from reseller_app.domain.signing import MANIFEST_SIGNATURE_NAME, Outcome, SigningError

COMPANY = "Nordlicht IT GmbH"
KEY = signing.generate()
OTHER = signing.generate()
FILES = {"escalation-SO-2001.pdf": b"%PDF-1.4 packet", "escalation-SO-2001.json": b"{}\n",
         "statement.pdf": b"%PDF-1.4 statement"}


def packet(key: signing.KeyPair = KEY, signer: str = COMPANY) -> dict[str, bytes]:
    manifest = manifest_bytes(build_manifest("a" * 8 + "-0000-4000-8000-" + "0" * 12,
                                             dt.datetime(2026, 11, 5, tzinfo=dt.UTC), FILES))
    return {**FILES, MANIFEST_NAME: manifest,
            MANIFEST_SIGNATURE_NAME: signing.sign_detached(key.private, signer, manifest)}


def public_file(key: signing.KeyPair = KEY, owner: str = COMPANY) -> signing.PublicKeyFile:
    return signing.parse_public_key(signing.dump_public_key(owner, key.public))


def edit_signature(change: Callable[[dict], None]) -> Callable[[dict[str, bytes]], None]:
    def apply(files: dict[str, bytes]) -> None:
        data = json.loads(files[MANIFEST_SIGNATURE_NAME])
        change(data)
        files[MANIFEST_SIGNATURE_NAME] = json.dumps(data).encode()
    return apply


def _flip(text: str) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[0] ^= 1
    return base64.b64encode(bytes(raw)).decode()


def _set(key: str, value: object) -> Callable[[dict], None]:
    return lambda d: d.__setitem__(key, value)


def _manifest_altered(files: dict[str, bytes]) -> None:
    files[MANIFEST_NAME] = files[MANIFEST_NAME].replace(b"escalation-SO-2001.pdf",
                                                        b"escalation-SO-2002.pdf")


def _manifest_and_hash_altered(files: dict[str, bytes]) -> None:
    """A forger who also writes the new manifest's hash into the signature file."""
    _manifest_altered(files)
    edit_signature(_set("signed_sha256", signing.hashlib.sha256(files[MANIFEST_NAME])
                        .hexdigest()))(files)


CASES: list[tuple[str, Callable[[dict[str, bytes]], None], Outcome, str]] = [
    ("untouched", lambda f: None, Outcome.SIGNED, "Signed by Nordlicht IT GmbH"),
    ("no signature file", lambda f: f.pop(MANIFEST_SIGNATURE_NAME), Outcome.UNSIGNED,
     "not signed"),
    ("no manifest", lambda f: f.pop(MANIFEST_NAME), Outcome.UNSIGNED, "no manifest.json"),
    ("forged signature (one bit)", edit_signature(lambda d: d.update(
        signature=_flip(d["signature"]))), Outcome.BAD_SIGNATURE, "signature is wrong"),
    ("signature of other bytes", edit_signature(_set(
        "signature", base64.b64encode(signing.sign(KEY.private, b"other")).decode())),
     Outcome.BAD_SIGNATURE, "signature is wrong"),
    ("truncated signature", edit_signature(lambda d: d.update(signature=d["signature"][:40])),
     Outcome.BAD_SIGNATURE, "cut short"),
    ("signature not base64", edit_signature(_set("signature", "not base64 at all!")),
     Outcome.BAD_SIGNATURE, "not valid base64"),
    ("signer renamed", edit_signature(_set("signer", "TechDistri Europe")),
     Outcome.BAD_SIGNATURE, "signature is wrong"),
    ("signature file cut in half", lambda f: f.update(
        {MANIFEST_SIGNATURE_NAME: f[MANIFEST_SIGNATURE_NAME][:100]}), Outcome.BAD_SIGNATURE,
     "cannot be read"),
    ("signature file empty", lambda f: f.update({MANIFEST_SIGNATURE_NAME: b""}),
     Outcome.BAD_SIGNATURE, "cannot be read"),
    ("signature file huge", lambda f: f.update({MANIFEST_SIGNATURE_NAME: b" " * 10**7}),
     Outcome.BAD_SIGNATURE, "a few hundred bytes"),
    ("another purpose", edit_signature(_set("purpose", "invoice")), Outcome.BAD_SIGNATURE,
     "does not sign"),
    ("a decision's purpose", edit_signature(_set("purpose", "decision")),
     Outcome.BAD_SIGNATURE, "made for something else (decision)"),
    ("another algorithm", edit_signature(_set("algorithm", "RSA")), Outcome.BAD_SIGNATURE,
     "only Ed25519"),
    ("an extra field", edit_signature(_set("valid", True)), Outcome.BAD_SIGNATURE,
     "not a field"),
    ("altered manifest", _manifest_altered, Outcome.ALTERED, "altered after signing"),
    ("altered manifest, hash rewritten", _manifest_and_hash_altered, Outcome.BAD_SIGNATURE,
     "signature is wrong"),
    ("altered file listed in the manifest",
     lambda f: f.update({"statement.pdf": b"%PDF-1.4 another statement"}), Outcome.ALTERED,
     "statement.pdf"),
    ("file removed", lambda f: f.pop("statement.pdf"), Outcome.ALTERED, "statement.pdf"),
    ("file added", lambda f: f.update({"invoice.pdf": b"%PDF"}), Outcome.ALTERED,
     "invoice.pdf"),
    ("signed by another key", lambda f: f.update(packet(OTHER)), Outcome.OTHER_KEY,
     "another key"),
    ("another key claiming our fingerprint", lambda f: f.update({
        MANIFEST_SIGNATURE_NAME: _claiming_our_fingerprint(f[MANIFEST_NAME])}),
     Outcome.BAD_SIGNATURE, "signature is wrong"),
]


def _claiming_our_fingerprint(manifest: bytes) -> bytes:
    """Signed with another key, but naming ours: the signature itself gives it away."""
    ours = signing.fingerprint(KEY.public)
    digest = signing.hashlib.sha256(manifest).hexdigest()
    statement = signing._statement(signing.PURPOSE_MANIFEST, COMPANY, ours, digest)
    return json.dumps({
        "format": signing.SIGNATURE_FORMAT, "version": 1, "purpose": "manifest",
        "signer": COMPANY, "key_fingerprint": ours, "algorithm": "Ed25519",
        "signed_sha256": digest,
        "signature": base64.b64encode(signing.sign(OTHER.private, statement)).decode()}).encode()


@pytest.mark.parametrize(("change", "outcome", "words"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_a_packet_is_verified_or_refused_with_its_reason(change, outcome, words):
    files = packet()
    change(files)
    verdict = signing.verify_packet(public_file(), files)
    assert verdict.outcome == outcome, verdict.message
    assert words in verdict.message
    assert verdict.ok == (outcome == Outcome.SIGNED)


def test_signing_is_deterministic_and_names_the_key():
    assert packet() == packet()  # the same packet always gets the same bytes
    sig = signing.parse_signature(packet()[MANIFEST_SIGNATURE_NAME])
    assert sig.signer == COMPANY and sig.key_fingerprint == signing.fingerprint(KEY.public)
    assert signing.verify(KEY.public, sig.statement(), sig.signature)
    assert not signing.verify(OTHER.public, sig.statement(), sig.signature)
    assert not signing.verify(KEY.public, sig.statement(), sig.signature[:63])


def test_the_fingerprint_is_read_aloud_in_groups_of_four():
    fp = signing.fingerprint(KEY.public)
    groups = fp.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert fp.replace(" ", "").lower() == signing.key_id(KEY.public)[:32]
    assert signing.fingerprint(OTHER.public) != fp


def test_a_key_file_reads_back():
    raw = signing.dump_public_key(" Nordlicht  IT GmbH ", KEY.public)
    data = json.loads(raw)
    assert data == {"format": "channel-diligence-public-key", "version": 1,
                    "owner": "Nordlicht IT GmbH", "algorithm": "Ed25519",
                    "public_key": base64.b64encode(KEY.public).decode()}
    key = signing.parse_public_key(raw)
    assert key.owner == "Nordlicht IT GmbH" and key.public_key == KEY.public


def _key_file(**changes: object) -> bytes:
    data: dict[str, object] = json.loads(signing.dump_public_key(COMPANY, KEY.public))
    for name, value in changes.items():
        if value is None:
            data.pop(name)
        else:
            data[name] = value
    return json.dumps(data).encode()


BAD_KEY_FILES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "not valid JSON"),
    ("not JSON", b"ssh-ed25519 AAAAC3Nza... anna@laptop", "not valid JSON"),
    ("a list", b"[1, 2]", "named fields"),
    ("huge", b"{" + b" " * 10**6 + b"}", "a few hundred bytes"),
    ("nested deep", b"[" * 5000 + b"]" * 5000, "a few hundred bytes"),
    ("another format", _key_file(format="channel-diligence-decision/1"),
     "not a Channel Diligence public-key file"),
    ("version 2", _key_file(version=2), "version 2"),
    ("version true", _key_file(version=True), "version true"),
    ("RSA", _key_file(algorithm="RSA"), "only Ed25519"),
    ("no owner", _key_file(owner=None), "no owner"),
    ("blank owner", _key_file(owner="   "), "owner must be a name"),
    ("owner with a direction mark", _key_file(owner="Nordlicht\u202eIT"), "not a name"),
    ("owner too long", _key_file(owner="N" * 201), "not a name"),
    ("no key", _key_file(public_key=None), "no public_key"),
    ("key cut short", _key_file(public_key=base64.b64encode(KEY.public[:31]).decode()),
     "31 bytes long"),
    ("key not base64", _key_file(public_key="@@@@"), "not valid base64"),
    ("key a number", _key_file(public_key=12), "must be base64 text"),
    ("an extra field", _key_file(private_key="x"), "not a field"),
    ("NUL in owner", _key_file(owner="Nord\x00licht"), "NUL"),
]


@pytest.mark.parametrize(("raw", "words"), [c[1:] for c in BAD_KEY_FILES],
                         ids=[c[0] for c in BAD_KEY_FILES])
def test_a_malformed_key_file_is_refused_in_words(raw, words):
    with pytest.raises(SigningError) as exc:
        signing.parse_public_key(raw)
    assert words in exc.value.message


def test_a_key_that_is_not_on_the_curve_is_refused_or_never_verifies():
    """32 bytes that are no Ed25519 point: refused when read, or at least never accepted."""
    raw = _key_file(public_key=base64.b64encode(b"\xff" * 32).decode())
    try:
        key = signing.parse_public_key(raw)
    except SigningError:
        return
    verdict = signing.verify_packet(key, packet())
    assert verdict.outcome in (Outcome.OTHER_KEY, Outcome.BAD_SIGNATURE)


def test_the_files_match_their_published_schemas():
    import pathlib

    import jsonschema

    schemas = pathlib.Path(__file__).resolve().parents[2] / "resources" / "schemas"
    for name, raw in [("public-key-v1.schema.json", signing.dump_public_key(COMPANY, KEY.public)),
                      ("signature-v1.schema.json", packet()[MANIFEST_SIGNATURE_NAME])]:
        schema = json.loads((schemas / name).read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.validate(json.loads(raw), schema)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_as_a_key_or_signature_file_give_a_reason_not_a_crash(raw):
    """Whatever the bytes: a key file is read or refused with SigningError; a signature file
    gives a verdict (never an exception)."""
    try:
        signing.parse_public_key(raw)
    except SigningError as exc:
        assert exc.message
    files = {**packet(), MANIFEST_SIGNATURE_NAME: raw}
    assert not signing.verify_packet(public_file(), files).ok


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["format", "version", "owner", "algorithm",
                                        "public_key", "purpose", "signer", "signature"]),
                       st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=60),
                                 st.lists(st.integers(), max_size=3))))
def test_any_json_object_as_a_signature_file_gives_a_verdict(data):
    sig = json.loads(packet()[MANIFEST_SIGNATURE_NAME])
    sig.update(data)
    files = {**packet(), MANIFEST_SIGNATURE_NAME: json.dumps(sig).encode()}
    verdict = signing.verify_packet(public_file(), files)
    assert verdict.message
    if verdict.ok:  # only untouched fields can still verify
        assert all(sig[k] == v for k, v in json.loads(packet()[MANIFEST_SIGNATURE_NAME]).items())
