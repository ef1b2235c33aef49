"""``reseller-app screen`` with an order naming a consignee: its country is weighed, and a bad
one is refused in one line naming the field (a real subprocess)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reseller_app.cli import EXIT_BAD_INPUT, EXIT_OK
from tests.cli.test_cli import LAPTOPS, Cli, one_line_error


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


def test_screen_weighs_the_consignee_s_country(cli: Cli) -> None:
    order = {**LAPTOPS, "consignee": {"name": "Gulf Freight FZE", "country": "AE"}}
    proc = cli("screen", "-", db=False, stdin=json.dumps(order))
    assert proc.returncode == EXIT_OK, proc.stderr
    subjects = [f.get("subject") for f in json.loads(proc.stdout)["flags"]
                if f["factor"] == "geography"]
    assert "consignee: AE" in subjects


def test_screen_refuses_a_consignee_country_that_is_none_in_one_line(cli: Cli) -> None:
    order = {**LAPTOPS, "consignee": {"name": "Gulf Freight FZE", "country": "Dubai"}}
    proc = cli("screen", "-", db=False, stdin=json.dumps(order))
    assert proc.returncode == EXIT_BAD_INPUT
    assert "consignee.country" in one_line_error(proc)
