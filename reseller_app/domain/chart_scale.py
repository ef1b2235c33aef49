"""The scale of a bar chart's axis, shared by the overview's chart and the report's PDF."""

from __future__ import annotations


def nice_step(top: int, ticks: int = 4) -> int:
    """A round step (1, 2, 5, 10, 20, ...) giving about ``ticks`` grid lines up to ``top``."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor * ticks >= top:
                return step * factor
        step *= 10
