"""Excel workbooks: right-to-left sheets streamed in write-only mode."""

from reports.excel.workbook import XlsxColumn, safe_cell, write_table

__all__ = ["XlsxColumn", "safe_cell", "write_table"]
