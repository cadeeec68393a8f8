namespace Freestream.Structure;

/// <summary>
/// Settings of the Milky-Way subhalo count with the sharp-k extended Press–Schechter subhalo mass
/// function (Schneider 2015, arXiv:1412.2133; used in Schneider 2016, arXiv:1601.07553, and Murgia
/// et al. 2017, arXiv:1704.07838).
/// </summary>
/// <param name="HostMassMsunH">Host (Milky-Way) halo mass in M_sun/h (default 1.77e12, Aquarius-like host).</param>
/// <param name="MinimumMassMsunH">Smallest subhalo assumed to host a visible satellite, M_sun/h (default 1e8).</param>
/// <param name="FilterMassConstant">c in M = (4π/3) ρ̄_m (c R)³ for the sharp-k filter (default 2.5).</param>
/// <param name="Normalisation">C_n, calibrated on CDM zoom simulations (default 44.5).</param>
/// <param name="ObservedSatellites">
/// Conservative observed count: excluded if N_sub &lt; this (default 57: 11 classical + SDSS ultra-faint
/// dwarfs corrected for sky coverage, Polisensky &amp; Ricotti 2011, arXiv:1004.1459, as used by Murgia et al.; the
/// <c>kmt2017</c> constraint set, docs/constraints.md: the counts are not yet confirmed against the paper).
/// </param>
/// <param name="StrictObservedSatellites">Stricter count (default 63, 15 SDSS objects): allowed if N_sub ≥ this; marginal in between.</param>
public sealed record SubhaloSettings(
    double HostMassMsunH = 1.77e12,
    double MinimumMassMsunH = 1e8,
    double FilterMassConstant = 2.5,
    double Normalisation = 44.5,
    double ObservedSatellites = 57,
    double StrictObservedSatellites = 63)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the offending parameter.</summary>
    public SubhaloSettings Validated()
    {
        SettingsChecks.Within(StructureQuantities.HostMassMsunH, HostMassMsunH, nameof(HostMassMsunH));
        SettingsChecks.Within(StructureQuantities.SubhaloMinimumMassMsunH, MinimumMassMsunH, nameof(MinimumMassMsunH));
        SettingsChecks.Ordered(MinimumMassMsunH, HostMassMsunH, nameof(MinimumMassMsunH), nameof(HostMassMsunH));
        SettingsChecks.Within(StructureQuantities.SubhaloFilterMassConstant, FilterMassConstant, nameof(FilterMassConstant));
        SettingsChecks.Within(StructureQuantities.SubhaloNormalisation, Normalisation, nameof(Normalisation));
        SettingsChecks.Positive(ObservedSatellites, nameof(ObservedSatellites));
        SettingsChecks.Positive(StrictObservedSatellites, nameof(StrictObservedSatellites));
        SettingsChecks.NotBelow(StrictObservedSatellites, ObservedSatellites, nameof(StrictObservedSatellites), nameof(ObservedSatellites));
        return this;
    }
}
