"""Reading the commission's sheets into the room's registry: centres, their areas, their facts
for one election; and personnel lists into the people registry.

One module, one idea: ``opening`` (what a file is, and whether it is safe to read),
``compound`` (the directory of an OLE2 file), ``reading`` (rows of cells), ``fields`` (what a
sheet can say, under which headers), ``header`` (where the header is, which column is which),
``cleaning`` (a cell as a value), ``rows`` (each row checked), ``areas`` (the area tree as the
sheet names it), ``election`` (which election), ``plan`` (what would change, code by code),
``writing`` (one unit of work), ``rejected`` (the rejected rows as a table to send back),
``sheet`` (what every import does around its rows: the file read, progress and cancel, the
summary) and ``centres`` (the whole import, as the command line and the dialog call it).
A personnel list uses the same frame: ``people_rows`` (its fields, headers and rows),
``people_plan`` (found in the rank list, the organisation tree and the sectors, checked by the
people service's rules), ``people_writing`` (in bulk, as the centres) and ``personnel`` (the
whole import).
"""

from desktop.imports.centres import ImportOptions, ImportResult, import_centres
from desktop.imports.fields import CENTRES, Field, Schema
from desktop.imports.header import Layout, find_layout, parse_mapping
from desktop.imports.reading import Table
from desktop.imports.rejected import RejectedTable, rejected_table
from desktop.imports.sheet import Cancelled, Outcome, read_sheet

__all__ = ["CENTRES", "Cancelled", "Field", "ImportOptions", "ImportResult", "Layout",
           "Outcome", "RejectedTable", "Schema", "Table", "find_layout", "import_centres",
           "parse_mapping", "read_sheet", "rejected_table"]
