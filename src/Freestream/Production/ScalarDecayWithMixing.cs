using MathNet.Numerics.RootFinding;

namespace Freestream.Production;

/// <summary>
/// Scalar decay followed by Dodelson–Widrow conversion acting on the same sterile neutrinos (Merle,
/// Schneider &amp; Totzauer, arXiv:1512.05369): the scalar-decay spectrum is evolved with the DW equation,
/// f = f_SD e^{−τ_∞} + f_DW, so the combination is exact rather than a sum of the two spectra.
/// </summary>
public static class ScalarDecayWithMixing
{
    /// <summary>Relative accuracy of the mass found on the iso-abundance condition.</summary>
    public const double MassRelativeTolerance = 1e-7;

    /// <summary>
    /// Runs DW on top of <paramref name="scalarDecay"/>. With <paramref name="sterileMassKeV"/> the mass is
    /// fixed; otherwise it is the mass at which the combined abundance equals <paramref name="omegaH2"/>.
    /// </summary>
    /// <remarks>
    /// f_SD(q) does not depend on m_N (only Ω = m n does), while DW production grows with m_N (the
    /// conversion rate peaks at T ∝ m^{1/3}), so Ω_total(m) is increasing. Without mixing the root would
    /// be the scalar-decay iso-mass m_SD; with it Ω_total(m_SD) ≥ Ω_target, and Brent's method on ln m in
    /// [m_SD/10⁴, m_SD] finds the root to <see cref="MassRelativeTolerance"/>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A non-physical mixing, mass or Ω h², or a target that DW alone overshoots at every mass in the bracket.</exception>
    public static DodelsonWidrowResult Solve(
        ScalarDecayResult scalarDecay,
        double sin2TwoTheta,
        ActiveNeutrinoFlavour flavour,
        double? sterileMassKeV = null,
        double omegaH2 = 0.12,
        DodelsonWidrowSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(scalarDecay);
        var solver = new DodelsonWidrowSolver(flavour, settings);
        var initial = scalarDecay.Distribution;
        if (sterileMassKeV is double fixedMass)
        {
            return solver.EvolveOnTop(initial, fixedMass, sin2TwoTheta);
        }

        if (!double.IsFinite(omegaH2) || omegaH2 <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(omegaH2), omegaH2, "the target Omega h^2 must be a finite number > 0");
        }

        double upper = initial.MassKeVForOmegaH2(omegaH2);
        double lower = upper * 1e-4;
        double Excess(double lnMass) => Math.Log(solver.EvolveOnTop(initial, Math.Exp(lnMass), sin2TwoTheta).OmegaH2 / omegaH2);
        if (Excess(Math.Log(lower)) > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sin2TwoTheta), sin2TwoTheta,
                $"sin^2(2theta) = {sin2TwoTheta:G3} alone overproduces Omega h^2 = {omegaH2} even at m_N = {lower:G3} keV");
        }

        double lnMass = Excess(Math.Log(upper)) <= 0
            ? Math.Log(upper)
            : Brent.FindRoot(Excess, Math.Log(lower), Math.Log(upper), MassRelativeTolerance);
        return solver.EvolveOnTop(initial, Math.Exp(lnMass), sin2TwoTheta);
    }
}
