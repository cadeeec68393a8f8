namespace Freestream.Structure;

/// <summary>
/// Settings of the half-mode criterion (König, Merle &amp; Totzauer 2016, arXiv:1609.01289).
/// </summary>
/// <param name="Convention">Which crossing defines k_1/2 for the verdict (both are always reported).</param>
/// <param name="StrictReferenceMassKeV">
/// Thermal-relic mass m_hi: allowed if k_1/2 ≥ k_1/2(m_hi). Default 3.3 keV, the 2σ Lyman-α bound of
/// Viel et al. 2013 (arXiv:1306.2314, abstract) used as the upper reference by König et al.
/// </param>
/// <param name="ConservativeReferenceMassKeV">
/// Thermal-relic mass m_lo &lt; m_hi: marginal if k_1/2(m_lo) ≤ k_1/2 &lt; k_1/2(m_hi), excluded below.
/// Default 2.0 keV, the 2σ bound of Viel et al. 2006 (arXiv:astro-ph/0605706, abstract), as in the
/// <c>kmt2017</c> constraint set (docs/constraints.md: that König et al. used it is not confirmed).
/// </param>
public sealed record HalfModeSettings(
    HalfModeConvention Convention = HalfModeConvention.Amplitude,
    double StrictReferenceMassKeV = 3.3,
    double ConservativeReferenceMassKeV = 2.0)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the offending parameter.</summary>
    public HalfModeSettings Validated()
    {
        SettingsChecks.InRange(StrictReferenceMassKeV, 0.05, 1000, nameof(StrictReferenceMassKeV));
        SettingsChecks.InRange(ConservativeReferenceMassKeV, 0.05, 1000, nameof(ConservativeReferenceMassKeV));
        SettingsChecks.Ordered(ConservativeReferenceMassKeV, StrictReferenceMassKeV, nameof(ConservativeReferenceMassKeV), nameof(StrictReferenceMassKeV));
        return this;
    }
}
