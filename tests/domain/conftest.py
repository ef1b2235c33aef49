from __future__ import annotations

import importlib.resources

import pytest

from reseller_app.domain.packs import LoadedPack, load_pack


@pytest.fixture(scope="session")
def default_pack() -> LoadedPack:
    raw = (importlib.resources.files("reseller_app.resources") / "packs" / "default-pack.json")
    return load_pack(raw.read_bytes())
