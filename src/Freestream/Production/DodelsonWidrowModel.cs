using MathNet.Numerics.RootFinding;
using Freestream.Distributions;

namespace Freestream.Production;

/// <summary>
/// Dodelson–Widrow (non-resonant) sterile-neutrino production (Dodelson &amp; Widrow 1994,
/// hep-ph/9303287), alone or on top of an earlier population, and the mixing that gives a target Ω h².
/// </summary>
/// <remarks>See <see cref="DodelsonWidrowSolver"/> for the equations, the background and the numerics.</remarks>
public static class DodelsonWidrowModel
{
    /// <summary>The spectrum produced from f_s = 0 by mixing sin²2θ with flavour α.</summary>
    public static DodelsonWidrowResult Produce(double massKeV, double sin2TwoTheta, ActiveNeutrinoFlavour flavour, DodelsonWidrowSettings? settings = null) =>
        DodelsonWidrowSolver.Shared(flavour, settings).Solve(massKeV, sin2TwoTheta);

    /// <summary>
    /// Evolves an initial population (for example the output of scalar decays) with the same equation, so
    /// that "DW on top of scalar decay" is exact: f_s = f_init e^{−τ_∞} + f_DW.
    /// </summary>
    public static DodelsonWidrowResult EvolveOnTop(MomentumDistribution initial, double massKeV, double sin2TwoTheta, ActiveNeutrinoFlavour flavour, DodelsonWidrowSettings? settings = null) =>
        DodelsonWidrowSolver.Shared(flavour, settings).EvolveOnTop(initial, massKeV, sin2TwoTheta);

    /// <summary>
    /// The mixing sin²2θ for which pure DW production gives Ω h² = <paramref name="omegaH2"/>, with its run.
    /// </summary>
    /// <remarks>
    /// Ω h² is linear in sin²2θ up to the back-reaction, so one run at 1e-10 gives the starting guess;
    /// Brent's method on ln sin²2θ in a bracket of ±30 % around it gives the root to relative 1e-8.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">Ω h² not positive, or not reachable with sin²2θ &lt; 1.</exception>
    public static DodelsonWidrowResult MixingForOmegaH2(double massKeV, double omegaH2, ActiveNeutrinoFlavour flavour, DodelsonWidrowSettings? settings = null)
    {
        if (!double.IsFinite(omegaH2) || omegaH2 <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(omegaH2), omegaH2, "the target Omega h^2 must be a finite number > 0");
        }

        var solver = DodelsonWidrowSolver.Shared(flavour, settings);
        const double probe = 1e-10;
        double guess = probe * omegaH2 / solver.Solve(massKeV, probe).OmegaH2;
        if (guess >= 0.5)
        {
            throw new ArgumentOutOfRangeException(nameof(omegaH2), omegaH2, $"Omega h^2 = {omegaH2} needs sin^2(2theta) of order {guess:G3} at {massKeV} keV: outside the non-resonant regime");
        }

        double Residual(double lnMixing) => Math.Log(solver.Solve(massKeV, Math.Exp(lnMixing)).OmegaH2 / omegaH2);
        double root = Brent.FindRoot(Residual, Math.Log(guess) - 0.3, Math.Log(guess) + 0.3, 1e-8, 100);
        return solver.Solve(massKeV, Math.Exp(root));
    }
}
