"""Excel workbooks: right-to-left sheets streamed in write-only mode."""

from reports.excel.workbook import SheetData, XlsxColumn, safe_cell, write_sheets, write_table

__all__ = ["SheetData", "XlsxColumn", "safe_cell", "write_sheets", "write_table"]
