"""Reading the commission's sheets into the room's registry: centres, their areas, their facts
for one election.

One module, one idea: ``opening`` (what a file is, and whether it is safe to read),
``compound`` (the directory of an OLE2 file), ``reading`` (rows of cells), ``fields`` (what a
sheet can say, under which headers), ``header`` (where the header is, which column is which),
``cleaning`` (a cell as a value), ``rows`` (each row checked), ``areas`` (the area tree as the
sheet names it), ``election`` (which election), ``plan`` (what would change, code by code),
``writing`` (one unit of work), ``rejected`` (the rejected rows as a table to send back) and
``centres`` (the whole import, as the command line and the dialog call it).
"""

from desktop.imports.centres import (
    Cancelled,
    ImportOptions,
    ImportResult,
    import_centres,
    read_sheet,
)
from desktop.imports.fields import Field
from desktop.imports.header import Layout, find_layout, parse_mapping
from desktop.imports.reading import Table
from desktop.imports.rejected import RejectedTable, rejected_table

__all__ = ["Cancelled", "Field", "ImportOptions", "ImportResult", "Layout", "RejectedTable",
           "Table", "find_layout", "import_centres", "parse_mapping", "read_sheet",
           "rejected_table"]
