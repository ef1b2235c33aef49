"""The company key's fingerprint printed in the packet and policy PDFs ("Signed with the
company key, fingerprint ..."), given to the reports as a plain string by the services; nothing
printed where there is no key (or the packet is not signed)."""

from __future__ import annotations

import io

import keyring
from keyring.backends import fail
from pypdf import PdfReader

from reseller_app.domain import policy as p
from reseller_app.reports.policy_pdf import build_policy_pdf
from reseller_app.services.company_key import CompanyKeyService
from reseller_app.services.escalation import EscalationService
from reseller_app.services.policy import PolicyService
from tests.reports.test_policy_pdf import APPROVAL, COMPANY, complete_values
from tests.reports.test_policy_pdf import template as template
from tests.services.test_escalation import build, held_order

SIGNED = "Signed with the company key, fingerprint"


def text_of(data: bytes, first_page_only: bool = False) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(p.extract_text() for p in (pages[:1] if first_page_only
                                                         else pages)).split())


def test_the_packet_names_the_key_that_signs_it_on_its_first_page(configured, catalog):
    key = CompanyKeyService(configured).current()
    assert key is not None  # made at setup
    view = build(configured, held_order(configured, catalog))
    first_page = text_of(EscalationService(configured).pdf(view.id), first_page_only=True)
    assert f"{SIGNED} {key.fingerprint}" in first_page


def test_an_unsigned_packet_prints_no_fingerprint(configured, catalog):
    keyring.set_keyring(fail.Keyring())  # this computer cannot sign
    view = build(configured, held_order(configured, catalog))
    text = text_of(EscalationService(configured).pdf(view.id))
    assert "Escalation of order" in text and SIGNED not in text


def test_the_policy_pdf_prints_the_fingerprint_under_the_approval(configured):
    key = CompanyKeyService(configured).current()
    assert key is not None
    policy = PolicyService(configured)
    policy.start_draft()
    text = text_of(policy.pdf(draft=True))
    assert f"{SIGNED} {key.fingerprint}" in text
    assert text.index("Approval") < text.index(SIGNED)


def test_without_a_key_the_policy_pdf_prints_nothing_about_one(template):
    rendered = p.render(template, complete_values(template), APPROVAL)
    without = text_of(build_policy_pdf(rendered, company=COMPANY, version_number=1,
                                       approval=APPROVAL))
    assert "Approval" in without and SIGNED not in without
    with_key = text_of(build_policy_pdf(rendered, company=COMPANY, version_number=1,
                                        approval=APPROVAL, key_fingerprint="ABCD 0123"))
    assert f"{SIGNED} ABCD 0123" in with_key
