"""The audit chain's signed head (domain/chain_head.py): signed, dumped and read back; each way
of faking, cutting or outdating it gets its own verdict in words."""

from __future__ import annotations

import base64
import json

import pytest

from reseller_app.domain import chain_head as ch
from reseller_app.domain import signing
from reseller_app.domain.signing import SigningError

COMPANY = "Nordlicht IT GmbH"
KEY = signing.generate()
OTHER = signing.generate()
HASH = "ab" * 32
OTHER_HASH = "cd" * 32
AT = "2026-12-01T10:02:33.000000+00:00"


def head(key: signing.KeyPair = KEY, seq: int = 415, event_hash: str = HASH) -> ch.SignedHead:
    return ch.sign_head(key.private, COMPANY, seq, event_hash, AT)


def edited(**changes: object) -> bytes:
    data = json.loads(ch.dump_head(head()))
    data.update(changes)
    return json.dumps(data).encode()


def test_a_signed_head_reads_back_as_signed_and_holds_on_its_chain() -> None:
    signed = head()
    again = ch.parse_head(ch.dump_head(signed))
    assert again == signed
    assert again.when == "2026-12-01 10:02 UTC"
    verdict = ch.judge(again, KEY.public, last_seq=420, hash_at_seq=HASH)
    assert verdict.ok
    assert verdict.message_en == "the head signed on 2026-12-01 10:02 UTC (event 415) holds"


def test_the_signature_covers_a_statement_of_its_own_kind() -> None:
    """Never the bytes of a manifest signature: the statement names the head's format."""
    statement = json.loads(head().statement())
    assert statement["format"] == ch.HEAD_FORMAT and statement["purpose"] == "chain-head"
    assert statement["seq"] == 415 and statement["event_hash"] == HASH
    assert "signature" not in statement


@pytest.mark.parametrize(("last_seq", "hash_at_seq", "outcome", "words"), [
    (412, None, ch.HeadOutcome.TRUNCATED,
     "events after 412 were deleted: the head signed on 2026-12-01 10:02 UTC names event 415"),
    (0, None, ch.HeadOutcome.TRUNCATED, "events after 0 were deleted"),
    (420, OTHER_HASH, ch.HeadOutcome.REWRITTEN,
     "the chain was rewritten: event 415 no longer has the hash signed on 2026-12-01 10:02 UTC"),
])
def test_a_chain_that_lost_or_changed_the_signed_event_is_named(last_seq, hash_at_seq, outcome,
                                                                words) -> None:
    verdict = ch.judge(head(), KEY.public, last_seq=last_seq, hash_at_seq=hash_at_seq)
    assert verdict.outcome == outcome and not verdict.ok
    assert words in verdict.message_en and words in verdict.message


@pytest.mark.parametrize("change", [
    {"seq": 416}, {"event_hash": OTHER_HASH}, {"signed_at": "2026-12-02T10:02:33+00:00"},
    {"signer": "Mallory Ltd"},
])
def test_an_edited_head_no_longer_holds_its_signature(change) -> None:
    forged = ch.parse_head(edited(**change))
    verdict = ch.judge(forged, KEY.public, last_seq=500, hash_at_seq=forged.event_hash)
    assert verdict.outcome == ch.HeadOutcome.BAD_SIGNATURE
    assert "edited or forged" in verdict.message_en


def test_a_head_signed_with_another_key_names_both_fingerprints() -> None:
    verdict = ch.judge(head(OTHER), KEY.public, last_seq=500, hash_at_seq=HASH)
    assert verdict.outcome == ch.HeadOutcome.OTHER_KEY
    assert signing.fingerprint(OTHER.public) in verdict.message_en
    assert signing.fingerprint(KEY.public) in verdict.message_en


def test_a_forged_signature_with_the_right_fingerprint_is_refused() -> None:
    forged = ch.sign_head(OTHER.private, COMPANY, 415, HASH, AT)
    forged = ch.SignedHead(forged.seq, forged.event_hash, forged.signed_at, forged.signer,
                           signing.fingerprint(KEY.public), forged.signature)
    verdict = ch.judge(forged, KEY.public, last_seq=500, hash_at_seq=HASH)
    assert verdict.outcome == ch.HeadOutcome.BAD_SIGNATURE


@pytest.mark.parametrize(("raw", "words"), [
    (edited(signature=base64.b64encode(head().signature[:40]).decode()), "40 bytes long"),
    (edited(signature="not base64!"), "not valid base64"),
    (edited(seq=0), "not an event number"),
    (edited(seq=True), "not an event number"),
    (edited(event_hash="AB" * 32), "not a SHA-256"),
    (edited(format="channel-diligence-signature"), "not a Channel Diligence chain head"),
    (edited(purpose="manifest"), "not a Channel Diligence chain head"),
    (edited(extra=1), "is not a field"),
    (b"{", "JSON"),
    (b"x" * 5000, "5,000 bytes"),
])
def test_a_file_that_is_not_a_signed_head_is_refused_in_words(raw: bytes, words: str) -> None:
    with pytest.raises(SigningError) as caught:
        ch.parse_head(raw)
    assert words in caught.value.message


def test_a_missing_field_is_named() -> None:
    data = json.loads(ch.dump_head(head()))
    del data["signed_at"]
    with pytest.raises(SigningError, match="has no signed_at"):
        ch.parse_head(json.dumps(data).encode())
