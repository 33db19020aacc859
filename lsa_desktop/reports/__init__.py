"""Printable documents (arrive with the dashboard and requisition issues)."""
