"""Use cases: each function is one unit of work for one user action, taking the acting user.

The program, the command line and the tests all change data through these functions; the
domain rules live here and fail with a ``DomainError`` that speaks the user's language.
"""
