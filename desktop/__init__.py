"""Ghurfa's core: the data model, storage, rules, import and export, and the command line.

Nothing here imports Qt; the program in ``ui`` and the documents in ``reports`` stand on it.
"""

__version__ = "0.1.0"
