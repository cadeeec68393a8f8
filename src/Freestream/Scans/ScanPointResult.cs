using Freestream.Structure;

namespace Freestream.Scans;

/// <summary>
/// Everything recorded for one scan point: one row of the results store and of points.csv, plus the
/// spectrum and transfer tables. Quantities that were not computed are NaN.
/// </summary>
/// <param name="Point">The grid point.</param>
public sealed record ScanPointResult(ScanPoint Point)
{
    /// <summary>Ok or failed.</summary>
    public ScanPointStatus Status { get; init; } = ScanPointStatus.Ok;

    /// <summary>Error message of a failed point (one line), null otherwise.</summary>
    public string? Error { get; init; }

    /// <summary>Production regime, e.g. "freeze-in", "freeze-out", "equilibrium decay" (docs/physics/scalar_decay.md §4.2), "resonant" (Shi–Fuller).</summary>
    public string Regime { get; init; } = string.Empty;

    /// <summary>Sterile-neutrino mass in keV: the m_N that gives the target Ω h² (docs/physics/scalar_decay.md §4.2), or the m_s of a Shi–Fuller point.</summary>
    public double SterileMassKeV { get; init; } = double.NaN;

    /// <summary>Ω_N h² at that mass.</summary>
    public double OmegaH2 { get; init; } = double.NaN;

    /// <summary>Mean momentum ⟨q⟩ = ⟨p/T_ν0⟩ today.</summary>
    public double MeanQ { get; init; } = double.NaN;

    /// <summary>Initial lepton asymmetry L₆ = 10⁶ L/s that gives the target Ω h² (Shi–Fuller), NaN otherwise.</summary>
    public double LeptonAsymmetryL6 { get; init; } = double.NaN;

    /// <summary>
    /// Radiative lifetime in seconds of a full-dark-matter species with the same line brightness,
    /// τ_γ Ω_DM/Ω_s with τ_γ = 1/Γ(N → νγ) (docs/physics/dodelson_widrow_xray.md eq. 8; <see cref="Structure.XRayLimit"/>) — τ_γ itself
    /// on a Shi–Fuller plane, where Ω_s = Ω_DM; NaN for models without active–sterile mixing.
    /// </summary>
    public double XRayLifetimeSeconds { get; init; } = double.NaN;

    /// <summary>Positions q of the peaks of q² f(q) (one or two).</summary>
    public IReadOnlyList<double> PeaksQ { get; init; } = [];

    /// <summary>Free-streaming length λ_fs in Mpc.</summary>
    public double FreeStreamingLengthMpc { get; init; } = double.NaN;

    /// <summary>Half-mode wavenumber k₁/₂ in h/Mpc (T(k₁/₂) = 1/2).</summary>
    public double HalfModeKHMpc { get; init; } = double.NaN;

    /// <summary>Lyman-α area criterion δA (dimensionless; Murgia et al. 2017).</summary>
    public double LymanAlphaDeltaA { get; init; } = double.NaN;

    /// <summary>Number of Milky-Way subhaloes N_sub.</summary>
    public double SubhaloCount { get; init; } = double.NaN;

    /// <summary>Cumulative halo number density at z = 6 in Mpc⁻³.</summary>
    public double HighRedshiftDensityMpc3 { get; init; } = double.NaN;

    /// <summary>Verdict per criterion key (<see cref="ScanCriteria.All"/>); missing keys were not judged.</summary>
    public IReadOnlyDictionary<string, ScanVerdict> Verdicts { get; init; } = new Dictionary<string, ScanVerdict>();

    /// <summary>Warnings of the point's computation (validity of the production solution), one line each; empty when none.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Seconds spent, in total and per stage.</summary>
    public ScanTimings Timings { get; init; } = ScanTimings.Zero;

    /// <summary>f(q) table today (q = p/T_ν0), or null.</summary>
    public ScanCurve? Spectrum { get; init; }

    /// <summary>T²(k) table (k in h/Mpc), or null.</summary>
    public ScanCurve? Transfer { get; init; }

    /// <summary>A failed point carrying its error message.</summary>
    public static ScanPointResult Failed(ScanPoint point, string error, ScanTimings timings) => new(point)
    {
        Status = ScanPointStatus.Failed,
        Error = error.ReplaceLineEndings(" ").Trim(),
        Timings = timings,
    };
}
