"""``reseller-app reminders``, run as a scheduled task runs it: lines, JSON, exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_OK
from reseller_app.cli_common import EXIT_FAILED
from reseller_app.services.demo import load_demo_data
from reseller_app.services.policy import PolicyService
from reseller_app.services.startup import open_app
from tests.cli.test_cli import Cli


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


def demo(cli: Cli) -> dt.date:
    """The demo data in the command's database; returns the policy's next review date."""
    ctx = open_app(f"sqlite:///{cli.db}", actor="tester")
    try:
        load_demo_data(ctx)
        review = PolicyService(ctx).review_status().next_review
    finally:
        ctx.engine.dispose()
    assert review is not None
    return review


def test_nothing_overdue_exits_0_with_one_line_each(cli: Cli) -> None:
    run = cli("reminders")
    assert run.returncode == EXIT_OK, run.stderr
    lines = run.stdout.splitlines()
    assert "No human rights policy is adopted yet." in lines
    assert any(line.startswith("No restricted-party list") for line in lines)
    assert not any(line.startswith("Overdue:") for line in lines)


def test_overdue_exits_1_and_comes_first(cli: Cli) -> None:
    review = demo(cli)
    late = (review + dt.timedelta(days=1)).isoformat()
    run = cli("reminders", "--on", late)
    assert run.returncode == EXIT_FAILED, run.stderr
    lines = run.stdout.splitlines()
    assert any(line.startswith("Overdue: The human rights policy's yearly review was due on")
               for line in lines)
    assert any("held for more than 7 days" in line and "DEMO-" in line for line in lines)
    flags = [line.startswith("Overdue:") for line in lines]
    assert flags == sorted(flags, reverse=True)


def test_json_for_scripts(cli: Cli) -> None:
    review = demo(cli)
    run = cli("reminders", "--json", "--on", review.isoformat())
    assert run.returncode in (EXIT_OK, EXIT_FAILED), run.stderr
    items = json.loads(run.stdout)
    assert items and all(set(i) == {"kind", "overdue", "text", "count", "order_refs", "screen",
                                    "order_id", "key"} for i in items)
    policy = next(i for i in items if i["kind"] == "policy_review_due")
    assert policy["screen"] == "policy" and policy["overdue"] is False
    held = next(i for i in items if i["kind"] == "orders_held")
    assert held["overdue"] is True and len(held["order_refs"]) == min(held["count"], 5)
    assert run.returncode == EXIT_FAILED  # the held orders are overdue by then


def test_a_bad_date_is_one_line_and_exit_2(cli: Cli) -> None:
    run = cli("reminders", "--on", "5 November")
    assert run.returncode == EXIT_BAD_INPUT
    assert run.stdout == "" and len(run.stderr.strip().splitlines()) == 1
    assert "YYYY-MM-DD" in run.stderr


def test_help_states_the_json_fields_and_the_exit_codes(cli: Cli) -> None:
    run = cli("reminders", "--help")
    assert run.returncode == EXIT_OK, run.stderr
    lines = run.stdout.splitlines()
    for field in ("kind", "overdue", "text", "count", "order_refs", "screen", "order_id",
                  "key"):  # the keys test_json_for_scripts reads
        assert any(line.split()[:1] == [field] for line in lines), field
    assert any(line.startswith("kind: ") and "follow_ups_overdue" in line for line in lines)
    assert any(line.startswith("screen: ") and "orders_held" in line for line in lines)
    assert "  0  nothing is overdue (something may still be due today)" in lines
    assert "  1  at least one reminder is overdue" in lines
    assert any(line.startswith("  2  bad input") for line in lines)
