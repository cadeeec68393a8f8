using System.Globalization;
using Freestream.Cosmology;
using Freestream.Production;
using Freestream.Structure;

namespace Freestream.Scans;

/// <summary>
/// The named [settings] of a scan file mapped onto the stage settings: verdict thresholds
/// (reference thermal masses, observed satellites, free-streaming labels) and the Boltzmann preset.
/// Unknown names are rejected so that a typo cannot silently fall back to a default.
/// </summary>
public static class ScanSettings
{
    /// <summary>Every accepted name with its meaning (units in the name).</summary>
    public static IReadOnlyDictionary<string, string> Known { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [BoltzmannPresetKey] = "Boltzmann solver preset (CLI --preset): \"fast\", \"default\" (scan default) or \"precise\"; stored as 0, 1, 2",
        ["half_mode_strict_mass_kev"] = "thermal mass (keV) whose k_1/2 a point must reach to be allowed by the half-mode criterion",
        ["half_mode_conservative_mass_kev"] = "thermal mass (keV) below whose k_1/2 a point is excluded by the half-mode criterion",
        ["lyman_alpha_strict_mass_kev"] = "thermal mass (keV) of the strict Lyman-α δA bound",
        ["lyman_alpha_conservative_mass_kev"] = "thermal mass (keV) of the conservative Lyman-α δA bound",
        ["satellites_observed"] = "observed Milky-Way satellites (conservative bound on N_sub)",
        ["satellites_strict_observed"] = "strict bound on N_sub",
        ["high_z_redshift"] = "redshift of the galaxy-count criterion",
        ["free_streaming_cold_below_mpc"] = "λ_fs (Mpc) below which a spectrum is labelled cold",
        ["free_streaming_warm_below_mpc"] = "λ_fs (Mpc) below which a spectrum is labelled warm (hot above)",
        ["shi_fuller_preset"] = "Shi–Fuller solver preset: 0 fast, 1 default (scan default), 2 precise",
        ["x_ray_min_lifetime_s"] = "radiative lifetime τ_γ (s, full dark matter) below which the X-ray line excludes a point (default 7e27)",
        ["x_ray_strict_min_lifetime_s"] = "τ_γ (s) above which the X-ray line allows a point, marginal in between (default 1.4e28)",
    };

    /// <summary>Settings that only Shi–Fuller scans use; other models reject them.</summary>
    public static IReadOnlySet<string> ShiFullerOnly { get; } = new HashSet<string>(StringComparer.Ordinal) { "shi_fuller_preset", "x_ray_min_lifetime_s", "x_ray_strict_min_lifetime_s" };

    /// <summary>
    /// Checks the settings of a scan of <paramref name="model"/> before any work: every name known and used by that
    /// model, and every value in its range (by building the stage settings it selects).
    /// </summary>
    /// <exception cref="ArgumentException">Unknown or foreign name, or a value out of range.</exception>
    public static void ValidateFor(string model, IReadOnlyDictionary<string, double> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Validate(settings);
        bool shiFuller = model == ScanModel.ShiFuller.Name;
        if (!shiFuller && settings.Keys.FirstOrDefault(ShiFullerOnly.Contains) is { } foreign)
        {
            throw new ArgumentException($"[settings] {foreign}: applies to shi-fuller scans only, not {model}", nameof(settings));
        }

        Structure(settings);
        Boltzmann(settings);
        if (shiFuller)
        {
            ShiFuller(settings);
            XRay(settings);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> for a name not in <see cref="Known"/>.</summary>
    public static void Validate(IReadOnlyDictionary<string, double> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (string key in settings.Keys)
        {
            if (!Known.ContainsKey(key))
            {
                throw new ArgumentException($"[settings] unknown setting '{key}'; known: {string.Join(", ", Known.Keys)}", nameof(settings));
            }
        }
    }

    /// <summary>The structure settings: documented defaults overridden by the named thresholds.</summary>
    public static StructureSettings Structure(IReadOnlyDictionary<string, double> settings)
    {
        Validate(settings);
        var d = StructureSettings.Default;
        double Get(string key, double fallback) => settings.TryGetValue(key, out double v) ? v : fallback;
        return (d with
        {
            HalfMode = d.HalfMode with
            {
                StrictReferenceMassKeV = Get("half_mode_strict_mass_kev", d.HalfMode.StrictReferenceMassKeV),
                ConservativeReferenceMassKeV = Get("half_mode_conservative_mass_kev", d.HalfMode.ConservativeReferenceMassKeV),
            },
            LymanAlpha = d.LymanAlpha with
            {
                StrictReferenceMassKeV = Get("lyman_alpha_strict_mass_kev", d.LymanAlpha.StrictReferenceMassKeV),
                ConservativeReferenceMassKeV = Get("lyman_alpha_conservative_mass_kev", d.LymanAlpha.ConservativeReferenceMassKeV),
            },
            Subhalos = d.Subhalos with
            {
                ObservedSatellites = Get("satellites_observed", d.Subhalos.ObservedSatellites),
                StrictObservedSatellites = Get("satellites_strict_observed", d.Subhalos.StrictObservedSatellites),
            },
            HighRedshift = d.HighRedshift with { Redshift = Get("high_z_redshift", d.HighRedshift.Redshift) },
            FreeStreaming = d.FreeStreaming with
            {
                ColdBelowMpc = Get("free_streaming_cold_below_mpc", d.FreeStreaming.ColdBelowMpc),
                WarmBelowMpc = Get("free_streaming_warm_below_mpc", d.FreeStreaming.WarmBelowMpc),
            },
        }).Validated();
    }

    /// <summary>The Shi–Fuller solver preset named by shi_fuller_preset (default 1, <see cref="ShiFullerSettings.Default"/>).</summary>
    public static ShiFullerSettings ShiFuller(IReadOnlyDictionary<string, double> settings) =>
        Preset(settings, "shi_fuller_preset", 1, [ShiFullerSettings.Fast, ShiFullerSettings.Default, ShiFullerSettings.Precise]);

    /// <summary>The X-ray lifetime bounds (defaults of <see cref="XRayLimitSettings"/>).</summary>
    public static XRayLimitSettings XRay(IReadOnlyDictionary<string, double> settings)
    {
        Validate(settings);
        var d = new XRayLimitSettings();
        double conservative = settings.TryGetValue("x_ray_min_lifetime_s", out double c) ? c : d.ConservativeMinLifetimeSeconds;
        double strict = settings.TryGetValue("x_ray_strict_min_lifetime_s", out double s) ? s : Math.Max(d.StrictMinLifetimeSeconds, conservative);
        try
        {
            return new XRayLimitSettings(conservative, strict).Validated();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), ex.ActualValue, "[settings] x_ray_min_lifetime_s / x_ray_strict_min_lifetime_s: need 0 < min <= strict (seconds)");
        }
    }

    /// <summary>Key of the Boltzmann preset in [settings] and in the store's specification.</summary>
    public const string BoltzmannPresetKey = "boltzmann_preset";

    /// <summary>Preset names in the order of their stored codes 0, 1, 2.</summary>
    public static IReadOnlyList<string> PresetNames { get; } = ["fast", "default", "precise"];

    /// <summary>Code of the Boltzmann preset a scan uses when none is given (1, <see cref="BoltzmannSettings.Default"/>).</summary>
    public const double DefaultBoltzmannPresetCode = 1;

    /// <summary>The Boltzmann preset named by boltzmann_preset (default 1, <see cref="BoltzmannSettings.Default"/>).</summary>
    public static BoltzmannSettings Boltzmann(IReadOnlyDictionary<string, double> settings) =>
        Preset(settings, BoltzmannPresetKey, DefaultBoltzmannPresetCode, [BoltzmannSettings.Fast, BoltzmannSettings.Default, BoltzmannSettings.Precise]);

    /// <summary>Name (fast, default, precise) of the Boltzmann preset of <paramref name="settings"/>.</summary>
    public static string BoltzmannPresetName(IReadOnlyDictionary<string, double> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Boltzmann(settings);
        return PresetNames[(int)(settings.TryGetValue(BoltzmannPresetKey, out double code) ? code : DefaultBoltzmannPresetCode)];
    }

    /// <summary>The stored code 0, 1, 2 of a preset name (case-insensitive), or null for another name.</summary>
    public static double? PresetCode(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int index = PresetNames.ToList().IndexOf(name.Trim().ToLowerInvariant());
        return index < 0 ? null : index;
    }

    /// <summary>The preset numbered by setting <paramref name="key"/>: 0 fast, 1 default, 2 precise.</summary>
    private static T Preset<T>(IReadOnlyDictionary<string, double> settings, string key, double fallback, T[] presets)
    {
        Validate(settings);
        double preset = settings.TryGetValue(key, out double v) ? v : fallback;
        return preset is 0 or 1 or 2
            ? presets[(int)preset]
            : throw new ArgumentOutOfRangeException(nameof(settings), preset, string.Create(CultureInfo.InvariantCulture, $"[settings] {key}: must be \"fast\", \"default\" or \"precise\" (stored 0, 1, 2), got {preset}"));
    }
}
