using Freestream.Numerics;
using Freestream.Structure;

namespace Freestream.Scans;

/// <summary>
/// Declarations of the keys of the TOML <c>[settings]</c> table: the numeric verdict thresholds (defaults from
/// <see cref="StructureSettings.Default"/> and <see cref="XRayLimitSettings"/>, not re-typed) and the named solver
/// presets. <see cref="ScanSettings"/> maps them onto the stage settings.
/// </summary>
public static class ScanSettingQuantities
{
    private static readonly StructureSettings Structure = StructureSettings.Default;
    private static readonly XRayLimitSettings XRay = new();

    /// <summary>The numeric [settings] keys.</summary>
    public static IReadOnlyList<Quantity> Thresholds { get; } =
    [
        Threshold("half_mode_strict_mass_kev", "keV", "thermal mass whose k_1/2 a point must reach to be allowed by the half-mode criterion", Structure.HalfMode.StrictReferenceMassKeV),
        Threshold("half_mode_conservative_mass_kev", "keV", "thermal mass below whose k_1/2 a point is excluded by the half-mode criterion", Structure.HalfMode.ConservativeReferenceMassKeV),
        Threshold("lyman_alpha_strict_mass_kev", "keV", "thermal mass of the strict Lyman-α δA bound", Structure.LymanAlpha.StrictReferenceMassKeV),
        Threshold("lyman_alpha_conservative_mass_kev", "keV", "thermal mass of the conservative Lyman-α δA bound", Structure.LymanAlpha.ConservativeReferenceMassKeV),
        Threshold("satellites_observed", string.Empty, "observed Milky-Way satellites (conservative bound on N_sub)", Structure.Subhalos.ObservedSatellites),
        Threshold("satellites_strict_observed", string.Empty, "strict bound on N_sub", Structure.Subhalos.StrictObservedSatellites),
        Threshold("high_z_redshift", string.Empty, "redshift of the galaxy-count criterion", Structure.HighRedshift.Redshift),
        Threshold("free_streaming_cold_below_mpc", "Mpc", "λ_fs below which a spectrum is labelled cold", Structure.FreeStreaming.ColdBelowMpc),
        Threshold("free_streaming_warm_below_mpc", "Mpc", "λ_fs below which a spectrum is labelled warm (hot above)", Structure.FreeStreaming.WarmBelowMpc),
        Threshold("x_ray_min_lifetime_s", "s", "radiative lifetime τ_γ (full dark matter) below which the X-ray line excludes a point (shi-fuller scans)", XRay.ConservativeMinLifetimeSeconds),
        Threshold("x_ray_strict_min_lifetime_s", "s", "τ_γ above which the X-ray line allows a point, marginal in between (shi-fuller scans)", XRay.StrictMinLifetimeSeconds),
    ];

    /// <summary>The named presets of [settings]: key, meaning and default name (one of <see cref="ScanFile.PresetNames"/>).</summary>
    public static IReadOnlyList<(string Key, string Description, string Default)> Presets { get; } =
    [
        ("boltzmann_preset", "Boltzmann solver preset of the T²(k) runs (CLI --preset; recorded in the store)", "default"),
        ("shi_fuller_preset", "Shi–Fuller solver preset (shi-fuller scans)", "default"),
    ];

    private static Quantity Threshold(string key, string unit, string description, double @default) =>
        new(key, key, key, unit, description, QuantityRange.Positive, @default);
}
