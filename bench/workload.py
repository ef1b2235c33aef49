"""Deterministic, varied orders for the benchmarks (order JSON v1 dicts and CSV rows)."""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

COUNTRIES = ["DE", "FR", "ES", "PT", "FI", "US", "BR", "MX", "VE", "NG", "EG", "IN", "CN", "TR",
             "KE", "PH", "AE", "SO", "GB", "CA", "XK", "GG", "ZA", "ID", "PK"]
CATEGORIES = ["general_it"] * 8 + ["video_surveillance", "biometrics", "ai_analytics",
              "data_analytics", "network_monitoring", "intrusion_forensics",
              "telecom_infrastructure", "drones", "decision_systems", "safety_critical", ""]
TYPES = ["private"] * 6 + ["government", "non_profit", "education", "individual", "unknown", ""]
FUNCTIONS = ["law_enforcement", "military", "intelligence", "border_control", "prisons",
             "social_services", "other", ""]
SECTORS = ["healthcare", "education", "defense", "telecommunications", "security", "finance",
           "retail", "it_services", "public_administration", "other", ""]
USES = [
    "Laptops for the accounting team",
    "Replacement printers for the branch offices",
    "Loss prevention cameras inside the store",
    "Network upgrade for the head office",
    "Door access control for staff",
    "Traffic monitoring at city junctions",
    "Analytics on patient waiting times",
    "Classroom tablets for pupils",
    "Facial recognition of protesters in the main square",
    "Para rastrear a los periodistas de la oposición",
    "Surveiller les journalistes étrangers",
    "Monitoring employee e-mail without their knowledge",
    "",
    "Servers for our data centre",
    "Drones for crop inspection",
]
TAGS = ["", "", "", "office_productivity", "public_space_surveillance", "workplace_monitoring",
        "access_control", "data_center_hosting", "biometric_identification"]


def orders(n: int, seed: int = 7) -> Iterator[dict]:
    rnd = random.Random(seed)
    start = dt.date(2025, 1, 1)
    for i in range(n):
        ctype = rnd.choice(TYPES)
        customer = {"name": f"Customer {rnd.randrange(2000)}", "country": rnd.choice(COUNTRIES),
                    "type": ctype, "sector": rnd.choice(SECTORS)}
        if ctype == "government":
            customer["government_function"] = rnd.choice(FUNCTIONS)
        lines = [
            {"sku": f"SKU-{rnd.randrange(500)}", "description": "Item",
             "category": rnd.choice(CATEGORIES), "quantity": rnd.randint(1, 50),
             "unit_price": rnd.randint(5, 3000)}
            for _ in range(rnd.randint(1, 3))
        ]
        order = {
            "reference": f"BENCH-{i:07d}",
            "date": (start + dt.timedelta(days=rnd.randrange(700))).isoformat(),
            "sales_model": rnd.choice(["assisted", "assisted", "self_service"]),
            "customer": customer,
            "destination_country": rnd.choice(COUNTRIES),
            "intended_use": f"{rnd.choice(USES)} (ref {rnd.randrange(100000)})",
            "use_cases": [t for t in [rnd.choice(TAGS)] if t],
            "lines": lines,
            "currency": "EUR",
        }
        if rnd.random() < 0.2:
            order["end_user"] = {"name": f"End user {rnd.randrange(500)}",
                                 "country": rnd.choice(COUNTRIES), "type": rnd.choice(TYPES)}
        yield order


CSV_COLUMNS = [
    "order_reference", "order_date", "sales_model", "customer_name", "customer_country",
    "customer_type", "customer_sector", "customer_government_function", "end_user_name",
    "end_user_country", "end_user_type", "destination_country", "intended_use", "use_cases",
    "sku", "description", "category", "quantity", "unit_price", "currency",
]


def csv_rows(n_rows: int, seed: int = 11) -> list[list[str]]:
    """``n_rows`` CSV rows (one per order line; orders have one to three lines)."""
    rows: list[list[str]] = []
    for order in orders(n_rows, seed):
        c, e = order["customer"], order.get("end_user", {})
        for line in order["lines"]:
            rows.append([
                order["reference"], order["date"], order["sales_model"], c["name"], c["country"],
                c["type"], c["sector"], c.get("government_function", ""), e.get("name", ""),
                e.get("country", ""), e.get("type", ""), order["destination_country"],
                order["intended_use"], ";".join(order["use_cases"]), line["sku"],
                line["description"], line["category"], str(line["quantity"]),
                str(line["unit_price"]), order["currency"],
            ])
            if len(rows) == n_rows:
                return rows
    return rows


def write_csv(path: Path, n_rows: int) -> list[list[str]]:
    rows = csv_rows(n_rows)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows)
    return rows
