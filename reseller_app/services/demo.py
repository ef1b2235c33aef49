"""A realistic sample for trying the app: customers, products and orders across every tier.

Everything goes through the same services a user's actions do, so the demo database has a real
audit trail and real screenings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from reseller_app.domain.decisions import APPROVING
from reseller_app.services.catalog import CatalogService
from reseller_app.services.context import AppContext
from reseller_app.services.decisions import DecisionService
from reseller_app.services.demo_policy import load_demo_policy
from reseller_app.services.dto import (
    ChecklistAnswer,
    CompanyProfile,
    CompanySalesModel,
    CompanySize,
    Customer,
    DecisionOutcome,
    Distributor,
    LineDraft,
    OrderDraft,
    Product,
)
from reseller_app.services.followups import FollowUpService
from reseller_app.services.orders import OrderService
from reseller_app.services.people import PeopleService
from reseller_app.services.setup import SetupService

FOLLOW_UP_AFTER = dt.timedelta(days=45)  # a demo order's follow-up after its decision

DEMO_PROFILE = CompanyProfile(
    name="Nordlicht IT Solutions GmbH",
    country="DE",
    size=CompanySize.SMALL,
    sales_model=CompanySalesModel.BOTH,
    approver_name="Katrin Vogel",
    approver_title="Managing Director",
    approver_email="k.vogel@nordlicht-it.example",
    distributors=[Distributor("Central Distribution Europe", "hrdd@central-distri.example",
                              "Partner compliance desk")],
)

CUSTOMERS = [
    Customer("Müller & Partner Steuerberatung", "DE", "private", "finance"),
    Customer("Boulangerie Dupont", "FR", "private", "retail"),
    Customer("Colegio San Martín", "ES", "education", "education"),
    Customer("Hospital Santa Luzia", "PT", "private", "healthcare"),
    Customer("Stadtwerke Kleinstadt", "DE", "government", "public_administration",
             "other"),
    Customer("Policía Municipal de Caracas", "VE", "government", "security", "law_enforcement"),
    Customer("Lagos State Security Trust", "NG", "government", "security", "law_enforcement"),
    Customer("Border Guard Service", "FI", "government", "public_administration",
             "border_control"),
    Customer("Telecom Andina S.A.", "VE", "private", "telecommunications"),
    Customer("Secure Horizons Consulting FZE", "AE", "private", "security"),
    Customer("Green Valley Farms", "KE", "private", "other"),
    Customer("Direction de la Surveillance", "EG", "government", "security", "intelligence"),
    Customer("Webshop customer (unknown)", None, "unknown"),
    Customer("Ministry of Social Affairs", "PT", "government", "public_administration",
             "social_services"),
]

PRODUCTS = [
    Product("LT-14-PRO", "ProBook 14 business laptop", "Hewlett Packard Enterprise",
            "general_it"),
    Product("MON-27", "27-inch office monitor", "Dell", "general_it"),
    Product("PRN-MFP-400", "Multifunction laser printer", "Brother", "general_it"),
    Product("SW-24P", "24-port managed switch", "Cisco", "general_it"),
    Product("SRV-R350", "Rack server", "Dell", "general_it"),
    Product("CAM-4K-DOME", "4K IP dome camera", "Axis Communications", "video_surveillance"),
    Product("NVR-64", "64-channel network video recorder", "Hikvision", "video_surveillance"),
    Product("FR-ANALYTICS", "Face recognition analytics licence", "VisionAI", "ai_analytics"),
    Product("FP-READER-200", "Fingerprint access reader", "Suprema", "biometrics"),
    Product("DPI-PROBE-10G", "10G deep packet inspection probe", "NetScope", "network_monitoring"),
    Product("MOB-FORENSIC", "Mobile device forensic kit", "ExtractLab", "intrusion_forensics"),
    Product("DRONE-X4", "Inspection drone with thermal camera", "SkyWorks", "drones"),
    Product("BI-SUITE", "Business intelligence suite", "DataCorp", "data_analytics"),
    Product("LTE-CORE-S", "Small LTE core network", "Nokia", "telecom_infrastructure"),
    Product("CASE-MGMT", "Eligibility case management software", "GovSoft", "decision_systems"),
    Product("INF-PUMP-NET", "Networked infusion pump gateway", "MediLink", "safety_critical"),
]

# (customer index, end user index or None, destination, sales model, use, tags,
#  [(sku, qty, price)], decision) — decision: None or (outcome, mitigations, conditions, why)
ORDERS: list[tuple] = [
    (0, None, "DE", "assisted", "Laptops and monitors for the tax advisers",
     ["office_productivity"], [("LT-14-PRO", 8, "1090"), ("MON-27", 8, "229")], None),
    (1, None, "FR", "self_service", "Printer for the shop office", ["office_productivity"],
     [("PRN-MFP-400", 1, "389")], None),
    (2, None, "ES", "assisted", "Classroom laptops and network switches",
     ["teaching_learning"], [("LT-14-PRO", 30, "899"), ("SW-24P", 2, "1450")], None),
    (3, None, "PT", "assisted", "Servers for the hospital records system",
     ["data_center_hosting"], [("SRV-R350", 2, "6800")], None),
    (8, None, "VE", "assisted", "Office laptops for the billing department",
     ["office_productivity"], [("LT-14-PRO", 12, "1090")], None),
    (10, None, "KE", "assisted", "Laptops for the farm office", ["office_productivity"],
     [("LT-14-PRO", 2, "1090")], None),
    (4, None, "DE", "assisted", "Replacement switches for the water works",
     ["critical_infrastructure"], [("SW-24P", 6, "1450")], None),
    (0, None, "DE", "assisted", "Rack server for the file share", ["data_center_hosting"],
     [("SRV-R350", 1, "6800")], None),
    (1, None, "FR", "assisted", "Cameras at the till against shoplifting",
     ["retail_loss_prevention"], [("CAM-4K-DOME", 4, "310"), ("NVR-64", 1, "2100")],
     (DecisionOutcome.PROCEED_WITH_CONDITIONS,
      ["acceptable_use_clause", "responsible_use_guidance"],
      "Cameras only inside the shop, not facing the street.",
      "Ordinary loss prevention; customer accepted the acceptable-use clause.")),
    (1, None, "FR", "self_service", "", [], [("CAM-4K-DOME", 2, "310")], None),
    (12, None, "DE", "self_service", "", [], [("LT-14-PRO", 1, "1090")], None),
    (2, None, "ES", "assisted", "Fingerprint readers for the staff entrance",
     ["access_control"], [("FP-READER-200", 3, "540")],
     (DecisionOutcome.PROCEED_WITH_CONDITIONS, ["end_user_statement", "feature_limitation"],
      "Templates stored on the reader only; pupils are not enrolled.",
      "Access control for adult staff only, limited as agreed.")),
    (3, None, "PT", "assisted", "Gateway for networked infusion pumps", ["patient_care"],
     [("INF-PUMP-NET", 1, "12500")], None),
    (13, None, "PT", "assisted", "Case management for benefit applications",
     ["eligibility_decisions"], [("CASE-MGMT", 1, "48000")], None),
    (3, None, "PT", "assisted", "Reporting on waiting times", ["data_analysis_personal"],
     [("BI-SUITE", 1, "9600")], None),
    (8, None, "VE", "assisted", "Expansion of the mobile network in rural areas", [],
     [("LTE-CORE-S", 1, "185000")], None),
    (10, None, "KE", "assisted", "Crop inspection over our own fields", [],
     [("DRONE-X4", 2, "7400")], None),
    (7, None, "FI", "assisted", "Office laptops for the head office staff",
     ["office_productivity"], [("LT-14-PRO", 20, "1090")], None),
    (5, None, "VE", "assisted", "Traffic monitoring at city junctions",
     ["public_space_surveillance"], [("CAM-4K-DOME", 120, "310"), ("NVR-64", 4, "2100")],
     (DecisionOutcome.ESCALATE, [], "",
      "Police customer in a high-risk country: distributor to review.")),
    (6, None, "NG", "assisted", "Cameras for the state command centre",
     ["public_space_surveillance"], [("CAM-4K-DOME", 60, "310"), ("FR-ANALYTICS", 1, "42000")],
     None),
    (7, None, "FI", "assisted", "Fingerprint enrolment at border crossings",
     ["biometric_identification"], [("FP-READER-200", 40, "540")],
     (DecisionOutcome.PROCEED_WITH_CONDITIONS,
      ["acceptable_use_clause", "end_user_statement", "follow_up_contact"],
      "Use limited to lawful border checks; review contact in 90 days.",
      "Lawful border use in a country with independent oversight; approved by the MD.")),
    (9, 5, "VE", "assisted", "Network visibility for a client", [],
     [("DPI-PROBE-10G", 2, "38000")], None),
    (11, None, "EG", "assisted", "Extraction of phones seized at checkpoints", [],
     [("MOB-FORENSIC", 3, "16500")], (DecisionOutcome.DECLINE, [], "",
                                      "Intelligence end user, high-risk country, forensic kit.")),
    (9, None, "AE", "assisted", "Security analytics for an undisclosed government client", [],
     [("FR-ANALYTICS", 1, "42000")], None),
    (6, None, "NG", "assisted", "Drones for crowd monitoring at rallies", ["crowd_monitoring"],
     [("DRONE-X4", 4, "7400")], None),
    (8, None, "VE", "assisted", "Deep packet inspection for lawful interception",
     ["communications_interception"], [("DPI-PROBE-10G", 4, "38000")], None),
    (5, None, "VE", "assisted", "Facial recognition of protesters in the main square",
     ["mass_surveillance_facial_recognition"],
     [("FR-ANALYTICS", 1, "42000"), ("CAM-4K-DOME", 50, "310")],
     (DecisionOutcome.DECLINE, [], "", "Prohibited use: mass surveillance of protesters.")),
    (11, None, "EG", "assisted", "Para rastrear a los periodistas de la oposición", [],
     [("MOB-FORENSIC", 1, "16500")], None),
    (9, None, "AE", "assisted", "Block social media during the elections",
     ["censorship_shutdown"], [("DPI-PROBE-10G", 2, "38000")], None),
    (6, None, "NG", "assisted", "Surveiller les journalistes étrangers", [],
     [("CAM-4K-DOME", 10, "310")], None),
    (0, None, "DE", "assisted", "Docking monitors", ["office_productivity"],
     [("MON-27", 4, "229")], None),
    (2, None, "ES", "assisted", "Printers for the library", ["teaching_learning"],
     [("PRN-MFP-400", 2, "389")], None),
    (4, None, "DE", "assisted", "Cameras on the depot fence", ["public_space_surveillance"],
     [("CAM-4K-DOME", 6, "310")], None),
    (13, None, "PT", "assisted", "Laptops for case workers", ["office_productivity"],
     [("LT-14-PRO", 15, "1090")], None),
]


def load_demo_data(ctx: AppContext, progress: Callable[[int, int], None] | None = None) -> int:
    """Fill an empty database with the sample; returns the number of orders created."""
    setup = SetupService(ctx)
    if not setup.is_configured():
        setup.save_profile(DEMO_PROFILE)
    approver = (setup.profile() or DEMO_PROFILE).approver_name
    catalog = CatalogService(ctx)
    customers = [catalog.save_customer(Customer(**vars(c))) for c in CUSTOMERS]
    products = {p.sku: catalog.save_product(Product(**vars(p))) for p in PRODUCTS}
    # With people, a senior approval is proven by the approver's own passphrase, which the
    # sample cannot have: those sample orders stay held, waiting for the real approver.
    proven = PeopleService(ctx).is_set_up()
    now = ctx.clock()
    today = now.date()
    total = len(ORDERS)
    for i, (cust, end_user, dest, model, use, tags, lines, decision) in enumerate(ORDERS):
        # Each order is entered, screened and decided on its own date, as a user would have
        # done: orders held since then are held for days and the reminders have something due.
        days_ago = dt.timedelta(days=3 * (total - i))
        day_ctx = dataclasses.replace(ctx, clock=lambda ago=days_ago: ctx.clock() - ago)
        orders, decisions = OrderService(day_ctx), DecisionService(day_ctx)
        draft = OrderDraft(
            reference=f"DEMO-{i + 1:04d}",
            date=today - days_ago,
            sales_model=model,
            customer_id=customers[cust].id,
            end_user_id=customers[end_user].id if end_user is not None else None,
            destination_country=dest,
            intended_use=use,
            use_cases=list(tags),
            lines=[
                LineDraft(sku, products[sku].name, products[sku].category, qty, Decimal(price),
                          products[sku].id)
                for sku, qty, price in lines
            ],
            currency="EUR",
        )
        view = orders.save(draft)
        if view.screening.checklist:
            orders.save_checklist(view.id, [
                ChecklistAnswer(q, "unknown") for q in view.screening.checklist[:2]
            ])
        if decision is not None:
            outcome, mitigations, conditions, why = decision
            needs = view.screening.needs_senior_approval
            if needs and proven and outcome in APPROVING:
                decision = None
        if decision is not None:
            decisions.record(
                view.id, DecisionOutcome(outcome), why, "Tom Becker (Sales)",
                mitigations=mitigations, conditions=conditions,
                approved_by=approver if needs else None,
            )
            if outcome == DecisionOutcome.PROCEED_WITH_CONDITIONS:
                # Keeping in touch after the sale: the older ones are due by now.
                FollowUpService(day_ctx).add(
                    view.id, today - days_ago + FOLLOW_UP_AFTER,
                    "Ask the customer whether the conditions are kept.")
        if progress is not None:
            progress(i + 1, total)
    load_demo_policy(ctx)
    return total
