using MathNet.Numerics.RootFinding;

namespace Freestream.Production;

/// <summary>
/// Shi–Fuller (lepton-asymmetry-driven, resonant) sterile-neutrino production (Shi &amp; Fuller 1999,
/// astro-ph/9810076), and the initial asymmetry that gives a target Ω h² at fixed mass and mixing.
/// </summary>
/// <remarks>See <see cref="ShiFullerSolver"/> for the equations and numerics.</remarks>
public static class ShiFullerModel
{
    /// <summary>Largest initial asymmetry the root finder tries, L/s (L/n_γ ≈ 0.16 at 10 GeV; far above BBN bounds).</summary>
    public const double MaxAsymmetryPerEntropy = 1e-3;

    /// <summary>The spectrum produced from f_s = f̄_s = 0 with mixing sin²2θ and initial asymmetry L of flavour α.</summary>
    public static ShiFullerResult Produce(double massKeV, double sin2TwoTheta, LeptonAsymmetry asymmetry, ActiveNeutrinoFlavour flavour, ShiFullerSettings? settings = null) =>
        new ShiFullerSolver(flavour, settings).Solve(massKeV, sin2TwoTheta, asymmetry);

    /// <summary>The initial asymmetry L &gt; 0 for which Ω h² = <paramref name="omegaH2"/>, with its run.</summary>
    /// <remarks>
    /// Ω h² grows monotonically with L (physics note §3.1 item 6): the bracket starts at L = 0 (Dodelson–Widrow,
    /// which must stay below the target) and the upper end is raised fourfold, up to <see cref="MaxAsymmetryPerEntropy"/>
    /// itself, until Ω h² exceeds it; Brent's method on ln L then finds ln(Ω/Ω_target) = 0; Ω(L) is smooth only up to
    /// steps of ~1e-4 (default settings) where the adaptive grid and step halving change with L, which bounds the accuracy
    /// of the root.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">Ω h² not finite and positive.</exception>
    /// <exception cref="ShiFullerTargetException">Already exceeded by L = 0, or not reached at <see cref="MaxAsymmetryPerEntropy"/>.</exception>
    public static ShiFullerResult AsymmetryForOmegaH2(double massKeV, double sin2TwoTheta, double omegaH2, ActiveNeutrinoFlavour flavour, ShiFullerSettings? settings = null) =>
        AsymmetryForOmegaH2(new ShiFullerSolver(flavour, settings), massKeV, sin2TwoTheta, omegaH2);

    /// <summary>
    /// As <see cref="AsymmetryForOmegaH2(double, double, double, ActiveNeutrinoFlavour, ShiFullerSettings?)"/> with a reused
    /// solver; <paramref name="cancellationToken"/> is checked between the runs of the root search.
    /// </summary>
    public static ShiFullerResult AsymmetryForOmegaH2(ShiFullerSolver solver, double massKeV, double sin2TwoTheta, double omegaH2, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(solver);
        if (!double.IsFinite(omegaH2) || omegaH2 <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(omegaH2), omegaH2, "the target Omega h^2 must be a finite number > 0");
        }

        var dw = solver.Solve(massKeV, sin2TwoTheta, LeptonAsymmetry.Zero);
        if (dw.OmegaH2 >= omegaH2)
        {
            throw new ShiFullerTargetException(ShiFullerTargetFailure.OverproducedWithoutAsymmetry, nameof(sin2TwoTheta), sin2TwoTheta, $"sin^2(2theta) = {sin2TwoTheta:G3} already gives Omega h^2 = {dw.OmegaH2:G4} >= {omegaH2} without asymmetry (Dodelson–Widrow); lower the mixing");
        }

        double Omega(double lnL)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return solver.Solve(massKeV, sin2TwoTheta, LeptonAsymmetry.FromPerEntropy(Math.Exp(lnL))).OmegaH2;
        }

        double lnMax = Math.Log(MaxAsymmetryPerEntropy);
        double low = Math.Log(1e-7);
        while (Omega(low) > omegaH2)
        {
            low -= Math.Log(4);
        }

        double high = Math.Min(low + Math.Log(4), lnMax);
        while (Omega(high) < omegaH2)
        {
            if (high >= lnMax)
            {
                throw new ShiFullerTargetException(ShiFullerTargetFailure.AsymmetryLimitReached, nameof(omegaH2), omegaH2, $"Omega h^2 = {omegaH2} is not reached with L/s <= {MaxAsymmetryPerEntropy:G3} at {massKeV} keV and sin^2(2theta) = {sin2TwoTheta:G3}; raise the mixing");
            }

            low = high;
            high = Math.Min(high + Math.Log(4), lnMax);
        }

        double root = Brent.FindRoot(lnL => Math.Log(Omega(lnL) / omegaH2), low, high, 1e-6, 100);
        return solver.Solve(massKeV, sin2TwoTheta, LeptonAsymmetry.FromPerEntropy(Math.Exp(root)));
    }
}
