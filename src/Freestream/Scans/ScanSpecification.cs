using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Freestream.Cosmology;
using Freestream.Numerics;
using Freestream.Production;
using Freestream.Structure;

namespace Freestream.Scans;

/// <summary>
/// Everything that determines the results of a scan: the production model, its fixed parameters,
/// the two axes of the plane, the cosmology and the named model/verdict settings. Its
/// <see cref="Hash"/> identifies the scan in a results store, so that resuming with a different
/// specification is refused. How a scan is run (threads, shard, output folder) is not part of it.
/// </summary>
public sealed class ScanSpecification
{
    /// <summary>Production models a scan can run.</summary>
    public static IReadOnlyList<string> KnownModels { get; } = [.. ScanModel.All.Select(m => m.Name)];

    /// <summary>Creates and validates a specification.</summary>
    /// <param name="model">Production model, one of <see cref="KnownModels"/>.</param>
    /// <param name="x">Horizontal axis (<see cref="ScanModel.XKey"/> of the model).</param>
    /// <param name="y">Vertical axis (<see cref="ScanModel.YKey"/>).</param>
    /// <param name="parameters">Value of each fixed parameter of the model (<see cref="ScanModel.Parameters"/>) and of those optional ones (<see cref="ScanModel.OptionalParameters"/>) the plane sets, no others.</param>
    /// <param name="cosmology">Cosmology of the Boltzmann runs and of Ω h².</param>
    /// <param name="settings">Named numerical settings and verdict thresholds (<see cref="ScanSettings.Known"/>, units in the names, e.g. "half_mode_strict_mass_kev"); may be empty.</param>
    /// <param name="constraints">
    /// The published bounds the structure verdicts use (docs/constraints.md); null judges against the thresholds of
    /// <paramref name="settings"/> (half_mode_*, lyman_alpha_*, satellites_* and their documented defaults), which may then
    /// not be combined with a set.
    /// </param>
    /// <exception cref="ArgumentException">Unknown model, a parameter missing, unknown or out of range, or a setting unknown, foreign to the model or out of range.</exception>
    public ScanSpecification(string model, ScanAxis x, ScanAxis y, IReadOnlyDictionary<string, double> parameters, CosmologyParameters cosmology, IReadOnlyDictionary<string, double>? settings = null, ConstraintSet? constraints = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(cosmology);
        Description = ScanModel.Named(model);
        CheckAxis(Description.XAxis, x);
        CheckAxis(Description.YAxis, y);
        Parameters = CheckedParameters(Description, parameters);
        Settings = CheckedSettings(settings);
        ScanSettings.ValidateFor(model, Settings);
        if (constraints is not null && Settings.Keys.FirstOrDefault(ScanSettings.Thresholds.Contains) is { } threshold)
        {
            throw new ArgumentException($"[settings] {threshold}: the constraint set '{constraints.Name}' carries its own thresholds; give the set or the threshold settings, not both", nameof(settings));
        }

        Constraints = constraints;
        Model = model;
        X = x;
        Y = y;
        Cosmology = cosmology.Validated();
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson().ToJsonString())));
    }

    /// <summary>Production model name.</summary>
    public string Model { get; }

    /// <summary>The model's axes, parameters and map choices.</summary>
    public ScanModel Description { get; }

    /// <summary>Horizontal axis (λ for scalar decay, m_s in keV for Shi–Fuller).</summary>
    public ScanAxis X { get; }

    /// <summary>Vertical axis (y for scalar decay, sin²2θ for Shi–Fuller).</summary>
    public ScanAxis Y { get; }

    /// <summary>Fixed parameters of the model, sorted by name (e.g. scalar_mass_gev, and sin2_2theta when the plane sets it).</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; }

    /// <summary>The quantities of <see cref="Parameters"/>: the model's required ones, then the optional ones this plane sets.</summary>
    public IReadOnlyList<Quantity> ParameterQuantities => Description.ParametersGiven(Parameters);

    /// <summary>Cosmology.</summary>
    public CosmologyParameters Cosmology { get; }

    /// <summary>Named settings, sorted by name.</summary>
    public IReadOnlyDictionary<string, double> Settings { get; }

    /// <summary>The constraint set of the structure verdicts, or null for the thresholds of <see cref="Settings"/>.</summary>
    public ConstraintSet? Constraints { get; }

    /// <summary>SHA-256 (hex) of the canonical JSON form: equal specifications have equal hashes.</summary>
    public string Hash { get; }

    /// <summary>Number of grid points, |x| × |y|.</summary>
    public int PointCount => X.Count * Y.Count;

    /// <summary>Title of the plane for plots and messages, e.g. "m_S = 100 GeV, constraints current".</summary>
    public string Title => PlaneTitle + (Constraints is { } set ? $", constraints {set.Label}" : string.Empty);

    /// <summary>The model's fixed parameters only, e.g. "m_S = 100 GeV" (map titles; their legends name the constraint set).</summary>
    public string PlaneTitle => Description.Title(Parameters, Cosmology.OmegaDarkMatterH2);

    /// <summary>A scalar-decay (λ, y) plane at fixed m_S (docs/physics/scalar_decay.md).</summary>
    /// <param name="scalarMassGeV">Scalar mass m_S in GeV, in [1, 10⁵].</param>
    /// <param name="lambda">Higgs-portal coupling axis λ.</param>
    /// <param name="yukawa">Yukawa coupling axis y.</param>
    /// <param name="cosmology">Cosmology (its Ω_DM h² fixes m_N at each point).</param>
    /// <param name="settings">Named settings, may be null.</param>
    /// <param name="constraints">Constraint set of the verdicts, or null for the thresholds of the settings.</param>
    /// <param name="sin2TwoTheta">Active–sterile mixing of N, judged by the X-ray line limits at each point's m_N; null: no mixing (τ_γ = ∞).</param>
    public static ScanSpecification ScalarDecay(double scalarMassGeV, ScanAxis lambda, ScanAxis yukawa, CosmologyParameters cosmology, IReadOnlyDictionary<string, double>? settings = null, ConstraintSet? constraints = null, double? sin2TwoTheta = null)
    {
        var parameters = new Dictionary<string, double> { [ProductionQuantities.ScalarMassGeV.Key] = scalarMassGeV };
        if (sin2TwoTheta is { } mixing)
        {
            parameters[ProductionQuantities.Sin2TwoTheta.Key] = mixing;
        }

        return new(ScanModel.ScalarDecay.Name, lambda, yukawa, parameters, cosmology, settings, constraints);
    }

    /// <summary>A Shi–Fuller (m_s, sin²2θ) plane at fixed Ω h² = Ω_DM h² of <paramref name="cosmology"/>, L solved per point.</summary>
    /// <param name="massKeV">Sterile-mass axis m_s in keV.</param>
    /// <param name="sin2TwoTheta">Mixing axis sin²2θ with ν_μ.</param>
    /// <param name="cosmology">Cosmology (its Ω_DM h² is the target abundance).</param>
    /// <param name="settings">Named settings, may be null.</param>
    /// <param name="constraints">Constraint set of the verdicts, or null for the thresholds of the settings.</param>
    public static ScanSpecification ShiFuller(ScanAxis massKeV, ScanAxis sin2TwoTheta, CosmologyParameters cosmology, IReadOnlyDictionary<string, double>? settings = null, ConstraintSet? constraints = null) =>
        new(ScanModel.ShiFuller.Name, massKeV, sin2TwoTheta, new Dictionary<string, double>(), cosmology, settings, constraints);

    /// <summary>The same scan judged against another constraint set (null: the thresholds of the settings).</summary>
    public ScanSpecification WithConstraints(ConstraintSet? constraints) => new(Model, X, Y, Parameters, Cosmology, Settings, constraints);

    /// <summary>The grid point with index <paramref name="index"/> (x-major order).</summary>
    public ScanPoint PointAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, PointCount);
        int i = index / Y.Count;
        int j = index % Y.Count;
        return new ScanPoint(index, i, j, X.Values[i], Y.Values[j]);
    }

    /// <summary>
    /// Every input of the model at <paramref name="point"/> by key: the fixed parameters and the two axis values under
    /// their quantities' keys (e.g. scalar_mass_gev, lambda, yukawa), so that evaluators bind by name, not by position.
    /// </summary>
    public IReadOnlyDictionary<string, double> Inputs(ScanPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var inputs = new Dictionary<string, double>(Parameters, StringComparer.Ordinal)
        {
            [Description.XKey] = point.X,
            [Description.YKey] = point.Y,
        };
        return inputs;
    }

    /// <summary>The points of one shard, in index order.</summary>
    public IEnumerable<ScanPoint> Points(ScanShard shard)
    {
        ArgumentNullException.ThrowIfNull(shard);
        for (int index = 0; index < PointCount; index++)
        {
            if (shard.Contains(index))
            {
                yield return PointAt(index);
            }
        }
    }

    /// <summary>Name of the Boltzmann preset of the scan (fast, default, precise).</summary>
    public string BoltzmannPreset => ScanSettings.BoltzmannPresetName(Settings);

    /// <summary>The same scan with one named setting replaced (e.g. the preset chosen on the command line).</summary>
    public ScanSpecification WithSetting(string key, double value) =>
        new(Model, X, Y, Parameters, Cosmology, new Dictionary<string, double>(Settings) { [key] = value }, Constraints);

    /// <summary>Canonical JSON form (stored in the results store; round-trips with <see cref="FromJson"/>).</summary>
    public JsonObject ToJson()
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in Parameters)
        {
            parameters[key] = value;
        }

        var settings = new JsonObject();
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        var json = new JsonObject
        {
            ["model"] = Model,
            ["parameters"] = parameters,
            ["x"] = new JsonArray([.. X.Values.Select(v => (JsonNode)v)]),
            ["y"] = new JsonArray([.. Y.Values.Select(v => (JsonNode)v)]),
            ["cosmology"] = new JsonObject
            {
                ["h"] = Cosmology.H,
                ["omegaBH2"] = Cosmology.OmegaBaryonH2,
                ["omegaDmH2"] = Cosmology.OmegaDarkMatterH2,
                ["nS"] = Cosmology.SpectralIndex,
                ["aS"] = Cosmology.ScalarAmplitude,
                ["nEff"] = Cosmology.EffectiveNeutrinoNumber,
                ["tCmbK"] = Cosmology.CmbTemperatureK,
                ["tauReio"] = Cosmology.ReionizationOpticalDepth,
                ["yHe"] = Cosmology.HeliumMassFraction,
                ["kPivotInvMpc"] = Cosmology.PivotScaleInvMpc,
            },
            ["settings"] = settings,
        };
        if (Constraints is { } set)
        {
            json["constraints"] = set.ToJson();
        }

        return json;
    }

    /// <summary>Reads the form written by <see cref="ToJson"/>.</summary>
    /// <exception cref="InvalidDataException">Malformed or incomplete JSON.</exception>
    public static ScanSpecification FromJson(string json)
    {
        try
        {
            var node = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidDataException("empty scan specification");
            var c = node["cosmology"]!.AsObject();
            var cosmology = new CosmologyParameters(
                Number(c, "h"), Number(c, "omegaBH2"), Number(c, "omegaDmH2"), Number(c, "nS"), Number(c, "aS"),
                Number(c, "nEff"), Number(c, "tCmbK"), Number(c, "tauReio"), Number(c, "yHe"), Number(c, "kPivotInvMpc"));
            var model = ScanModel.Named(node["model"]!.GetValue<string>());
            return new ScanSpecification(
                model.Name,
                ScanAxis.FromValues(model.XKey, node["x"]!.AsArray().Select(v => v!.GetValue<double>())),
                ScanAxis.FromValues(model.YKey, node["y"]!.AsArray().Select(v => v!.GetValue<double>())),
                node["parameters"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<double>()),
                cosmology,
                StoredSettings(node["settings"]!.AsObject()),
                node["constraints"] is JsonObject set ? ConstraintSet.FromJson(set.ToJsonString()) : null);
        }
        catch (Exception ex) when (ex is JsonException or NullReferenceException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"malformed scan specification: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Settings of a stored specification; one written before the preset was recorded ran at the then scan default,
    /// fast (code 0), and reads back as such.
    /// </summary>
    private static Dictionary<string, double> StoredSettings(JsonObject node)
    {
        var settings = node.ToDictionary(p => p.Key, p => p.Value!.GetValue<double>());
        settings.TryAdd(ScanSettings.BoltzmannPresetKey, 0);
        return settings;
    }

    private static void CheckAxis(Quantity quantity, ScanAxis axis)
    {
        foreach (double value in axis.Values)
        {
            quantity.Check(value, quantity.Key);
        }
    }

    private static SortedDictionary<string, double> CheckedParameters(ScanModel model, IReadOnlyDictionary<string, double> parameters)
    {
        foreach (string key in parameters.Keys.Where(k => model.Parameters.Concat(model.OptionalParameters).All(p => p.Key != k)))
        {
            throw new ArgumentException($"{key}: not a parameter of {model.Name} scans", nameof(parameters));
        }

        var sorted = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in model.Parameters)
        {
            if (!parameters.TryGetValue(p.Key, out double value))
            {
                throw new ArgumentException($"{p.Key}: required by {model.Name} scans", nameof(parameters));
            }

            sorted[p.Key] = p.Check(value, p.Key);
        }

        foreach (var p in model.OptionalParameters.Where(p => parameters.ContainsKey(p.Key)))
        {
            sorted[p.Key] = p.Check(parameters[p.Key], p.Key);
        }

        return sorted;
    }

    /// <summary>The settings, sorted, with the Boltzmann preset always recorded (so the store names it).</summary>
    private static SortedDictionary<string, double> CheckedSettings(IReadOnlyDictionary<string, double>? settings)
    {
        var sorted = new SortedDictionary<string, double>(StringComparer.Ordinal) { [ScanSettings.BoltzmannPresetKey] = ScanSettings.DefaultBoltzmannPresetCode };
        foreach (var (key, value) in settings ?? new Dictionary<string, double>())
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(nameof(settings), value, $"setting {key}: must be a finite number");
            }

            sorted[key] = value;
        }

        return sorted;
    }

    private static double Number(JsonObject node, string key) =>
        node[key]?.GetValue<double>() ?? throw new InvalidDataException($"scan specification: '{key}' is missing");
}
