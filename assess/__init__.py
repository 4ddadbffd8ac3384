"""Assess: self-assessment of national implementation of the UN Trafficking in Persons Protocol.

This package is the application core (no Qt): services that take a database session and
return plain data. The window lives in ``assess.ui``; reports in ``exports``.
"""

__version__ = "0.1.0"
