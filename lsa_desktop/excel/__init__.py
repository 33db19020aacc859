"""Workbooks in and out: safe reading (preflight, reader), forgiving interpretation (headers,
values), honest imports (importer and one writer per kind), exports (writer). No Qt here."""
