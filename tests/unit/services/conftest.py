"""Fixtures of the service tests: the readiness and Dashboard services on a movable clock."""

from __future__ import annotations

import pytest
from dashboard_fixtures import TODAY, Clock

from lsa_desktop.services.dashboard import DashboardService
from lsa_desktop.services.readiness import ReadinessService


@pytest.fixture
def clock():
    return Clock(TODAY)


@pytest.fixture
def readiness(tmp_store, clock):
    return ReadinessService(tmp_store, today=clock)


@pytest.fixture
def dashboard(tmp_store, readiness, clock):
    return DashboardService(tmp_store, readiness, today=clock)
