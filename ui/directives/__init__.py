"""The Directives area: the follow-up board, a directive's history, its follow-up and carry-over.

The board is the core's (``desktop.services.directive_board``): each directive once, however
many revisions and sittings hold it, filtered, sorted and counted by the database and read by
operations. The follow-up rules and who may apply them are the core's too
(``desktop.services.directives``, ``desktop.services.permissions``); these views only ask.
"""
