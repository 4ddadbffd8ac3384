"""The fixtures of the service tests on a shared server (tests/assess/shared_server.py)."""

from tests.assess.shared_server import shared  # noqa: F401
