"""Reading a scan store (scan.db, SQLite) without the program; layout in docs/scan_store.md."""

import json
import os
import sqlite3

import numpy as np

#: Store layout this reader understands (``meta.schema_version``).
STORE_SCHEMA_VERSIONS = ("4",)


def _curve(blob):
    """A curve column: raw little-endian IEEE-754 doubles."""
    return np.frombuffer(blob, dtype="<f8").copy()


def load_scan(directory):
    """Reads ``DIRECTORY/scan.db`` (or the .db file itself).

    Returns a dict with
      ``meta``: the meta table (``spec`` holds the parsed scan specification),
      ``points``: one numpy array per column of the points table (text columns as lists),
      ``spectra``: {point_index: (q, f)}, f(q) per state on q = p/T_nu0,
      ``transfers``: {point_index: (k [h/Mpc], T^2(k))},
      ``reference_curves``: {name: (x, y)} (thermal-relic T^2 references of the plots).
    The store is opened read-only, so a running scan is not disturbed.
    """
    path = os.fspath(directory)
    if os.path.isdir(path):
        path = os.path.join(path, "scan.db")
    if not os.path.isfile(path):
        raise FileNotFoundError(f"no scan store at {path}")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        version = meta.get("schema_version")
        if version not in STORE_SCHEMA_VERSIONS:
            raise ValueError(f"{path}: store schema {version}, this reader knows {', '.join(STORE_SCHEMA_VERSIONS)}")
        if "spec_json" in meta:
            meta["spec"] = json.loads(meta["spec_json"])
        cursor = connection.execute("SELECT * FROM points ORDER BY point_index")
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        points = {}
        for i, name in enumerate(names):
            column = [row[i] for row in rows]
            if name in ("peaks_q", "component_fractions", "component_mean_q"):  # ';'-separated lists per point
                points[name] = [np.array([float(v) for v in (text or "").split(";") if v]) for text in column]
                continue
            numeric = all(v is None or isinstance(v, (int, float)) for v in column) and name != "warnings"
            points[name] = (np.array([np.nan if v is None else v for v in column], dtype=float)
                            if numeric else column)
        curves = {}
        for table in ("spectra", "transfers"):
            curves[table] = {index: (_curve(x), _curve(y))
                             for index, x, y in connection.execute(f"SELECT point_index, x, y FROM {table}")}
        references = {name: (_curve(x), _curve(y)) for name, x, y in
                      connection.execute("SELECT name, x, y FROM reference_curves ORDER BY position")}
    finally:
        connection.close()
    return {"meta": meta, "points": points, "spectra": curves["spectra"],
            "transfers": curves["transfers"], "reference_curves": references}
