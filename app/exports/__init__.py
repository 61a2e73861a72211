"""Spreadsheet writers: XLSX (openpyxl) and CSV."""
