"""Writes docs/schemas/<command>.schema.json from real --json outputs of the program.

Each schema lists every key the command writes, its JSON type(s) and which keys are always present,
inferred from the outputs of the command lines below (several samples per command where the output
varies). Run after changing a command's JSON and bump CommandContext.JsonSchemaVersion:
    FREESTREAM_CLI="dotnet src/Freestream.Cli/bin/Release/net10.0/freestream.dll" \
        python3 python/scripts/make_schemas.py docs/schemas
"""

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from freestream._cli import command  # noqa: E402

FD = "examples/psd/fermi_dirac.dat"
SAMPLES = {
    "thermo": [["thermo", "--temperature-gev", "1000,0.001"]],
    "psd-info": [["psd", "info", FD], ["psd", "info", FD, "--mass-kev", "1"]],
    "xray": [["xray", "--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-10"],
             ["xray", "--sterile-mass-kev", "20", "--sin2-2theta", "1e-10"]],
    "produce-scalar-decay": [
        ["produce", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-8", "--yukawa", "1e-8"],
        ["produce", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-8", "--yukawa", "1e-8",
         "--sin2-2theta", "1e-12", "--out", "{tmp}/sd"]],
    "produce-dodelson-widrow": [["produce", "dodelson-widrow", "--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-10",
                                 "--out", "{tmp}/dw"]],
    "produce-shi-fuller": [["produce", "shi-fuller", "--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-10",
                            "--lepton-asymmetry-l6", "10"]],
    "transfer": [["transfer", "--thermal-mass-kev", "3.3", "--preset", "fast"],
                 ["transfer", "--psd", FD, "--sterile-mass-kev", "3.3", "--preset", "fast"]],
    "power": [["power", "--preset", "fast"]],
    "judge": [["judge", "--thermal-mass-kev", "3.3", "--preset", "fast"]],
    "scan": [["scan", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-8", "--yukawa", "1e-8",
              "--threads", "1", "--out", "{tmp}/scan"],
             ["scan", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-8", "--yukawa", "1e-8",
              "--sin2-2theta", "1e-12", "--preset", "fast", "--threads", "1", "--out", "{tmp}/scan-mixing"]],
    "merge": [["merge", "{tmp}/scan", "--out", "{tmp}/merged"]],
}


def kind(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def infer(values):
    """Schema of a list of sample values of one place in the output."""
    kinds = sorted({kind(v) for v in values})
    if "integer" in kinds and "number" in kinds:
        kinds.remove("integer")
    schema = {"type": kinds[0] if len(kinds) == 1 else kinds}
    objects = [v for v in values if isinstance(v, dict)]
    if objects:
        keys = list(dict.fromkeys(k for o in objects for k in o))
        schema["properties"] = {k: infer([o[k] for o in objects if k in o]) for k in keys}
        schema["required"] = [k for k in keys if all(k in o for o in objects)]
    arrays = [item for v in values if isinstance(v, list) for item in v]
    if arrays:
        schema["items"] = infer(arrays)
    return schema


def main(target):
    os.makedirs(target, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="freestream-schemas-") as tmp:
        for name, samples in SAMPLES.items():
            outputs = []
            for arguments in samples:
                full = command() + [a.replace("{tmp}", tmp) for a in arguments] + ["--json"]
                outputs.append(json.loads(subprocess.run(full, capture_output=True, text=True, check=True).stdout))
            schema = {
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "$id": f"freestream/{name}.schema.json",
                "title": f"freestream {name.replace('-', ' ', 1) if name.startswith(('psd', 'produce')) else name} --json",
                "description": "Inferred from real outputs by python/scripts/make_schemas.py; keys in 'required' are always present.",
            }
            schema.update(infer(outputs))
            with open(os.path.join(target, f"{name}.schema.json"), "w", encoding="utf-8") as handle:
                json.dump(schema, handle, indent=2, ensure_ascii=False)
                handle.write("\n")
            print(name, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/schemas")
