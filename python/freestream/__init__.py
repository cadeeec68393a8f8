"""Python client of the Freestream command-line tool.

Every function runs the ``freestream`` command with ``--json`` and returns its JSON output as a
dict, with lists of numbers turned into numpy arrays. ``load_scan`` reads a scan store
(``scan.db``) directly. The program is found as ``$FREESTREAM_CLI`` (a command line, e.g.
``"dotnet /path/freestream.dll"``) or ``freestream`` on PATH (``dotnet tool install -g
Freestream.Cli``); see python/README.md.
"""

from ._cli import FreestreamError, run, SCHEMA_VERSION
from ._commands import judge, produce_scalar_decay, transfer
from ._scan import load_scan

__all__ = [
    "FreestreamError",
    "SCHEMA_VERSION",
    "judge",
    "load_scan",
    "produce_scalar_decay",
    "run",
    "transfer",
]
__version__ = "0.1.0"
