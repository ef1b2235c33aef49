"""The service fixtures (a configured company, a small catalog), for documents built through the
services as the app builds them."""

from tests.services.conftest import catalog, configured  # noqa: F401  (fixtures)
