using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Freestream.Cosmology;

namespace Freestream.Scans;

/// <summary>
/// Everything that determines the results of a scan: the production model, the fixed scalar mass,
/// the two coupling axes, the cosmology and the named model/verdict settings. Its
/// <see cref="Hash"/> identifies the scan in a results store, so that resuming with a different
/// specification is refused. How a scan is run (threads, shard, output folder) is not part of it.
/// </summary>
public sealed class ScanSpecification
{
    /// <summary>Production models a scan can run.</summary>
    public static IReadOnlyList<string> KnownModels { get; } = ["scalar-decay"];

    /// <summary>Creates and validates a specification.</summary>
    /// <param name="model">Production model, one of <see cref="KnownModels"/>.</param>
    /// <param name="scalarMassGeV">Scalar mass m_S in GeV, in [1, 10⁵].</param>
    /// <param name="lambda">Higgs-portal coupling axis.</param>
    /// <param name="yukawa">Yukawa coupling axis.</param>
    /// <param name="cosmology">Cosmology of the Boltzmann runs and of Ω h².</param>
    /// <param name="settings">Named numerical settings and verdict thresholds (units in the names, e.g. "half_mode_strict_mass_kev"); may be empty.</param>
    /// <exception cref="ArgumentException">Unknown model, mass out of range, or a setting that is not finite.</exception>
    public ScanSpecification(string model, double scalarMassGeV, ScanAxis lambda, ScanAxis yukawa, CosmologyParameters cosmology, IReadOnlyDictionary<string, double>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(lambda);
        ArgumentNullException.ThrowIfNull(yukawa);
        ArgumentNullException.ThrowIfNull(cosmology);
        if (!KnownModels.Contains(model))
        {
            throw new ArgumentException($"model: unknown production model '{model}'; known: {string.Join(", ", KnownModels)}", nameof(model));
        }

        if (!double.IsFinite(scalarMassGeV) || scalarMassGeV < 1 || scalarMassGeV > 1e5)
        {
            throw new ArgumentOutOfRangeException(nameof(scalarMassGeV), scalarMassGeV, string.Create(CultureInfo.InvariantCulture, $"scalar mass: must lie in [1, 1e5] GeV, got {scalarMassGeV:G6}"));
        }

        var sorted = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in settings ?? new Dictionary<string, double>())
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(nameof(settings), value, $"setting {key}: must be a finite number");
            }

            sorted[key] = value;
        }

        Model = model;
        ScalarMassGeV = scalarMassGeV;
        Lambda = lambda;
        Yukawa = yukawa;
        Cosmology = cosmology.Validated();
        Settings = sorted;
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson().ToJsonString())));
    }

    /// <summary>Production model.</summary>
    public string Model { get; }

    /// <summary>Scalar mass m_S in GeV.</summary>
    public double ScalarMassGeV { get; }

    /// <summary>Higgs-portal coupling axis λ.</summary>
    public ScanAxis Lambda { get; }

    /// <summary>Yukawa coupling axis y.</summary>
    public ScanAxis Yukawa { get; }

    /// <summary>Cosmology.</summary>
    public CosmologyParameters Cosmology { get; }

    /// <summary>Named settings, sorted by name.</summary>
    public IReadOnlyDictionary<string, double> Settings { get; }

    /// <summary>SHA-256 (hex) of the canonical JSON form: equal specifications have equal hashes.</summary>
    public string Hash { get; }

    /// <summary>Number of grid points, |λ| × |y|.</summary>
    public int PointCount => Lambda.Count * Yukawa.Count;

    /// <summary>The grid point with index <paramref name="index"/> (λ-major order).</summary>
    public ScanPoint PointAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, PointCount);
        int i = index / Yukawa.Count;
        int j = index % Yukawa.Count;
        return new ScanPoint(index, i, j, Lambda.Values[i], Yukawa.Values[j], ScalarMassGeV);
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

    /// <summary>Canonical JSON form (stored in the results store; round-trips with <see cref="FromJson"/>).</summary>
    public JsonObject ToJson()
    {
        var settings = new JsonObject();
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        return new JsonObject
        {
            ["model"] = Model,
            ["scalarMassGeV"] = ScalarMassGeV,
            ["lambda"] = new JsonArray([.. Lambda.Values.Select(v => (JsonNode)v)]),
            ["yukawa"] = new JsonArray([.. Yukawa.Values.Select(v => (JsonNode)v)]),
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
            var settings = node["settings"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<double>());
            return new ScanSpecification(
                node["model"]!.GetValue<string>(),
                Number(node, "scalarMassGeV"),
                ScanAxis.FromValues("lambda", node["lambda"]!.AsArray().Select(v => v!.GetValue<double>())),
                ScanAxis.FromValues("yukawa", node["yukawa"]!.AsArray().Select(v => v!.GetValue<double>())),
                cosmology,
                settings);
        }
        catch (Exception ex) when (ex is JsonException or NullReferenceException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"malformed scan specification: {ex.Message}", ex);
        }
    }

    private static double Number(JsonObject node, string key) =>
        node[key]?.GetValue<double>() ?? throw new InvalidDataException($"scan specification: '{key}' is missing");
}
