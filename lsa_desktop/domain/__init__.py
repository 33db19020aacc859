"""Pure Python: enums, value objects, the requisition state machine and the readiness arithmetic.

No database, no Qt.
"""
