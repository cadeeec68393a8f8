"""Running the freestream program and decoding its --json output."""

import json
import os
import shlex
import shutil
import subprocess

import numpy as np

#: Major version of the JSON outputs this client understands (``schemaVersion`` "2.x").
SCHEMA_VERSION = "2"


class FreestreamError(RuntimeError):
    """The program exited with an error; ``exit_code`` is 2 for bad input, 1 for a failed computation."""

    def __init__(self, message, exit_code):
        super().__init__(message)
        self.exit_code = exit_code


def command():
    """The command line that starts the program, as a list."""
    configured = os.environ.get("FREESTREAM_CLI")
    if configured:
        return shlex.split(configured)
    found = shutil.which("freestream")
    if found:
        return [found]
    raise FreestreamError(
        "the freestream program was not found: install it with "
        "'dotnet tool install -g Freestream.Cli' or set FREESTREAM_CLI (see python/README.md)", 127)


def option_arguments(options):
    """Turns keyword arguments into options: mass_kev=3 -> ['--mass-kev', '3']; True -> a flag; lists -> 'a,b'."""
    arguments = []
    for name, value in options.items():
        if value is None or value is False:
            continue
        option = "--" + name.rstrip("_").replace("_", "-")
        if value is True:
            arguments.append(option)
        elif isinstance(value, (list, tuple, np.ndarray)):
            arguments += [option, ",".join(_text(v) for v in value)]
        else:
            arguments += [option, _text(value)]
    return arguments


def run(*arguments, **options):
    """Runs ``freestream ARGUMENTS OPTIONS --json`` and returns the decoded output.

    Positional arguments are passed as they are (e.g. ``"produce", "scalar-decay"``); keyword
    arguments become options (see :func:`option_arguments`).
    """
    full = command() + [str(a) for a in arguments] + option_arguments(options) + ["--json"]
    finished = subprocess.run(full, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        message = finished.stderr.strip().splitlines()
        raise FreestreamError(message[-1] if message else f"freestream exited with {finished.returncode}",
                              finished.returncode)
    output = json.loads(finished.stdout)
    version = str(output.get("schemaVersion", ""))
    if version.split(".")[0] != SCHEMA_VERSION:
        raise FreestreamError(
            f"freestream wrote JSON schema version '{version}', this client reads {SCHEMA_VERSION}.x", 1)
    return arrays(output)


def arrays(value):
    """Lists of numbers (or nulls) become float numpy arrays, recursively; everything else is kept."""
    if isinstance(value, dict):
        return {key: arrays(item) for key, item in value.items()}
    if isinstance(value, list):
        if value and all(isinstance(v, (int, float)) and not isinstance(v, bool) or v is None for v in value):
            return np.array([np.nan if v is None else v for v in value], dtype=float)
        return [arrays(item) for item in value]
    return value


def _text(value):
    return repr(value) if isinstance(value, float) else str(value)
