"""The program's entry point (``ghurfa.program``): the system is checked before Qt loads.

``ui.app`` imports Qt at its top; were a system library missing, Qt would abort the process
with its own English line. This module imports no Qt, checks the libraries first
(``ui.system_libraries``), and only then hands over to ``ui.app.run``.
"""

from __future__ import annotations

import argparse
from typing import Any

from ui import system_libraries

REFUSED = 1


def run(args: argparse.Namespace, ctx: Any) -> int:
    problem = system_libraries.problem()
    if problem is not None:
        ctx.error(problem)
        return REFUSED
    try:
        from ui import app
    except ImportError as error:  # a library outside the list: still said, not a traceback
        from desktop.i18n import translate

        ctx.error(translate("cli", "The window cannot open: Qt could not be loaded ({error}).")
                  .format(error=error))
        return REFUSED
    return app.run(args, ctx)
