using Freestream.Distributions;

namespace Freestream.Production;

/// <summary>One step of a Shi–Fuller run: photon temperature, remaining asymmetry and resonance position.</summary>
/// <param name="TemperatureGeV">Photon temperature at the middle of the step, GeV.</param>
/// <param name="AsymmetryPerEntropy">L/s after the step.</param>
/// <param name="ResonanceX">Comoving x = p/T(T_end) of the lower ν resonance (NaN when there is none).</param>
public readonly record struct ShiFullerTrackPoint(double TemperatureGeV, double AsymmetryPerEntropy, double ResonanceX);

/// <summary>
/// Outcome of a Shi–Fuller run: the spectrum of both helicities and each one separately, the asymmetry
/// before and after, and the resonance track.
/// </summary>
/// <param name="Distribution">(f_ν + f̄_ν)/2 per helicity, q = p/T_ν0 today, degeneracy 2 (Ω of the sum).</param>
/// <param name="NeutrinoPart">f_s of the helicity fed by ν_α (resonant for L &gt; 0), degeneracy 1.</param>
/// <param name="AntineutrinoPart">f̄_s fed by ν̄_α (Dodelson–Widrow-like for L &gt; 0), degeneracy 1.</param>
/// <param name="MassKeV">m_s in keV.</param>
/// <param name="Sin2TwoTheta">Vacuum sin²2θ with <paramref name="Flavour"/>.</param>
/// <param name="Flavour">The active flavour α carrying the asymmetry.</param>
/// <param name="InitialAsymmetry">L at the start temperature.</param>
/// <param name="FinalAsymmetry">L left at the end temperature.</param>
/// <param name="NumberPerEntropyFactor">n/s per unit ∫q² f dq of one internal state: 45/(4π⁴ g*s(T_end)).</param>
/// <param name="Track">One point per temperature step.</param>
public sealed record ShiFullerResult(
    MomentumDistribution Distribution,
    MomentumDistribution NeutrinoPart,
    MomentumDistribution AntineutrinoPart,
    double MassKeV,
    double Sin2TwoTheta,
    ActiveNeutrinoFlavour Flavour,
    LeptonAsymmetry InitialAsymmetry,
    LeptonAsymmetry FinalAsymmetry,
    double NumberPerEntropyFactor,
    IReadOnlyList<ShiFullerTrackPoint> Track)
{
    /// <summary>Ω_s h² of both helicities.</summary>
    public double OmegaH2 => Distribution.OmegaH2(MassKeV);

    /// <summary>Ω h² of the ν part.</summary>
    public double NeutrinoOmegaH2 => NeutrinoPart.OmegaH2(MassKeV);

    /// <summary>Ω h² of the ν̄ part.</summary>
    public double AntineutrinoOmegaH2 => AntineutrinoPart.OmegaH2(MassKeV);

    /// <summary>⟨q⟩ of both helicities.</summary>
    public double MeanQ => Distribution.MeanQ;

    /// <summary>⟨q⟩ of the ν part.</summary>
    public double NeutrinoMeanQ => NeutrinoPart.MeanQ;

    /// <summary>⟨q⟩ of the ν̄ part.</summary>
    public double AntineutrinoMeanQ => AntineutrinoPart.MeanQ;

    /// <summary>L/s lost during production (initial − final).</summary>
    public double AsymmetryLostPerEntropy => InitialAsymmetry.PerEntropy - FinalAsymmetry.PerEntropy;

    /// <summary>(n_s − n̄_s)/s made, from the final spectra (spline moments of <see cref="MomentumDistribution"/>).</summary>
    public double SterileAsymmetryPerEntropy => NumberPerEntropyFactor * (NeutrinoPart.NormalisationIntegral - AntineutrinoPart.NormalisationIntegral);

    /// <summary>(L lost − (n_s − n̄_s)/s made)/(L lost): the lepton-number bookkeeping error (0 when nothing was lost).</summary>
    public double ConservationError => AsymmetryLostPerEntropy == 0 ? 0 : (AsymmetryLostPerEntropy - SterileAsymmetryPerEntropy) / AsymmetryLostPerEntropy;

    /// <summary>Number of momentum nodes after the adaptive refinement.</summary>
    public int GridPoints => Distribution.Q.Count;
}
