using Freestream.Distributions;

namespace Freestream.Production;

/// <summary>
/// Outcome of one scalar-decay run: the sterile-neutrino momentum distribution today and the diagnostics of
/// production (docs/physics/scalar_decay.md §4 and §7).
/// </summary>
public sealed record ScalarDecayResult
{
    /// <summary>The parameter point.</summary>
    public required ScalarDecayModel Model { get; init; }

    /// <summary>f_N(q) per helicity, q = p/T_ν0 today, degeneracy g_N = 2.</summary>
    public required MomentumDistribution Distribution { get; init; }

    /// <summary>Regimes in which at least 10⁻⁴ of the S were produced.</summary>
    public required IReadOnlyList<ScalarDecayRegime> Regimes { get; init; }

    /// <summary>True when S reached n_S ≥ 0.9 n_eq while its annihilation/inverse-decay rate exceeded H.</summary>
    public required bool ScalarThermalised { get; init; }

    /// <summary>Temperature (GeV) at which the S annihilation rate fell below H after thermalisation; null if never thermalised.</summary>
    public required double? FreezeOutTemperatureGeV { get; init; }

    /// <summary>Temperature (GeV) by which half of all S had decayed.</summary>
    public required double DecayTemperatureGeV { get; init; }

    /// <summary>Temperature (GeV) by which 99 % of all S had decayed.</summary>
    public required double LateDecayTemperatureGeV { get; init; }

    /// <summary>Y_N = n_N/s of both helicities (docs/physics/scalar_decay.md §4.1).</summary>
    public required double YieldN { get; init; }

    /// <summary>m_N in keV: the given one, or the one with Ω_N h² equal to the target (iso-mass condition, §4.2).</summary>
    public required double SterileMassKeV { get; init; }

    /// <summary>Ω_N h² for <see cref="SterileMassKeV"/>.</summary>
    public required double OmegaH2 { get; init; }

    /// <summary>⟨q⟩ = ⟨p/T_ν0⟩ today.</summary>
    public required double MeanQ { get; init; }

    /// <summary>Peaks of q² f(q), sorted by q (two entries for two-peak spectra).</summary>
    public required IReadOnlyList<SpectrumPeak> Peaks { get; init; }

    /// <summary>|g_N n_N − 2 n_S,decayed| / (2 n_S,decayed), with n_N integrated from the final distribution.</summary>
    public required double NumberConservationError { get; init; }

    /// <summary>ΔN_eff = ρ_N/ρ_ν(one flavour) while N is relativistic, = 60 g_N ∫q³f dq/(7π⁴).</summary>
    public required double DeltaNeff { get; init; }

    /// <summary>K = M_0Γ_S/m_S² (Γ/H at T = m_S).</summary>
    public required double DecayParameter { get; init; }

    /// <summary>g*s at T_ini, where ξ = p/T.</summary>
    public required double ReferenceEntropyDof { get; init; }

    /// <summary>Number of time steps.</summary>
    public required int Steps { get; init; }

    /// <summary>The evolution step by step.</summary>
    public required IReadOnlyList<ScalarDecayHistoryPoint> History { get; init; }

    /// <summary>Validity warnings (late decays during BBN, S dominating the energy density, N near equilibrium).</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>True when q² f(q) has more than one peak.</summary>
    public bool HasTwoPeaks => Peaks.Count > 1;
}
