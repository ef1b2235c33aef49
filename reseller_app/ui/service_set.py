"""The services of an open database, for the window: built on first use, each once.

``ui/backend.Backend`` hands these to the views. This module imports every service at its top
(and with them SQLAlchemy): the thread that opens the database imports it, off the window's
first frame, so that no view waits for a service to load.
"""

from __future__ import annotations

from functools import cached_property

from reseller_app.services.answers import AnswerService
from reseller_app.services.approvals import ApprovalService
from reseller_app.services.audit import AuditService
from reseller_app.services.backups import BackupService
from reseller_app.services.catalog import CatalogService
from reseller_app.services.chain_report_send import ReportSendService
from reseller_app.services.context import AppContext
from reseller_app.services.decisions import DecisionService
from reseller_app.services.digest import DigestService
from reseller_app.services.escalation import EscalationService
from reseller_app.services.evidence import EvidenceService
from reseller_app.services.followups import FollowUpService
from reseller_app.services.imports import ImportService
from reseller_app.services.misuse import MisuseService
from reseller_app.services.orders import OrderService
from reseller_app.services.outbox import OutboxService
from reseller_app.services.overview import OverviewService
from reseller_app.services.packs import PackService
from reseller_app.services.party_rescreen import PartyScreening
from reseller_app.services.people import PeopleService
from reseller_app.services.policy import PolicyService
from reseller_app.services.reminders import RemindersService
from reseller_app.services.rescreening import RescreenService
from reseller_app.services.settings import SettingsService
from reseller_app.services.setup import SetupService


class ServiceSet:
    """One object per service, made from the open database's context when first asked for."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    @cached_property
    def orders(self) -> OrderService:
        return OrderService(self.ctx)

    @cached_property
    def catalog(self) -> CatalogService:
        return CatalogService(self.ctx)

    @cached_property
    def decisions(self) -> DecisionService:
        return DecisionService(self.ctx)

    @cached_property
    def packs(self) -> PackService:
        return PackService(self.ctx)

    @cached_property
    def setup(self) -> SetupService:
        return SetupService(self.ctx)

    @cached_property
    def audit(self) -> AuditService:
        return AuditService(self.ctx)

    @cached_property
    def rescreening(self) -> RescreenService:
        return RescreenService(self.ctx)

    @cached_property
    def people(self) -> PeopleService:
        return PeopleService(self.ctx)

    @cached_property
    def approvals(self) -> ApprovalService:
        return ApprovalService(self.ctx)

    @cached_property
    def backups(self) -> BackupService:
        return BackupService(self.ctx)

    @cached_property
    def imports(self) -> ImportService:
        return ImportService(self.ctx)

    @cached_property
    def policy(self) -> PolicyService:
        return PolicyService(self.ctx)

    @cached_property
    def settings(self) -> SettingsService:
        return SettingsService(self.ctx)

    @cached_property
    def digest(self) -> DigestService:
        return DigestService(self.ctx, outbox=self.outbox, settings=self.settings)

    @cached_property
    def reminders(self) -> RemindersService:
        return RemindersService(self.ctx)

    @cached_property
    def escalation(self) -> EscalationService:
        return EscalationService(self.ctx)

    @cached_property
    def outbox(self) -> OutboxService:
        return OutboxService(self.ctx, settings=self.settings)

    @cached_property
    def answers(self) -> AnswerService:
        return AnswerService(self.ctx)

    @cached_property
    def followups(self) -> FollowUpService:
        return FollowUpService(self.ctx)

    @cached_property
    def overview(self) -> OverviewService:
        return OverviewService(self.ctx)

    @cached_property
    def misuse(self) -> MisuseService:
        return MisuseService(self.ctx)

    @cached_property
    def evidence(self) -> EvidenceService:
        return EvidenceService(self.ctx)

    @cached_property
    def chain_reports(self) -> ReportSendService:
        """The due diligence reports up the chain, built, stored and sent as packets."""
        return ReportSendService(self.ctx)

    @cached_property
    def parties(self) -> PartyScreening:
        """The parties' sanctions checks: the customers' badges, the matches to look at, and
        checking everything again."""
        return PartyScreening(self.ctx)
