"""The company profile: who the reseller is, who approves, which distributors to escalate to."""

from __future__ import annotations

import logging
import re

from sqlalchemy import delete, select

from reseller_app.domain.orders import is_country_code
from reseller_app.domain.people import Action
from reseller_app.domain.texts import t
from reseller_app.domain.vocabulary import AuditAction
from reseller_app.services.company_key import CompanyKeyService, KeyUnavailable
from reseller_app.services.context import AppContext
from reseller_app.services.dto import (
    CompanyProfile,
    CompanySalesModel,
    CompanySize,
    Distributor,
)
from reseller_app.services.errors import ValidationError
from reseller_app.services.people import check_role
from reseller_app.store import audit_log
from reseller_app.store.tables import COMPANY_ID, DbCompany, DbDistributor, DbPerson

# Deliberately loose: one "@", something on both sides, a dot in the domain. The address is
# only ever shown to the user and put into an e-mail; the mail server has the final word.
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

log = logging.getLogger(__name__)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def validate_profile(p: CompanyProfile) -> CompanyProfile:
    """The profile with spaces tidied; raises ValidationError naming the first bad field."""
    name = _clean(p.name)
    if not name:
        raise ValidationError("name", t("Enter your company's name."))
    country = (p.country or "").strip().upper()
    if not country:
        raise ValidationError("country", t("Choose the country your company is based in."))
    if not is_country_code(country):
        raise ValidationError("country", t("'{country}' is not an ISO 3166-1 country code.",
                                           country=p.country))
    try:
        size = CompanySize(p.size)
    except ValueError:
        raise ValidationError("size", t("Choose the size of your company.")) from None
    try:
        sales_model = CompanySalesModel(p.sales_model)
    except ValueError:
        raise ValidationError("sales_model", t("Choose how you sell.")) from None
    approver = _clean(p.approver_name)
    if not approver:
        raise ValidationError("approver_name", t("Enter the name of the person who approves "
                                                 "high-risk sales."))
    title = _clean(p.approver_title)
    if not title:
        raise ValidationError("approver_title", t("Enter the approver's job title."))
    email = (p.approver_email or "").strip()
    if email and not EMAIL.match(email):
        raise ValidationError("approver_email", t("'{address}' is not an e-mail address.",
                                                  address=email))
    distributors = []
    for i, d in enumerate(p.distributors):
        d_name, d_email = _clean(d.name), (d.email or "").strip()
        if not d_name:
            raise ValidationError(f"distributors[{i}].name",
                                  t("Enter the distributor's name."))
        if not d_email:
            raise ValidationError(f"distributors[{i}].email",
                                  t("Enter the distributor's e-mail address for "
                                    "escalations."))
        if not EMAIL.match(d_email):
            raise ValidationError(f"distributors[{i}].email",
                                  t("'{address}' is not an e-mail address.",
                                    address=d_email))
        distributors.append(Distributor(d_name, d_email, _clean(d.contact_name), d.id))
    return CompanyProfile(name, country, size, sales_model, approver, title, email, distributors)


class SetupService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def is_configured(self) -> bool:
        with self.ctx.session() as s:
            return s.execute(select(DbCompany.id).limit(1)).first() is not None

    def profile(self) -> CompanyProfile | None:
        with self.ctx.session() as s:
            row = s.get(DbCompany, COMPANY_ID)
            if row is None:
                return None
            distributors = s.execute(
                select(DbDistributor).order_by(DbDistributor.position, DbDistributor.id)
            ).scalars()
            return CompanyProfile(
                name=row.name, country=row.country, size=CompanySize(row.size),
                sales_model=CompanySalesModel(row.sales_model), approver_name=row.approver_name,
                approver_title=row.approver_title, approver_email=row.approver_email,
                distributors=[Distributor(d.name, d.email, d.contact_name, d.id)
                              for d in distributors],
            )

    def save_profile(self, profile: CompanyProfile) -> str | None:
        """Save the profile; the first save also makes the company's signing key. Returns a
        note for the user, once, when the key cannot be made on this computer (setup still
        succeeds: packets are then built unsigned here)."""
        check_role(self.ctx, Action.CHANGE_SETTINGS)  # the company profile is a setting
        p = validate_profile(profile)
        now = self.ctx.clock()
        with self.ctx.write_session() as s:
            row = s.get(DbCompany, COMPANY_ID)
            created = row is None
            if row is None:
                row = DbCompany(id=COMPANY_ID, name=p.name, country=p.country, size=p.size,
                                sales_model=p.sales_model, approver_name=p.approver_name,
                                approver_title=p.approver_title, updated_at=now)
            previous_approver = None if created else row.approver_name
            row.name, row.country = p.name, p.country
            row.size, row.sales_model = p.size.value, p.sales_model.value
            row.approver_name, row.approver_title = p.approver_name, p.approver_title
            row.approver_email, row.updated_at = p.approver_email, now
            s.add(row)
            # The list is small and edited as a whole: replace it.
            s.execute(delete(DbDistributor))
            for i, d in enumerate(p.distributors):
                s.add(DbDistributor(position=i, name=d.name, email=d.email,
                                    contact_name=d.contact_name))
            s.flush()
            details = {
                "name": p.name, "country": p.country, "size": p.size.value,
                "sales_model": p.sales_model.value, "approver_name": p.approver_name,
                "approver_title": p.approver_title,
                "distributors": [{"name": d.name, "email": d.email} for d in p.distributors],
            }
            if previous_approver is not None and previous_approver != p.approver_name:
                details["previous_approver"] = previous_approver
            audit_log.append(s, actor=self.ctx.actor,
                             action=AuditAction.COMPANY_CREATED if created
                             else AuditAction.COMPANY_UPDATED,
                             entity="company", entity_id=COMPANY_ID, details=details, at=now)
            s.commit()
        return self._make_signing_key() if created else None

    def _make_signing_key(self) -> str | None:
        try:
            CompanyKeyService(self.ctx).ensure()  # its own audit event (key_created)
        except KeyUnavailable as exc:
            log.info("no signing key made at setup: %s", exc)
            if self._people_set_up():
                return t("Packets will not be signed on this computer: it has no system "
                         "keyring (password store) to keep the company's signing key. "
                         "Everything else works; sign packets from a computer with a keyring.")
            # No administrator yet: the key is made with theirs (PeopleService.first_setup).
            return t("Packets will not be signed on this computer until the administrator "
                     "is set up: it has no system keyring (password store), so the company's "
                     "signing key will be kept in a file encrypted with the administrator's "
                     "passphrase.")
        return None

    def _people_set_up(self) -> bool:
        with self.ctx.session() as s:
            return s.execute(select(DbPerson.id).limit(1)).first() is not None
