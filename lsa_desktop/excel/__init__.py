"""Spreadsheet reading and writing (arrives with the Excel issue)."""
