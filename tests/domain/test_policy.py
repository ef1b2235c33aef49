"""The policy template, Principle 16, field errors, rendering and diffs: tables of cases."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import json
from typing import Any

import pytest

from reseller_app.domain import policy as p
from reseller_app.domain.policy import Approval

TODAY = dt.date(2026, 11, 5)
APPROVAL = Approval("Katrin Vogel", "Managing Director", dt.date(2026, 11, 2))


def _raw() -> bytes:
    return (importlib.resources.files("reseller_app.resources") / "policy" /
            "template.en.json").read_bytes()


@pytest.fixture(scope="module")
def template() -> p.PolicyTemplate:
    return p.load_template(_raw())


FACTS = p.PolicyFacts(
    company_name="Müller & Łódź IT Sp. z o.o.", country_name="Poland", sales_model="both",
    approver_name="Katrin Vogel", approver_title="Managing Director",
    approver_email="k.vogel@example.com",
    distributors=(("Central Distribution Europe", "hrdd@central.example"),),
    prohibited_uses=("Live facial recognition for mass surveillance",
                     "Censorship and internet shutdowns"),
    high_risk_uses=("Interception of communications",),
)


def complete(template: p.PolicyTemplate) -> dict[str, Any]:
    values = p.prefill(template, FACTS)
    values.update(internal_expertise="our sales team and our Managing Director",
                  published_at="on our website at https://example.com/human-rights",
                  approved_on="2026-11-02", next_review="2027-11-02")
    return values


# -- template ---------------------------------------------------------------------------------
def test_the_english_template_has_every_section_in_order(template):
    assert tuple(s.id for s in template.sections) == p.SECTION_IDS
    assert template.language == "en"
    for s in template.sections:
        assert s.title and s.guidance and s.example and s.body and s.fields
        for f in s.fields:
            assert f.kind in p.KINDS and f.label and f.help and f.example and f.max_length > 0


def test_the_commitment_names_the_three_reference_standards(template):
    body = template.section("commitment").body
    for standard in ("UN Guiding Principles", "International Bill of Human Rights",
                     "International Labour Organization"):
        assert standard in body


def _broken(change) -> bytes:
    data = json.loads(_raw())
    change(data)
    return json.dumps(data).encode()


@pytest.mark.parametrize(("change", "words"), [
    (lambda d: d["sections"].pop(3), "sections must be"),
    (lambda d: d["sections"][0]["fields"].append(dict(d["sections"][0]["fields"][0])),
     "appears twice"),
    (lambda d: d["sections"][0].update(body="{no_such_field}"), "unknown placeholder"),
    (lambda d: d["sections"][0]["fields"][0].update(kind="colour"), "kind"),
    (lambda d: d.update(format="something/2"), "format"),
    (lambda d: d["sections"][11]["fields"].clear(), "next_review"),
])
def test_a_broken_template_is_refused_saying_why(change, words):
    with pytest.raises(p.PolicyTemplateError) as exc:
        p.load_template(_broken(change))
    assert words in str(exc.value)


def test_a_template_that_is_not_json_is_refused():
    with pytest.raises(p.PolicyTemplateError, match="not valid JSON"):
        p.load_template(b"{nope")


# -- Principle 16 -----------------------------------------------------------------------------
def _ids(reqs: list[p.Requirement]) -> dict[str, bool]:
    return {r.id: r.met for r in reqs}


def test_a_complete_adopted_and_communicated_policy_meets_all_five(template):
    reqs = p.principle16(complete(template), APPROVAL, communications=2)
    assert [r.id for r in reqs] == ["senior_approval", "expertise", "expectations", "public",
                                    "embedded"]
    assert all(r.met and not r.missing for r in reqs)


def test_the_checklist_follows_the_five_elements_of_principle_16_as_written(template):
    """(a) to (e) in the Principle's order and words: (d) is one element, public and
    communicated, and (e), reflected in operational policies and procedures, is there."""
    reqs = p.principle16(complete(template), APPROVAL, communications=2)
    assert [(r.letter, r.title) for r in reqs] == [
        ("a", "Approved at the most senior level"),
        ("b", "Informed by relevant internal and/or external expertise"),
        ("c", "Stipulates expectations of personnel, business partners and other parties "
              "directly linked to the business"),
        ("d", "Publicly available and communicated internally and externally"),
        ("e", "Reflected in operational policies and procedures"),
    ]


@pytest.mark.parametrize(("requirement", "remove", "words"), [
    ("senior_approval", ["approver_name"], "name of the senior person"),
    ("senior_approval", ["approver_title"], "job title"),
    ("senior_approval", ["approved_on"], "date it was approved"),
    ("expertise", ["internal_expertise", "external_expertise"], "inside the company"),
    ("expertise", ["internal_expertise", "external_expertise"], "outside expertise"),
    ("expectations", ["staff_expectations"], "staff"),
    ("expectations", ["partner_expectations"], "distributors, vendors"),
    ("expectations", ["customer_expectations"], "customers"),
    ("public", ["published_at"], "where the public can read"),
    ("public", ["internal_communication"], "staff are told"),
    ("public", ["external_communication"], "distributors, vendors and customers"),
    ("embedded", ["screening_steps"], "how orders are checked"),
    ("embedded", ["escalation_text"], "distributor or vendor"),
    ("embedded", ["report_contact"], "raise a concern"),
    ("embedded", ["training_text"], "who is trained"),
])
def test_each_requirement_is_missing_with_what_is_needed(template, requirement, remove, words):
    values = complete(template)
    for f in remove:
        values[f] = [] if isinstance(values.get(f), list) else ""
    reqs = {r.id: r for r in p.principle16(values, None, communications=1)}
    assert not reqs[requirement].met
    assert any(words in m for m in reqs[requirement].missing), reqs[requirement].missing
    # the other four are untouched
    assert all(r.met for k, r in reqs.items() if k != requirement)


def test_communicated_needs_a_recorded_communication(template):
    values = complete(template)
    public = p.principle16(values, APPROVAL, communications=0)[3]
    assert not public.met
    # the one thing missing is for after adoption: a draft cannot do more
    assert public.missing == public.after_adoption and len(public.missing) == 1
    assert _ids(p.principle16(values, APPROVAL, communications=1))["public"]
    values["published_at"] = ""
    public = p.principle16(values, APPROVAL, communications=0)[3]
    assert len(public.missing) == 2 and len(public.after_adoption) == 1


@pytest.mark.parametrize("kept", ["internal_expertise", "external_expertise"])
def test_internal_or_external_expertise_alone_meets_b(template, kept):
    values = complete(template)
    for f in ("internal_expertise", "external_expertise"):
        if f != kept:
            values[f] = [] if isinstance(values.get(f), list) else ""
    assert _ids(p.principle16(values, APPROVAL, communications=1))["expertise"]


def test_a_recorded_approval_counts_even_when_the_values_have_none(template):
    values = complete(template)
    for f in ("approver_name", "approver_title", "approved_on"):
        values.pop(f)
    assert not _ids(p.principle16(values, None))["senior_approval"]
    assert _ids(p.principle16(values, APPROVAL))["senior_approval"]


# -- field errors -----------------------------------------------------------------------------
def test_a_complete_policy_has_no_field_errors(template):
    assert p.field_errors(template, complete(template), TODAY) == {}


@pytest.mark.parametrize(("field", "value", "words"), [
    ("company_name", "", "Fill this in"),
    ("company_name", "   ", "Fill this in"),
    ("prohibited_uses", [], "Add at least one item"),
    ("prohibited_uses", ["", "  "], "Add at least one item"),
    ("next_review", "", "Enter a date"),
    ("company_name", "x" * 201, "201 characters long; the limit is 200"),
    ("prohibited_uses", ["ok", "y" * 301], "Item 2 is 301 characters long"),
    ("next_review", "2026-11-04", "in the past"),
    ("next_review", "5 Nov 2027", "not a date"),
    ("approved_on", "2026-11-06", "in the future"),
])
def test_field_errors_say_what_is_wrong_in_words(template, field, value, words):
    values = complete(template)
    values[field] = value
    errors = p.field_errors(template, values, TODAY)
    assert list(errors) == [field]
    assert words in errors[field]


def test_an_optional_field_may_stay_empty(template):
    values = complete(template)
    values.update(commitment_own_words="", high_risk_uses=[], scope_notes="")
    assert p.field_errors(template, values, TODAY) == {}


def test_a_review_due_today_is_not_in_the_past(template):
    values = complete(template)
    values["next_review"] = TODAY.isoformat()
    assert "next_review" not in p.field_errors(template, values, TODAY)


def test_length_errors_ignore_incomplete_input(template):
    assert p.length_errors(template, {"company_name": ""}) == {}
    assert set(p.length_errors(template, {"company_name": "x" * 201})) == {"company_name"}


# -- prefill ----------------------------------------------------------------------------------
def test_prefill_takes_the_setup_and_the_pack(template):
    values = p.prefill(template, FACTS)
    assert values["company_name"] == FACTS.company_name
    assert values["company_country"] == "Poland"
    assert values["prohibited_uses"] == list(FACTS.prohibited_uses)
    assert values["high_risk_uses"] == ["Interception of communications"]
    assert "Central Distribution Europe (hrdd@central.example)" in values["escalation_text"]
    assert values["external_expertise"][0] == "Our distributor, Central Distribution Europe"
    assert any("Katrin Vogel" in step for step in values["screening_steps"])
    assert "web shop" in values["sales_model_text"]
    assert values["approver_name"] == "Katrin Vogel"
    assert "k.vogel@example.com" in values["report_contact"]
    assert "approved_on" not in values and "next_review" not in values


def test_prefill_without_distributor_escalates_to_the_vendor(template):
    values = p.prefill(template, p.PolicyFacts(company_name="A", sales_model="assisted"))
    assert "vendor" in values["escalation_text"]
    assert "web shop" in values["sales_model_text"]  # "We do not sell through a web shop."
    assert values["staff_expectations"]  # the template's defaults


# -- render -----------------------------------------------------------------------------------
def test_a_complete_policy_renders_without_any_placeholder(template):
    r = p.render(template, complete(template), APPROVAL)
    assert r.unfilled == ()
    text = "\n".join(s.as_text() for s in r.sections)
    assert "{" not in text and "}" not in text and "[" not in text
    assert [s.title for s in r.sections] == [s.title for s in template.sections]
    assert FACTS.company_name in text
    assert "2 November 2026" in text and "2 November 2027" in text


def test_list_fields_render_as_bullets_in_their_place(template):
    r = p.render(template, complete(template), APPROVAL)
    section = next(s for s in r.sections if s.id == "prohibited_uses")
    kinds = [b.kind for b in section.blocks]
    assert kinds[:2] == ["paragraph", "bullets"]
    assert section.blocks[1].items == FACTS.prohibited_uses
    assert set(FACTS.prohibited_uses) <= set(section.bullets)
    assert section.paragraphs[0].startswith("We will not sell")


def test_an_incomplete_policy_lists_what_is_unfilled(template):
    values = complete(template)
    values.update(company_name="", prohibited_uses=[], next_review="")
    r = p.render(template, values, None)
    assert r.unfilled == ("company_name", "prohibited_uses", "next_review")
    text = "\n".join(s.as_text() for s in r.sections)
    assert "[Company name]" in text and "[Prohibited uses]" in text
    assert "{" not in text


def test_an_empty_optional_paragraph_is_left_out(template):
    values = complete(template)
    values["high_risk_uses"] = []
    r = p.render(template, values, APPROVAL)
    section = next(s for s in r.sections if s.id == "prohibited_uses")
    assert not any("high risk" in par for par in section.paragraphs)
    assert [b.kind for b in section.blocks] == ["paragraph", "bullets", "paragraph"]


def test_the_recorded_approval_wins_over_typed_values(template):
    values = complete(template)
    values["approver_name"] = "Somebody Else"
    r = p.render(template, values, APPROVAL)
    approval = next(s for s in r.sections if s.id == "approval")
    assert "Katrin Vogel" in approval.paragraphs[0]
    assert "Somebody Else" not in approval.paragraphs[0]


def test_a_multi_paragraph_answer_stays_in_paragraphs(template):
    values = complete(template)
    values["training_text"] = "First paragraph.\n\nSecond paragraph."
    r = p.render(template, values, APPROVAL)
    training = next(s for s in r.sections if s.id == "training")
    assert training.paragraphs == ("First paragraph.", "Second paragraph.")


# -- diff -------------------------------------------------------------------------------------
def test_diff_names_the_changed_sections_only(template):
    old = complete(template)
    new = dict(old, company_description="We also sell drones.",
               prohibited_uses=[*old["prohibited_uses"], "Targeting journalists"])
    changes = p.diff(template, old, new)
    assert [(c.section_id, c.kind) for c in changes] == [("company", "changed"),
                                                          ("prohibited_uses", "changed")]
    assert "drones" in changes[0].new and "drones" not in changes[0].old
    assert "- Targeting journalists" in changes[1].new


def test_diff_of_identical_values_is_empty(template):
    assert p.diff(template, complete(template), complete(template)) == []


def test_filling_in_a_required_field_is_a_change(template):
    old = complete(template)
    old["training_text"] = ""  # prints as "[Who is trained, on what, and how often]"
    new = dict(old, training_text="Once a year.")
    changes = p.diff(template, old, new)
    assert [(c.section_id, c.kind) for c in changes] == [("training", "changed")]
    assert changes[0].old.startswith("[") and changes[0].new == "Once a year."


def test_normalise_keeps_what_was_typed(template):
    values = p.normalise(template, {"company_name": "  A  B ", "next_review": "soon",
                                    "prohibited_uses": "one\n\n two ", "unknown": 1,
                                    "approved_on": dt.date(2026, 1, 2)})
    assert values == {"company_name": "A B", "next_review": "soon",
                      "prohibited_uses": ["one", "two"], "approved_on": "2026-01-02"}
