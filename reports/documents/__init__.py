"""One module per document kind; each registers itself with ``reports.catalogue``."""
