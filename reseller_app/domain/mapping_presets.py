"""Mapping presets: which columns of a known shop's export fill which order fields.

A preset is data (``resources/mappings/*.json``), validated here when it is loaded. It is
chosen from a file's column names: a preset whose ``detect`` columns are all in the file
fits it; the generic preset, with no ``detect`` columns, fits any file and is tried last.

A shop's preset also says how its orders were sold (``sales_model``): a webshop's orders are
self-service, whatever the reseller's usual way of selling, and the criteria pack holds risky
self-service orders sooner (for a salesperson to look at) than sales-assisted ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict, Field, field_validator

from reseller_app.domain.order_rows import FIELD_KEYS
from reseller_app.domain.orders import SalesModel
from reseller_app.domain.texts import t


class MappingPreset(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, max_length=40)
    name: str = Field(min_length=1, max_length=80)
    # Column names that together tell this shop's export from others.
    detect: tuple[str, ...] = ()
    # Field key -> column name, or column names tried in turn (the first the file has wins).
    mapping: dict[str, str | tuple[str, ...]]
    # The sales model of the file's orders where a row gives none (a shop's export has no such
    # column); None: the company's usual one. A sales-model column in the file still wins.
    sales_model: SalesModel | None = None

    @field_validator("mapping")
    @classmethod
    def _known_fields(cls, value: dict[str, str | tuple[str, ...]]
                      ) -> dict[str, str | tuple[str, ...]]:
        unknown = sorted(set(value) - set(FIELD_KEYS))
        if unknown:
            raise ValueError(t("Unknown fields in the mapping: {fields}.", fields=unknown))
        return value

    def fits(self, headers: Iterable[str]) -> bool:
        present = set(headers)
        return all(h in present for h in self.detect)

    def mapping_for(self, headers: Sequence[str]) -> dict[str, str]:
        """Field key -> the file's column for each field whose column the file has."""
        present = set(headers)
        out: dict[str, str] = {}
        for key, columns in self.mapping.items():
            for column in (columns,) if isinstance(columns, str) else columns:
                if column in present:
                    out[key] = column
                    break
        return out


def choose_preset(headers: Sequence[str], presets: Iterable[MappingPreset]
                  ) -> MappingPreset | None:
    """The preset for a file: the one that names the most of its own columns among those that
    fit, the generic one (no ``detect``) only when no shop's fits."""
    fitting = [p for p in presets if p.fits(headers)]
    shops = [p for p in fitting if p.detect]
    if shops:
        return max(shops, key=lambda p: len(p.detect))
    return fitting[0] if fitting else None
