namespace Freestream.Structure;

/// <summary>
/// Settings of the high-redshift galaxy-count criterion (Menci et al. 2016, arXiv:1606.02530; Menci et
/// al. 2017, arXiv:1701.01339): the maximum cumulative halo number density φ̄ = max_M N(&gt;M, z)
/// from a sharp-k Sheth–Tormen mass function must reach the observed density of galaxies with
/// M_UV ≤ −12.5 at z = 6 (lensed Hubble Frontier Fields luminosity function).
/// </summary>
/// <param name="Redshift">Redshift of the comparison (default 6).</param>
/// <param name="FilterMassConstant">c in M = (4π/3) ρ̄_m (c R)³ (default 2.7, Schneider, Smith &amp; Reed 2013, arXiv:1303.0839).</param>
/// <param name="CollapseThreshold">δ_c (default 1.686).</param>
/// <param name="ShethTormenA">A of the Sheth–Tormen multiplicity (default 0.3222).</param>
/// <param name="ShethTormenP">p (default 0.3).</param>
/// <param name="ShethTormenQ">q (default 1, the sharp-k recalibration of Schneider et al. 2013).</param>
/// <param name="MinimumHaloMassMsunH">
/// Lowest halo mass of the maximum, M_sun/h (default 1e7). N(&gt;M) decreases with M, so φ̄ = N(&gt;M_min):
/// a suppressed spectrum reaches its plateau above 1e7 for m_WDM ≲ 6 keV; for CDM φ̄ keeps growing.
/// </param>
/// <param name="ReferenceMassesKeV">
/// Thermal masses at the 1σ, 2σ, 3σ bounds of Menci et al. 2016 (abstract: 2.9, 2.4, 2.1 keV). Their φ̄,
/// computed through the same pipeline, are the observational lower limits unless
/// <paramref name="ObservedDensitiesMpc3"/> is given (like-for-like calibration, docs/physics/structure.md §6.3).
/// </param>
/// <param name="ObservedDensitiesMpc3">
/// Optional explicit lower limits (1σ, 2σ, 3σ) on the observed density in Mpc⁻³; when set they replace
/// the thermal calibration.
/// </param>
public sealed record HighRedshiftSettings(
    double Redshift = 6.0,
    double FilterMassConstant = 2.7,
    double CollapseThreshold = 1.686,
    double ShethTormenA = 0.3222,
    double ShethTormenP = 0.3,
    double ShethTormenQ = 1.0,
    double MinimumHaloMassMsunH = 1e7,
    double[]? ReferenceMassesKeV = null,
    double[]? ObservedDensitiesMpc3 = null)
{
    /// <summary>Menci et al. 2016 thermal bounds at 1σ, 2σ, 3σ in keV (abstract of arXiv:1606.02530).</summary>
    public static IReadOnlyList<double> MenciThermalBoundsKeV { get; } = [2.9, 2.4, 2.1];

    /// <summary>The reference masses in use (1σ, 2σ, 3σ).</summary>
    public IReadOnlyList<double> ReferenceMasses => ReferenceMassesKeV ?? MenciThermalBoundsKeV;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the offending parameter.</summary>
    public HighRedshiftSettings Validated()
    {
        SettingsChecks.InRange(Redshift, 0, 30, nameof(Redshift));
        SettingsChecks.Within(StructureQuantities.HighRedshiftFilterMassConstant, FilterMassConstant, nameof(FilterMassConstant));
        SettingsChecks.InRange(CollapseThreshold, 1, 2, nameof(CollapseThreshold));
        SettingsChecks.Positive(ShethTormenA, nameof(ShethTormenA));
        SettingsChecks.InRange(ShethTormenP, 0, 0.5, nameof(ShethTormenP));
        SettingsChecks.InRange(ShethTormenQ, 0.1, 2, nameof(ShethTormenQ));
        SettingsChecks.Within(StructureQuantities.HighRedshiftMinimumMassMsunH, MinimumHaloMassMsunH, nameof(MinimumHaloMassMsunH));
        CheckThree(ReferenceMasses, nameof(ReferenceMassesKeV), descending: true);
        if (ObservedDensitiesMpc3 is not null)
        {
            CheckThree(ObservedDensitiesMpc3, nameof(ObservedDensitiesMpc3), descending: true);
        }

        return this;
    }

    private static void CheckThree(IReadOnlyList<double> values, string name, bool descending)
    {
        if (values.Count != 3)
        {
            throw new ArgumentOutOfRangeException(name, values.Count, $"{name} needs three values (1σ, 2σ, 3σ), got {values.Count}");
        }

        for (int i = 0; i < 3; i++)
        {
            SettingsChecks.Positive(values[i], name);
            if (descending && i > 0 && values[i] > values[i - 1])
            {
                throw new ArgumentOutOfRangeException(name, values[i], $"{name} must not increase from 1σ to 3σ, got {string.Join(", ", values)}");
            }
        }
    }
}
