using Freestream.Numerics;

namespace Freestream.Structure;

/// <summary>Declared inputs of the structure stage (see <see cref="Quantity"/>).</summary>
public static class StructureQuantities
{
    /// <summary>
    /// Mass of a thermal relic (Fermi–Dirac, g = 2, all of the dark matter) in keV: one range for <c>transfer</c> and
    /// <c>judge</c>: the keV window of warm dark matter (heavier relics are cold on every scale of the solver's k grid).
    /// </summary>
    public static Quantity ThermalMassKeV { get; } = new(
        "thermal_mass_kev", "thermalMassKeV", "m_th", "keV", "thermal-relic mass m_th", QuantityRange.Closed(0.01, 1000));

    /// <summary>NFW scale radius of a custom X-ray halo: from dwarf galaxies (~0.1 kpc) to galaxy clusters (~1 Mpc), with margin.</summary>
    public static Quantity HaloScaleRadiusKpc { get; } = new(
        "rs_kpc", "scaleRadiusKpc", "r_s", "kpc", "NFW scale radius r_s of a custom halo", QuantityRange.Closed(1e-3, 1e4));

    /// <summary>NFW scale density of a custom X-ray halo (the Milky Way's is ≈ 0.3 GeV/cm³).</summary>
    public static Quantity HaloScaleDensityGeVPerCm3 { get; } = new(
        "rhos_gev_cm3", "scaleDensityGeVPerCm3", "ρ_s", "GeV/cm³", "NFW scale density ρ_s of a custom halo", QuantityRange.Closed(1e-6, 1e6));

    /// <summary>Distance from the observer to the centre of a custom halo (Perseus is ≈ 75 Mpc away).</summary>
    public static Quantity HaloDistanceKpc { get; } = new(
        "distance_kpc", "distanceKpc", "d", "kpc", "observer–centre distance of a custom halo", QuantityRange.Closed(1e-3, 1e6));

    /// <summary>Truncation radius of a custom X-ray halo.</summary>
    public static Quantity HaloTruncationRadiusKpc { get; } = new(
        "rmax_kpc", "truncationRadiusKpc", "r_max", "kpc", "truncation radius of a custom halo", QuantityRange.Closed(1e-3, 1e5));

    /// <summary>Radius of the circular field of view of an X-ray line search.</summary>
    public static Quantity FieldOfViewRadiusDeg { get; } = new(
        "fov_radius_deg", "fovRadiusDeg", "θ_fov", "deg", "radius of the circular field of view", QuantityRange.Closed(1e-6, 90), 0.25);

    /// <summary>Angle between the field centre and the halo centre.</summary>
    public static Quantity FieldOffsetDeg { get; } = new(
        "offset_deg", "offsetDeg", "ψ", "deg", "angle between the field centre and the halo centre", QuantityRange.Closed(0, 180), 0);

    /// <summary>Milky-Way host halo mass of the subhalo count (<see cref="SubhaloSettings.HostMassMsunH"/>): dwarf to cluster hosts.</summary>
    public static Quantity HostMassMsunH { get; } = new(
        "host_mass_msun_h", "hostMassMsunH", "M_host", "M_sun/h", "Milky-Way host halo mass M_host", QuantityRange.Closed(1e9, 1e16), Subhalos.HostMassMsunH);

    /// <summary>Smallest subhalo assumed to host a visible satellite (<see cref="SubhaloSettings.MinimumMassMsunH"/>).</summary>
    public static Quantity SubhaloMinimumMassMsunH { get; } = new(
        "subhalo_min_mass_msun_h", "subhaloMinMassMsunH", "M_min", "M_sun/h", "smallest satellite-hosting subhalo mass M_min", QuantityRange.Closed(1e4, 1e13), Subhalos.MinimumMassMsunH);

    /// <summary>c in M = (4π/3) ρ̄_m (c R)³ of the subhalo function (<see cref="SubhaloSettings.FilterMassConstant"/>).</summary>
    public static Quantity SubhaloFilterMassConstant { get; } = new(
        "subhalo_c", "subhaloC", "c", string.Empty, "sharp-k mass constant c of the subhalo function", FilterMassConstantRange, Subhalos.FilterMassConstant);

    /// <summary>Normalisation C_n of the subhalo function (<see cref="SubhaloSettings.Normalisation"/>).</summary>
    public static Quantity SubhaloNormalisation { get; } = new(
        "subhalo_cn", "subhaloCn", "C_n", string.Empty, "subhalo normalisation C_n", QuantityRange.Positive, Subhalos.Normalisation);

    /// <summary>Lowest halo mass of the z = 6 maximum (<see cref="HighRedshiftSettings.MinimumHaloMassMsunH"/>).</summary>
    public static Quantity HighRedshiftMinimumMassMsunH { get; } = new(
        "high_z_min_mass_msun_h", "highZMinMassMsunH", "M_min", "M_sun/h", "lowest halo mass of the z = 6 maximum", QuantityRange.Closed(1e3, 1e12), HighRedshift.MinimumHaloMassMsunH);

    /// <summary>c in M = (4π/3) ρ̄_m (c R)³ of the z = 6 mass function (<see cref="HighRedshiftSettings.FilterMassConstant"/>).</summary>
    public static Quantity HighRedshiftFilterMassConstant { get; } = new(
        "high_z_c", "highZC", "c", string.Empty, "sharp-k mass constant c of the z = 6 mass function", FilterMassConstantRange, HighRedshift.FilterMassConstant);

    /// <summary>Sharp-k calibrations put c near 2.5–2.7 (Schneider, Smith &amp; Reed 2013, arXiv:1303.0839); 1–5 leaves margin.</summary>
    private static QuantityRange FilterMassConstantRange => QuantityRange.Closed(1, 5);

    private static SubhaloSettings Subhalos => new();

    private static HighRedshiftSettings HighRedshift => new();
}
