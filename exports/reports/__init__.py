"""The gap report and its other editions: PDF, Word, workbook, CSV and JSON (no Qt)."""
