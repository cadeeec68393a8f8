namespace Freestream.Structure;

/// <summary>How ⟨v⟩ is averaged in the free-streaming integral (docs/physics/structure.md §1.1).</summary>
public enum VelocityAverage
{
    /// <summary>⟨v⟩ = ∫ q² f(q) q/√(q² + (m a/T_ν0)²) dq / ∫ q² f dq: the exact average over f(q).</summary>
    Exact,

    /// <summary>The velocity of the mean momentum, ⟨q⟩/√(⟨q⟩² + (m a/T_ν0)²) (cross-check).</summary>
    MeanMomentum,
}

/// <summary>
/// Settings of the free-streaming length and its cold/warm/hot label (Boyarsky, Lesgourgues,
/// Ruchayskiy &amp; Viel 2009, arXiv:0812.3256, as used by Merle &amp; Totzauer 2015, arXiv:1502.01011).
/// </summary>
/// <param name="Average">Velocity average (default exact).</param>
/// <param name="ColdBelowMpc">λ_FS below this (comoving Mpc) is "cold" (default 0.01).</param>
/// <param name="WarmBelowMpc">λ_FS below this is "warm", above it "hot" (default 0.1).</param>
/// <param name="ProductionScaleFactor">
/// Scale factor a_prod at the end of production where the integral starts (default 0: the result is
/// insensitive to a_prod ≪ a_nr, the relativistic part contributes ∝ a).
/// </param>
/// <param name="StepsPerEFold">Quadrature nodes per e-fold of a (default 40).</param>
public sealed record FreeStreamingSettings(
    VelocityAverage Average = VelocityAverage.Exact,
    double ColdBelowMpc = 0.01,
    double WarmBelowMpc = 0.1,
    double ProductionScaleFactor = 0.0,
    int StepsPerEFold = 40)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the offending parameter.</summary>
    public FreeStreamingSettings Validated()
    {
        SettingsChecks.Positive(ColdBelowMpc, nameof(ColdBelowMpc));
        SettingsChecks.Ordered(ColdBelowMpc, WarmBelowMpc, nameof(ColdBelowMpc), nameof(WarmBelowMpc));
        SettingsChecks.InRange(ProductionScaleFactor, 0, 1e-3, nameof(ProductionScaleFactor));
        SettingsChecks.InRange(StepsPerEFold, 4, 10000, nameof(StepsPerEFold));
        return this;
    }
}
