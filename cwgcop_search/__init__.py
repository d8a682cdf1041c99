"""cwgcop-search: ask questions of the CWG-COP reports and get answers you can quote."""

__version__ = "0.1.0"
