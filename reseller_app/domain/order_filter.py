"""Which orders a list shows: the filters of the orders page, the CLI and the overview's links.

Plain data, in the domain so that the services hand it to the store's queries and the store
needs to know nothing of the services.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class OrderFilter:
    statuses: list[str] = field(default_factory=list)
    tiers: list[str] = field(default_factory=list)
    customer_id: int | None = None
    country: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""  # searches reference, customer / end-user name and intended use
