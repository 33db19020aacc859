"""Each snapshot row's readiness, computed by the database from the row and its lines.

A trend reads one figure per unit and day. Computing it from the snapshot lines each time costs a
pass over every line of the period (2.4 million lines for 90 days of a 1,500-unit mission: about
nine seconds); it is computed once instead, when a day's snapshot is written (and for the
demo's whole history at once), into ``readiness_snapshot.readiness_pct``.

The figure is :func:`lsa_desktop.domain.readiness.unit_readiness`'s: the lowest of strength
(present over authorised, capped at 100 %) and the operational readiness of each critical
category the unit is authorised (serviceable items within what is authorised, over what is
authorised); NULL when neither can be computed. The divisions are the Python arithmetic's own
(``100.0 * n / d`` on integers gives the same double), and a test compares the two.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, text

_STRENGTH = text(
    """
    UPDATE readiness_snapshot
    SET readiness_pct = CASE
        WHEN authorised_strength > 0 AND present >= authorised_strength THEN 100.0
        WHEN authorised_strength > 0 THEN 100.0 * present / authorised_strength
    END
    WHERE as_of BETWEEN :first_day AND :last_day
    """
)

_CRITICAL = text(
    """
    UPDATE readiness_snapshot
    SET readiness_pct = CASE
        WHEN readiness_pct IS NULL OR lowest.pct < readiness_pct THEN lowest.pct
        ELSE readiness_pct
    END
    FROM (
        SELECT as_of, unit_id, min(pct) AS pct
        FROM (
            SELECT line.as_of, line.unit_id,
                   100.0 * sum(CASE WHEN line.serviceable < line.authorised
                                    THEN line.serviceable ELSE line.authorised END)
                         / sum(line.authorised) AS pct
            FROM readiness_snapshot_line AS line
            JOIN equipment_type AS type ON type.id = line.equipment_type_id
            JOIN equipment_category AS category ON category.id = type.category_id
            WHERE line.as_of BETWEEN :first_day AND :last_day AND category.critical = 1
            GROUP BY line.as_of, line.unit_id, category.id
            HAVING sum(line.authorised) > 0
        )
        GROUP BY as_of, unit_id
    ) AS lowest
    WHERE readiness_snapshot.as_of = lowest.as_of
      AND readiness_snapshot.unit_id = lowest.unit_id
    """
)


def fill_readiness(conn: Connection, first_day: date, last_day: date) -> None:
    """Compute ``readiness_pct`` for every snapshot row from ``first_day`` to ``last_day``."""
    days = {"first_day": first_day.isoformat(), "last_day": last_day.isoformat()}
    conn.execute(_STRENGTH, days)
    conn.execute(_CRITICAL, days)
