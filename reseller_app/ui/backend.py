"""The services the views use, built once from the AppContext and handed to every screen.

Views never import the store or an ORM: they talk to these service objects only. The services
are the open database's ``ServiceSet`` (``ui/service_set.py``), each built on first use; the
thread that opens the database imports them, so the window's first frame never waits for them.

At start-up a backend may exist before its database is open (``Backend.starting``): then the
orders list, the overview and the policy's review state are read by ``services.first_screen``
with plain sqlite3 until ``open_context`` hands every read to the services.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reseller_app.domain.packs import CriteriaPack, LoadedPack
    from reseller_app.services.answers import AnswerService
    from reseller_app.services.approvals import ApprovalService
    from reseller_app.services.audit import AuditService
    from reseller_app.services.backups import BackupService
    from reseller_app.services.catalog import CatalogService
    from reseller_app.services.chain_report_send import ReportSendService
    from reseller_app.services.context import AppContext
    from reseller_app.services.decisions import DecisionService
    from reseller_app.services.digest import DigestService
    from reseller_app.services.dto import CompanyProfile
    from reseller_app.services.escalation import EscalationService
    from reseller_app.services.evidence import EvidenceService
    from reseller_app.services.first_screen import FirstScreen
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
    from reseller_app.ui.service_set import ServiceSet


class Backend:
    """One place that holds the service objects and the active criteria pack for the UI."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._loaded_pack: LoadedPack | None = None
        self._pack_texts: CriteriaPack | None = None
        self._profile: CompanyProfile | None = None
        self._profile_loaded = False
        self.first_screen: FirstScreen | None = None

    @classmethod
    def starting(cls, first_screen: FirstScreen) -> Backend:
        """A backend whose database is still opening: ``orders``, ``overview``, ``policy``
        and ``catalog`` are ``first_screen``'s stand-ins until ``open_context``."""
        backend = cls(None)  # type: ignore[arg-type]
        backend.first_screen = first_screen
        return backend

    @property
    def is_open(self) -> bool:
        """The services can be used (the database and the ORM are open)."""
        return self.ctx is not None

    def open_context(self, ctx: AppContext) -> None:
        """The database is open: from now on every read goes through the services, also the
        reads of lists built on the first screen's stand-ins."""
        self.ctx = ctx
        self.__dict__.pop("services", None)  # none made without a database
        if self.first_screen is not None:
            for name in ("orders", "overview", "policy", "catalog"):
                self.__dict__.pop(name, None)  # the stand-in cached by cached_property
            self.first_screen.switch(lambda name: getattr(self, name))

    def pack_ref(self) -> tuple[str, str, str]:
        """The active criteria pack's id, version and SHA-256 (raises when none loads)."""
        if self.ctx is None and self.first_screen is not None:
            ref = self.first_screen.pack_ref()
            if ref is None:
                raise LookupError("no active criteria pack")
            return ref
        loaded = self.loaded_pack.ref
        return loaded.id, loaded.version, loaded.sha256

    @property
    def actor(self) -> str:
        return self.ctx.actor

    @property
    def who(self) -> str:
        """The working person with the OS login beside them, or the OS login alone."""
        return self.ctx.who

    # -- the services ----------------------------------------------------------------------
    # Every other service is the open database's ``ServiceSet``'s, found by ``__getattr__``
    # (``backend.decisions`` is ``backend.services.decisions``); named here for readers.
    answers: AnswerService
    approvals: ApprovalService
    audit: AuditService
    backups: BackupService
    chain_reports: ReportSendService
    decisions: DecisionService
    digest: DigestService
    escalation: EscalationService
    evidence: EvidenceService
    followups: FollowUpService
    imports: ImportService
    misuse: MisuseService
    outbox: OutboxService
    packs: PackService
    parties: PartyScreening
    people: PeopleService
    reminders: RemindersService
    rescreening: RescreenService
    settings: SettingsService
    setup: SetupService

    @cached_property
    def services(self) -> ServiceSet:
        """The open database's services, each built on first use."""
        # late: the services load SQLAlchemy; the thread that opens the database imports them
        # (``app.Opener``), never the window's first frame
        from reseller_app.ui.service_set import ServiceSet

        return ServiceSet(self.ctx)

    def __getattr__(self, name: str) -> Any:
        if name not in SERVICES:  # not a service (copy, pickle and Qt ask for such names)
            raise AttributeError(f"'Backend' object has no attribute {name!r}")
        return getattr(self.services, name)

    @cached_property
    def orders(self) -> OrderService:
        if self.ctx is None and self.first_screen is not None:
            return self.first_screen.orders  # type: ignore[return-value]
        return self.services.orders

    @cached_property
    def catalog(self) -> CatalogService:
        if self.ctx is None and self.first_screen is not None:
            return self.first_screen.catalog  # type: ignore[return-value]
        return self.services.catalog

    @cached_property
    def policy(self) -> PolicyService:
        if self.ctx is None and self.first_screen is not None:
            return self.first_screen.policy  # type: ignore[return-value]
        return self.services.policy

    @cached_property
    def overview(self) -> OverviewService:
        if self.ctx is None and self.first_screen is not None:
            return self.first_screen.overview  # type: ignore[return-value]
        return self.services.overview

    def load_demo_data(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Sample customers, products and orders (services.demo), with progress."""
        # late: services load on first use, after the window's first frame
        from reseller_app.services.demo import load_demo_data

        load_demo_data(self.ctx, progress=progress)

    # -- cached reads ------------------------------------------------------------------------
    @property
    def loaded_pack(self) -> LoadedPack:
        if self._loaded_pack is None:
            self._loaded_pack = self.packs.active()
        return self._loaded_pack

    @property
    def pack(self) -> CriteriaPack:
        """The active pack with its texts in the user's language (labels, questions...)."""
        if self._pack_texts is None:
            self._pack_texts = self.packs.localized(self.loaded_pack.ref.sha256)
        return self._pack_texts

    def reload_pack(self) -> None:
        """Forget the cached pack (after a new one was imported)."""
        self._loaded_pack = None
        self._pack_texts = None

    def profile(self) -> CompanyProfile | None:
        if not self._profile_loaded:
            self._profile = self.setup.profile()
            self._profile_loaded = True
        return self._profile

    def reload_profile(self) -> None:
        self._profile_loaded = False

    def term_label(self, group: str, term_id: str | None) -> str:
        """The pack's words for a vocabulary id (the id itself if the pack does not know it)."""
        if not term_id:
            return ""
        term = self.pack.term(group, term_id)
        return term.label if term is not None else term_id


SERVICES = frozenset(Backend.__annotations__)  # the services named above, from ``ServiceSet``
