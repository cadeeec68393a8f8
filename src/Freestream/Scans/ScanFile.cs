using System.Globalization;
using Freestream.Cosmology;
using Freestream.Numerics;
using Freestream.Production;
using Freestream.Structure;
using Tomlyn;
using Tomlyn.Model;

namespace Freestream.Scans;

/// <summary>
/// A scan file (TOML): the <c>[scan]</c> table (model; the model's two axes and fixed parameters,
/// e.g. scalar_mass_gev, lambda, yukawa for scalar-decay or sterile_mass_kev, sin2_2theta for
/// shi-fuller; optional output directory), an optional <c>[cosmology]</c> table and an optional <c>[settings]</c> table of
/// named numbers (thresholds and precision knobs). Axes are written as <c>"min:max:points"</c>
/// (log-spaced) or as arrays of numbers.
/// </summary>
public static class ScanFile
{
    /// <summary>The tables of a scan file.</summary>
    public static IReadOnlyList<string> Tables { get; } = ["scan", "cosmology", "settings"];

    /// <summary>Names of the Boltzmann and Shi–Fuller presets as written in [settings] (their code in the specification is the index).</summary>
    public static IReadOnlyList<string> PresetNames { get; } = ["fast", "default", "precise"];

    /// <summary>Reads a TOML text into a table.</summary>
    /// <exception cref="InvalidDataException">Not valid TOML (the message names <paramref name="source"/>).</exception>
    public static TomlTable ParseToml(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return TomlSerializer.Deserialize<TomlTable>(text) ?? throw new InvalidDataException($"{source} is empty");
        }
        catch (Exception ex) when (ex is not InvalidDataException)
        {
            throw new InvalidDataException($"{source} is not valid TOML: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
    }

    /// <summary>Reads a scan file from disk.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InvalidDataException">A folder, an unreadable file, unreadable TOML or a missing/misspelt key.</exception>
    /// <exception cref="ArgumentException">A value out of range (axes, mass, cosmology).</exception>
    public static (ScanSpecification Specification, string? Output) Read(string path)
    {
        string text;
        using (var reader = InputFile.OpenText(path, "scan file", "give the TOML file"))
        {
            text = reader.ReadToEnd();
        }

        return FromTable(ParseToml(text, path), path);
    }

    /// <summary>Builds the specification from a parsed scan file (tables [scan], [cosmology], [settings]).</summary>
    public static (ScanSpecification Specification, string? Output) FromTable(TomlTable table, string source)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (string key in table.Keys.Where(k => !Tables.Contains(k)))
        {
            throw new InvalidDataException($"{source}: unknown table [{InputEcho.Quote(key).Trim('\'')}]; known: {string.Join(", ", Tables)}");
        }

        var scan = Table(table, "scan", source) ?? throw new InvalidDataException($"{source}: no [scan] table");
        return (FromScanTable(scan, table, source), scan.TryGetValue("output", out var o) ? Text(o, "scan", "output", source) : null);
    }

    /// <summary>
    /// Builds a specification from a table with the [scan] keys, taking [cosmology] and [settings]
    /// from <paramref name="root"/> (also used for the plane and, with <paramref name="section"/> "benchmark", the
    /// benchmark point of a run file; messages name the section).
    /// </summary>
    public static ScanSpecification FromScanTable(TomlTable scan, TomlTable root, string source, string section = "scan")
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(root);
        string name = scan.TryGetValue("model", out var m) ? Text(m, section, "model", source) : ScanModel.ScalarDecay.Name;
        var model = ScanModel.All.FirstOrDefault(d => d.Name == name)
            ?? throw new InvalidDataException($"{source}: [{section}] model: unknown production model {InputEcho.Quote(name)}; known: {string.Join(", ", ScanSpecification.KnownModels)}");
        string[] keys = [.. section == "scan" ? new[] { "model", "output" } : ["model"], "constraints", model.XKey, model.YKey, .. model.Parameters.Concat(model.OptionalParameters).Select(p => p.Key)];
        RejectUnknown(scan, keys, section, source);
        var parameters = model.Parameters.ToDictionary(
            p => p.Key,
            p => p.Check(
                Number(scan, p.Key, section, source) ?? throw new InvalidDataException($"{source}: [{section}] needs {p.Key} ({p.Title}) for model {model.Name}"),
                $"{source}: [{section}] {p.Key}"));
        foreach (var p in model.OptionalParameters)
        {
            if (Number(scan, p.Key, section, source) is { } value)
            {
                parameters[p.Key] = p.Check(value, $"{source}: [{section}] {p.Key}");
            }
        }

        var x = Axis(scan, model.XAxis, section, source);
        var y = Axis(scan, model.YAxis, section, source);
        var cosmology = ReadCosmology(root, source);
        var settings = ReadSettings(root, source);
        var constraints = Constraints(scan, settings, section, source);
        try
        {
            return new ScanSpecification(model.Name, x, y, parameters, cosmology, settings, constraints);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"{source}: {ex.Message.Split(" (Parameter")[0]}", ex);
        }
    }

    /// <summary>
    /// The constraint set named by <c>constraints</c> in the section (a committed name or a JSON file, relative to the scan
    /// file); without it <see cref="ConstraintSet.DefaultName"/>, unless [settings] gives verdict thresholds (then null: the
    /// thresholds of the settings).
    /// </summary>
    private static ConstraintSet? Constraints(TomlTable scan, IReadOnlyDictionary<string, double> settings, string section, string source)
    {
        if (!scan.TryGetValue("constraints", out var value))
        {
            return settings.Keys.Any(ScanSettings.Thresholds.Contains) ? null : ConstraintSet.Named(ConstraintSet.DefaultName);
        }

        string name = Text(value, section, "constraints", source);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(source));
        string candidate = folder is null || Path.IsPathRooted(name) ? name : Path.Combine(folder, name);
        try
        {
            return ConstraintSet.Load(ConstraintSet.Names.Contains(name) || !File.Exists(candidate) ? name : candidate);
        }
        catch (Exception ex) when (ex is ArgumentException or FileNotFoundException)
        {
            throw new InvalidDataException($"{source}: [{section}] constraints: {ex.Message.Split(" (Parameter")[0]}", ex);
        }
    }

    /// <summary>The [cosmology] table over Planck 2018 defaults (keys h, omega_b_h2, omega_dm_h2, n_s, a_s, n_eff, t_cmb_k, tau_reio, y_he).</summary>
    public static CosmologyParameters ReadCosmology(TomlTable root, string source)
    {
        ArgumentNullException.ThrowIfNull(root);
        var c = CosmologyParameters.Planck2018;
        var table = Table(root, "cosmology", source);
        if (table is null)
        {
            return c;
        }

        RejectUnknown(table, [.. CosmologyQuantities.Table.Select(q => q.Key)], "cosmology", source);
        double Get(Quantity quantity, double fallback) =>
            Number(table, quantity.Key, "cosmology", source) is double value ? quantity.Check(value, $"{source}: [cosmology] {quantity.Key}") : fallback;
        return (c with
        {
            H = Get(CosmologyQuantities.H, c.H),
            OmegaBaryonH2 = Get(CosmologyQuantities.OmegaBaryonH2, c.OmegaBaryonH2),
            OmegaDarkMatterH2 = Get(CosmologyQuantities.OmegaDarkMatterH2, c.OmegaDarkMatterH2),
            SpectralIndex = Get(CosmologyQuantities.SpectralIndex, c.SpectralIndex),
            ScalarAmplitude = Get(CosmologyQuantities.ScalarAmplitude, c.ScalarAmplitude),
            EffectiveNeutrinoNumber = Get(CosmologyQuantities.EffectiveNeutrinoNumber, c.EffectiveNeutrinoNumber),
            CmbTemperatureK = Get(CosmologyQuantities.CmbTemperatureK, c.CmbTemperatureK),
            ReionizationOpticalDepth = Get(CosmologyQuantities.ReionizationOpticalDepth, c.ReionizationOpticalDepth),
            HeliumMassFraction = Get(CosmologyQuantities.HeliumMassFraction, c.HeliumMassFraction),
        }).Validated();
    }

    /// <summary>
    /// The [settings] table: every key a number, except the presets (keys ending in <c>_preset</c>), which are named
    /// fast, default or precise and kept in the specification as their index 0, 1, 2, and the words of scalar_kinetics
    /// ("momentum" = 0, "kinetic-equilibrium" = 1) and scalar_statistics ("quantum" = 0, "classical" = 1).
    /// </summary>
    public static Dictionary<string, double> ReadSettings(TomlTable root, string source)
    {
        ArgumentNullException.ThrowIfNull(root);
        var settings = new Dictionary<string, double>();
        var table = Table(root, "settings", source);
        foreach (string key in table?.Keys ?? [])
        {
            settings[key] = (key, table![key]) switch
            {
                ("scalar_kinetics", string word) => ScalarDecaySettingNames.ParseKinetics(word) is { } kinetics ? (int)kinetics
                    : throw new InvalidDataException($"{source}: [settings] scalar_kinetics: expected \"momentum\" or \"kinetic-equilibrium\", got {InputEcho.Quote(word)}"),
                ("scalar_statistics", string word) => ScalarDecaySettingNames.ParseStatistics(word) is { } statistics ? (int)statistics
                    : throw new InvalidDataException($"{source}: [settings] scalar_statistics: expected \"quantum\" or \"classical\", got {InputEcho.Quote(word)}"),
                _ when key.EndsWith("_preset", StringComparison.Ordinal) && ScanSettings.Known.ContainsKey(key) => PresetIndex(table![key], key, source),
                _ => Threshold(Number(table!, key, "settings", source)!.Value, key, source),
            };
        }

        return settings;
    }

    private static double Threshold(double value, string key, string source) =>
        ScanSettingQuantities.Thresholds.FirstOrDefault(q => q.Key == key) is { } quantity ? quantity.Check(value, $"{source}: [settings] {key}") : value;

    private static int PresetIndex(object value, string key, string source)
    {
        int index = value is string name ? PresetNames.ToList().IndexOf(name.Trim().ToLowerInvariant()) : -1;
        return index >= 0
            ? index
            : throw new InvalidDataException($"{source}: [settings] {key}: must be one of {string.Join(", ", PresetNames.Select(n => $"\"{n}\""))}, got {InputEcho.Quote(Convert.ToString(value, CultureInfo.InvariantCulture))}");
    }

    /// <summary>A number, or null when the key is absent.</summary>
    /// <exception cref="InvalidDataException">The value is not a number.</exception>
    public static double? Number(TomlTable table, string key, string section, string source)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!table.TryGetValue(key, out var value))
        {
            return null;
        }

        return value switch
        {
            double d => d,
            long l => l,
            _ => throw new InvalidDataException($"{source}: [{section}] {key}: expected a number, got {InputEcho.Quote(Convert.ToString(value, CultureInfo.InvariantCulture))}"),
        };
    }

    private static ScanAxis Axis(TomlTable scan, Quantity quantity, string section, string source)
    {
        string key = quantity.Key;
        if (!scan.TryGetValue(key, out var value))
        {
            throw new InvalidDataException($"{source}: [{section}] needs {key} ({quantity.Title}: \"min:max:points\" or an array of numbers)");
        }

        ScanAxis axis;
        try
        {
            axis = value switch
            {
                string text => ScanAxis.Parse(key, text),
                TomlArray array => ScanAxis.FromValues(key, array.Select(v => v switch
                {
                    double d => d,
                    long l => l,
                    _ => throw new InvalidDataException($"{source}: [{section}] {key}: every array element must be a number"),
                })),
                double d => ScanAxis.FromValues(key, [d]),
                long l => ScanAxis.FromValues(key, [l]),
                _ => throw new InvalidDataException($"{source}: [{section}] {key}: expected \"min:max:points\" or an array of numbers"),
            };
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{source}: [{section}] {ex.Message.Split(" (Parameter")[0]}", ex);
        }

        foreach (double v in axis.Values)
        {
            quantity.Check(v, $"{source}: [{section}] {key}");
        }

        return axis;
    }

    private static TomlTable? Table(TomlTable root, string key, string source) =>
        !root.TryGetValue(key, out var value) ? null
        : value as TomlTable ?? throw new InvalidDataException($"{source}: '{key}' must be a table [{key}]");

    private static string Text(object value, string section, string key, string source) =>
        value as string ?? throw new InvalidDataException($"{source}: [{section}] {key}: expected a string");

    private static void RejectUnknown(TomlTable table, string[] known, string section, string source)
    {
        foreach (string key in table.Keys)
        {
            if (!known.Contains(key))
            {
                throw new InvalidDataException($"{source}: [{section}] unknown key {InputEcho.Quote(key)}; known: {string.Join(", ", known)}");
            }
        }
    }
}
