"""Official documents: Arabic PDF letters and tables, Excel workbooks, maps. No widgets."""
