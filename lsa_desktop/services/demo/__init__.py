"""The demo mission: a realistic, reproducible database for trying the app and for benchmarks.

``build_demo`` fills an empty database with the Kenya-led mission in Haiti as public reporting
describes it: contingents, bases, formed units with their officers and qualifications, vehicles and
equipment with the real shortages, requisitions, donors' pledges and deliveries, and 90 days of
daily readiness history ending on ``today``, whose last day equals what the rows say.

- Reproducible: the same seed and the same ``today`` give the same content, keys included (they
  are drawn from the seeded generator); every date is counted back from ``today``.
- ``scale=K`` builds K copies of every unit, codes suffixed ``-B``, ``-C`` ... ``-Z``, ``-AA``
  (:func:`copy_suffix`), each with its own officers and items: K=100 gives about 130,000 officers.
- Fast: plain dicts inserted with SQLAlchemy Core in large batches, in one transaction (all or
  nothing, a cancelled build included).

The parts: ``layout`` (bases, contingents, units, equipment tables) and ``story`` (donors,
requisitions, pledges) hold the figures; ``people``, ``equipment`` and ``supply`` turn them into
rows; ``history`` replays their dated changes into the daily snapshots; ``batch`` writes; ``build``
drives it all.
"""

from lsa_desktop.services.demo.build import (
    DEMO_USER,
    HISTORY_DAYS,
    DemoSummary,
    build_demo,
    copy_suffix,
    database_is_empty,
)

__all__ = [
    "DEMO_USER",
    "HISTORY_DAYS",
    "DemoSummary",
    "build_demo",
    "copy_suffix",
    "database_is_empty",
]
