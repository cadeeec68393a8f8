namespace Freestream.Structure;

/// <summary>
/// Settings of the Lyman-α area criterion δA (Murgia, Merle, Viel, Totzauer &amp; Schneider 2017,
/// arXiv:1704.07838).
/// </summary>
/// <param name="KMinHMpc">Lower end of the area integral in h/Mpc (default 0.5, Murgia et al. 2017).</param>
/// <param name="KMaxHMpc">Upper end of the area integral in h/Mpc (default 20, Murgia et al. 2017).</param>
/// <param name="StrictReferenceMassKeV">
/// Thermal mass whose δA is δA_REF for "allowed": default 5.3 keV, the 2σ bound of Iršič et al. 2017
/// (arXiv:1702.01764, abstract: m_WDM &gt; 5.3 keV for a smooth temperature evolution).
/// </param>
/// <param name="ConservativeReferenceMassKeV">
/// Thermal mass whose δA bounds "marginal": default 3.5 keV, the Iršič et al. 2017 bound when the IGM
/// temperature may jump (abstract).
/// </param>
public sealed record LymanAlphaSettings(
    double KMinHMpc = 0.5,
    double KMaxHMpc = 20.0,
    double StrictReferenceMassKeV = 5.3,
    double ConservativeReferenceMassKeV = 3.5)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the offending parameter.</summary>
    public LymanAlphaSettings Validated()
    {
        SettingsChecks.InRange(KMinHMpc, 1e-3, 1e3, nameof(KMinHMpc));
        SettingsChecks.InRange(KMaxHMpc, 1e-3, 1e3, nameof(KMaxHMpc));
        SettingsChecks.Ordered(KMinHMpc, KMaxHMpc, nameof(KMinHMpc), nameof(KMaxHMpc));
        SettingsChecks.InRange(StrictReferenceMassKeV, 0.05, 1000, nameof(StrictReferenceMassKeV));
        SettingsChecks.InRange(ConservativeReferenceMassKeV, 0.05, 1000, nameof(ConservativeReferenceMassKeV));
        SettingsChecks.Ordered(ConservativeReferenceMassKeV, StrictReferenceMassKeV, nameof(ConservativeReferenceMassKeV), nameof(StrictReferenceMassKeV));
        return this;
    }
}
