"""Printable documents: HTML built from the services' rows, laid out on paper by Qt.

- :mod:`~lsa_desktop.reports.html`: escaping, figures and dates per language, tables, and the
  page furniture a document carries (classification marking, footer note); no Qt.
- :mod:`~lsa_desktop.reports.requisition_html` (with its words in ``requisition_labels``): the
  printed requisition; no Qt.
- :mod:`~lsa_desktop.reports.printing`: paper sizes, the PDF file, the print preview and the save
  dialog; :mod:`~lsa_desktop.reports.pagination` keeps signature blocks and headings whole
  across page breaks. The only modules here that import Qt.
"""
