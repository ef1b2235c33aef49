"""The axis step of the bar charts (the overview's and the report's)."""

import pytest

from reseller_app.domain.chart_scale import nice_step


@pytest.mark.parametrize(("top", "ticks", "step"), [
    (1, 4, 1), (4, 4, 1), (5, 4, 2), (8, 4, 2), (9, 4, 5), (20, 4, 5), (21, 4, 10),
    (180, 4, 50), (12, 5, 5), (1000, 5, 200),
])
def test_a_round_step_gives_about_the_ticks_asked(top: int, ticks: int, step: int) -> None:
    assert nice_step(top, ticks) == step
    assert step * ticks >= top
