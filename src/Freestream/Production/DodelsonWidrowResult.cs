using Freestream.Distributions;

namespace Freestream.Production;

/// <summary>
/// Outcome of a Dodelson–Widrow run: the sterile-neutrino spectrum (both helicities, g = 2) and the
/// diagnostics of the production.
/// </summary>
/// <param name="Distribution">f_s(q) per helicity, q = p/T_ν0 today, degeneracy 2.</param>
/// <param name="MassKeV">Sterile-neutrino mass m_s in keV.</param>
/// <param name="Sin2TwoTheta">Vacuum mixing sin²2θ with <paramref name="Flavour"/>.</param>
/// <param name="Flavour">The active flavour α.</param>
/// <param name="OmegaH2">Relic abundance Ω_s h² of <paramref name="Distribution"/>.</param>
/// <param name="MeanQ">⟨q⟩ = ⟨p/T_ν⟩ of <paramref name="Distribution"/>.</param>
/// <param name="PeakTemperatureGeV">Photon temperature where the number production per ln T is largest.</param>
/// <param name="OpticalDepth">τ_∞(q) = ∫Γ_s dt on the nodes of <paramref name="Distribution"/>: the initial population keeps e^{−τ}.</param>
/// <param name="Initial">The initial population (per helicity, g = 2, on the same nodes), or null for pure DW.</param>
/// <param name="DodelsonWidrowPart">The same run started from f_s = 0 (null for pure DW, where it is <paramref name="Distribution"/>).</param>
public sealed record DodelsonWidrowResult(
    MomentumDistribution Distribution,
    double MassKeV,
    double Sin2TwoTheta,
    ActiveNeutrinoFlavour Flavour,
    double OmegaH2,
    double MeanQ,
    double PeakTemperatureGeV,
    IReadOnlyList<double> OpticalDepth,
    MomentumDistribution? Initial,
    MomentumDistribution? DodelsonWidrowPart)
{
    /// <summary>Ω h² of the initial population alone (0 for pure DW).</summary>
    public double InitialOmegaH2 => Initial?.OmegaH2(MassKeV) ?? 0;

    /// <summary>Ω h² of the DW part alone (the run started from zero).</summary>
    public double DodelsonWidrowOmegaH2 => (DodelsonWidrowPart ?? Distribution).OmegaH2(MassKeV);

    /// <summary>
    /// (Ω_initial + Ω_DW − Ω_exact)/Ω_exact: the error of adding the two spectra instead of evolving the
    /// initial population with the same equation (= the back-converted fraction, Merle, Schneider &amp;
    /// Totzauer, arXiv:1512.05369). 0 for pure DW.
    /// </summary>
    public double AdditiveApproximationError => Initial is null ? 0 : (InitialOmegaH2 + DodelsonWidrowOmegaH2 - OmegaH2) / OmegaH2;

    /// <summary>Largest τ_∞(q) on the grid: the largest fraction 1 − e^{−τ} of an initial population converted back.</summary>
    public double MaxOpticalDepth => OpticalDepth.Max();
}
