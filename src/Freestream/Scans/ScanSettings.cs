using System.Globalization;
using Freestream.Cosmology;
using Freestream.Numerics;
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
    /// <summary>Every accepted name with its meaning (units in the name), from <see cref="ScanSettingQuantities"/>.</summary>
    public static IReadOnlyDictionary<string, string> Known { get; } = new SortedDictionary<string, string>(
        ScanSettingQuantities.Thresholds.Select(q => KeyValuePair.Create(q.Key, q.Title))
            .Concat(ScanSettingQuantities.Presets.Select(p => KeyValuePair.Create(p.Key, $"{p.Description}: {string.Join(", ", ScanFile.PresetNames)} (default {p.Default})")))
            .Concat(ScalarDecayWords)
            .ToDictionary(StringComparer.Ordinal),
        StringComparer.Ordinal);

    /// <summary>The scalar-decay solver choices, given as words in the scan file (docs/physics/scalar_decay_validity.md).</summary>
    private static KeyValuePair<string, string>[] ScalarDecayWords =>
    [
        KeyValuePair.Create("scalar_kinetics", "scalar-decay S kinetics: \"momentum\" (default, MT15/KMT16) or \"kinetic-equilibrium\" (fast elastic scattering)"),
        KeyValuePair.Create("scalar_statistics", "scalar-decay S <-> NN statistics: \"quantum\" (default: Pauli blocking, inverse decays) or \"classical\" (decays only)"),
    ];

    /// <summary>The verdict thresholds among the settings: a scan with a constraint set takes its thresholds from the set instead.</summary>
    public static IReadOnlySet<string> Thresholds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "half_mode_strict_mass_kev", "half_mode_conservative_mass_kev", "lyman_alpha_strict_mass_kev", "lyman_alpha_conservative_mass_kev", "satellites_observed", "satellites_strict_observed",
    };

    /// <summary>The scalar-decay solver settings named by scalar_kinetics and scalar_statistics (defaults of <see cref="ScalarDecaySettings"/>).</summary>
    public static ScalarDecaySettings ScalarDecay(IReadOnlyDictionary<string, double> settings)
    {
        Validate(settings);
        var d = ScalarDecaySettings.Default;
        double kinetics = settings.TryGetValue("scalar_kinetics", out double k) ? k : (int)d.Kinetics;
        double statistics = settings.TryGetValue("scalar_statistics", out double s) ? s : (int)d.Statistics;
        if (kinetics is not (0 or 1) || statistics is not (0 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(settings), "[settings] scalar_kinetics / scalar_statistics: \"momentum\" or \"kinetic-equilibrium\" / \"quantum\" or \"classical\"");
        }

        return d with { Kinetics = (ScalarKinetics)(int)kinetics, Statistics = (ScalarDecayStatistics)(int)statistics };
    }

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
        ScalarDecay(settings);
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
                throw new ArgumentException($"[settings] unknown setting {InputEcho.Quote(key)}; known: {string.Join(", ", Known.Keys)}", nameof(settings));
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
            HalfMode = Checked(
                () => (d.HalfMode with
                {
                    StrictReferenceMassKeV = Get("half_mode_strict_mass_kev", d.HalfMode.StrictReferenceMassKeV),
                    ConservativeReferenceMassKeV = Get("half_mode_conservative_mass_kev", d.HalfMode.ConservativeReferenceMassKeV),
                }).Validated(),
                (nameof(HalfModeSettings.StrictReferenceMassKeV), "half_mode_strict_mass_kev"),
                (nameof(HalfModeSettings.ConservativeReferenceMassKeV), "half_mode_conservative_mass_kev")),
            LymanAlpha = Checked(
                () => (d.LymanAlpha with
                {
                    StrictReferenceMassKeV = Get("lyman_alpha_strict_mass_kev", d.LymanAlpha.StrictReferenceMassKeV),
                    ConservativeReferenceMassKeV = Get("lyman_alpha_conservative_mass_kev", d.LymanAlpha.ConservativeReferenceMassKeV),
                }).Validated(),
                (nameof(LymanAlphaSettings.StrictReferenceMassKeV), "lyman_alpha_strict_mass_kev"),
                (nameof(LymanAlphaSettings.ConservativeReferenceMassKeV), "lyman_alpha_conservative_mass_kev")),
            Subhalos = Checked(
                () => (d.Subhalos with
                {
                    ObservedSatellites = Get("satellites_observed", d.Subhalos.ObservedSatellites),
                    StrictObservedSatellites = Get("satellites_strict_observed", d.Subhalos.StrictObservedSatellites),
                }).Validated(),
                (nameof(SubhaloSettings.StrictObservedSatellites), "satellites_strict_observed"),
                (nameof(SubhaloSettings.ObservedSatellites), "satellites_observed")),
            HighRedshift = Checked(
                () => (d.HighRedshift with { Redshift = Get("high_z_redshift", d.HighRedshift.Redshift) }).Validated(),
                (nameof(HighRedshiftSettings.Redshift), "high_z_redshift")),
            FreeStreaming = Checked(
                () => (d.FreeStreaming with
                {
                    ColdBelowMpc = Get("free_streaming_cold_below_mpc", d.FreeStreaming.ColdBelowMpc),
                    WarmBelowMpc = Get("free_streaming_warm_below_mpc", d.FreeStreaming.WarmBelowMpc),
                }).Validated(),
                (nameof(FreeStreamingSettings.ColdBelowMpc), "free_streaming_cold_below_mpc"),
                (nameof(FreeStreamingSettings.WarmBelowMpc), "free_streaming_warm_below_mpc")),
        }).Validated();
    }

    /// <summary>
    /// Validates one stage-settings record; an out-of-range member is reported under its [settings] key (the record's
    /// member names never reach a message).
    /// </summary>
    private static T Checked<T>(Func<T> validated, params (string Member, string Key)[] keys)
    {
        try
        {
            return validated();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            string message = ex.Message.Split(Environment.NewLine)[0].Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);
            foreach (var (member, key) in keys)
            {
                message = message.Replace(member, key, StringComparison.Ordinal);
            }

            throw new ArgumentOutOfRangeException("settings", ex.ActualValue, $"[settings] {message}");
        }
    }

    /// <summary>The Shi–Fuller solver preset named by shi_fuller_preset (default "default", <see cref="ShiFullerSettings.Default"/>).</summary>
    public static ShiFullerSettings ShiFuller(IReadOnlyDictionary<string, double> settings) =>
        Preset(settings, "shi_fuller_preset", [ShiFullerSettings.Fast, ShiFullerSettings.Default, ShiFullerSettings.Precise]);

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

    /// <summary>Code (0 fast, 1 default, 2 precise) of the Boltzmann preset a scan uses when none is given.</summary>
    public static double DefaultBoltzmannPresetCode =>
        PresetCode(ScanSettingQuantities.Presets.Single(p => p.Key == BoltzmannPresetKey).Default) ?? 1;

    /// <summary>The Boltzmann preset named by boltzmann_preset (default "default").</summary>
    public static BoltzmannSettings Boltzmann(IReadOnlyDictionary<string, double> settings) =>
        Preset(settings, BoltzmannPresetKey, [BoltzmannSettings.Fast, BoltzmannSettings.Default, BoltzmannSettings.Precise]);

    /// <summary>Name (fast, default, precise) of the Boltzmann preset of <paramref name="settings"/>.</summary>
    public static string BoltzmannPresetName(IReadOnlyDictionary<string, double> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Boltzmann(settings);
        return ScanFile.PresetNames[(int)(settings.TryGetValue(BoltzmannPresetKey, out double code) ? code : DefaultBoltzmannPresetCode)];
    }

    /// <summary>The stored code 0, 1, 2 of a preset name (case-insensitive), or null for another name.</summary>
    public static double? PresetCode(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int index = ScanFile.PresetNames.ToList().IndexOf(name.Trim().ToLowerInvariant());
        return index < 0 ? null : index;
    }

    /// <summary>The preset numbered by setting <paramref name="key"/>: 0 fast, 1 default, 2 precise.</summary>
    private static T Preset<T>(IReadOnlyDictionary<string, double> settings, string key, T[] presets)
    {
        Validate(settings);
        int fallback = ScanFile.PresetNames.ToList().IndexOf(ScanSettingQuantities.Presets.Single(p => p.Key == key).Default);
        double preset = settings.TryGetValue(key, out double v) ? v : fallback;
        return preset is 0 or 1 or 2
            ? presets[(int)preset]
            : throw new ArgumentOutOfRangeException(nameof(settings), preset, string.Create(CultureInfo.InvariantCulture, $"[settings] {key}: must be \"fast\", \"default\" or \"precise\" (codes 0, 1, 2), got {preset}"));
    }
}
