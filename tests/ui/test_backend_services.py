"""The window's services: ``Backend`` hands out the open database's ``ServiceSet``, each service
built once; a name that is no service fails plainly, without loading the services."""

from __future__ import annotations

import subprocess
import sys
from functools import cached_property

import pytest

from reseller_app.ui.backend import SERVICES, Backend
from reseller_app.ui.service_set import ServiceSet

STAND_INS = {"orders", "catalog", "policy", "overview"}  # the first screen's, until open


def test_every_service_of_the_set_is_the_backend_s() -> None:
    offered = {name for name, value in vars(ServiceSet).items()
               if isinstance(value, cached_property)}
    assert offered == SERVICES | STAND_INS
    assert all(isinstance(vars(Backend)[name], cached_property) for name in STAND_INS)


def test_a_service_is_built_once_from_the_open_database(backend: Backend) -> None:
    assert backend.decisions is backend.decisions is backend.services.decisions
    assert backend.orders is backend.services.orders
    assert backend.outbox.settings is backend.settings  # wired together inside the set
    assert backend.decisions.ctx is backend.ctx


def test_a_name_that_is_no_service_fails_plainly(backend: Backend) -> None:
    with pytest.raises(AttributeError, match="no attribute 'decision'"):
        backend.decision  # noqa: B018 (the lookup is the test)
    assert not hasattr(backend, "__deepcopy__")


def test_a_wrong_name_does_not_load_the_services() -> None:
    """Qt and copy ask objects for names they may lack: that must not import SQLAlchemy."""
    code = ("import sys\n"
            "from reseller_app.ui.backend import Backend\n"
            "backend = Backend(None)\n"
            "assert not hasattr(backend, 'no_such_service')\n"
            "assert not hasattr(backend, '__getstate_ex__')\n"
            "print('sqlalchemy' in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert proc.stdout.strip() == "False"
