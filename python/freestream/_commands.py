"""One function per CLI command; keyword names are the option names with '_' for '-'."""

import os
import tempfile

import numpy as np

from ._cli import run


def read_psd(path):
    """Reads a Freestream psd table (two columns q f; '#' comments) into (q, f) arrays."""
    table = np.loadtxt(path, comments="#", ndmin=2)
    return table[:, 0], table[:, 1]


def produce_scalar_decay(scalar_mass_gev, lambda_, yukawa, **options):
    """``freestream produce scalar-decay``: sterile neutrinos from decays of a Higgs-portal scalar.

    Returns the JSON summary (``sterileMassKeV``, ``omegaH2``, ``meanQ``, ``deltaNeff``, ``class``, ...)
    plus ``q`` and ``f``, the momentum distribution f(q) per state on q = p/T_nu0 (from psd.dat).
    Other options as keywords, e.g. ``sterile_mass_kev=7.1``, ``sin2_2theta=1e-10``.
    """
    with tempfile.TemporaryDirectory(prefix="freestream-") as directory:
        result = run("produce", "scalar-decay", scalar_mass_gev=scalar_mass_gev, **{"lambda": lambda_},
                     yukawa=yukawa, out=directory, **options)
        result["q"], result["f"] = read_psd(os.path.join(directory, "psd.dat"))
    return result


def transfer(psd=None, mass_kev=None, thermal_mass_kev=None, **options):
    """``freestream transfer``: linear T^2(k) = P_model/P_CDM of a non-cold species.

    Give ``psd`` (a table file) with ``mass_kev``, or ``thermal_mass_kev``. Returns ``halfModeK``,
    ``halfModeKAmplitude``, ``sigma8`` and the arrays ``kHMpc`` [h/Mpc] and ``transferSquared``.
    Other options as keywords, e.g. ``preset="fast"``, ``redshift=5.4``, ``psd_format="class"``.
    """
    if psd is not None:
        options["psd"] = os.fspath(psd)
    return run("transfer", sterile_mass_kev=mass_kev, thermal_mass_kev=thermal_mass_kev, **options)


def judge(psd=None, mass_kev=None, **options):
    """``freestream judge``: structure-formation verdicts of one model (any option of the command as keyword)."""
    if psd is not None:
        options["psd"] = os.fspath(psd)
    return run("judge", sterile_mass_kev=mass_kev, **options)
