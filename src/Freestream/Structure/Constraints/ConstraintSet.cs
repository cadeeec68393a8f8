using System.Globalization;
using System.Text.Json.Nodes;

namespace Freestream.Structure;

/// <summary>
/// A named, documented set of published bounds that the structure verdicts are judged against
/// (docs/constraints.md): the committed sets <c>kmt2017</c> (the criteria of the 2017 talk) and
/// <c>current</c> (published bounds as of 2021), or a user's JSON file of the same form.
/// </summary>
/// <param name="Name">Set name, echoed by every verdict, map and report.</param>
/// <param name="Title">One line.</param>
/// <param name="Description">How the set maps models onto its bounds.</param>
/// <param name="Entries">The bounds.</param>
/// <param name="Origin">"embedded" or the file the set was read from.</param>
public sealed record ConstraintSet(string Name, string Title, string Description, IReadOnlyList<ConstraintEntry> Entries, string Origin)
{
    /// <summary>The set used when none is named.</summary>
    public const string DefaultName = "current";

    /// <summary>Verdict keys a set may use, in display order.</summary>
    public static IReadOnlyList<string> Criteria { get; } = ["halfMode", "lymanAlpha", "satellites", "lensing", "combinedBounds", "highRedshift", "darkRadiation"];

    /// <summary>Names of the committed sets.</summary>
    public static IReadOnlyList<string> Names { get; } = ["current", "kmt2017"];

    /// <summary>Every thermal-relic mass (keV) the set's bounds need measured, ascending, without duplicates.</summary>
    public IReadOnlyList<double> ThermalMassesKeV =>
    [
        .. Entries.Where(e => ConstraintMappings.UsesThermalMass(e.Mapping))
            .SelectMany(e => new[] { e.Strict, e.Conservative })
            .Distinct()
            .Order(),
    ];

    /// <summary>The criterion keys the set judges, in display order.</summary>
    public IReadOnlyList<string> JudgedCriteria => [.. Criteria.Where(c => Entries.Any(e => e.Criterion == c))];

    /// <summary>A committed set by name.</summary>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static ConstraintSet Named(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Names.Contains(name))
        {
            throw new ArgumentException($"unknown constraint set '{name}'; use one of {string.Join(", ", Names)} or a JSON file", nameof(name));
        }

        using var stream = typeof(ConstraintSet).Assembly.GetManifestResourceStream($"Freestream.Structure.Constraints.{name}.json")
            ?? throw new InvalidOperationException($"constraint set '{name}' is not embedded in the library");
        return ConstraintSetReader.Read(stream, "embedded");
    }

    /// <summary>A committed set by name, or a user's set from a JSON file (a name with '.' or a path separator, or an existing file).</summary>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    /// <exception cref="InvalidDataException">A file that is not a valid set (the message names the entry and field).</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public static ConstraintSet Load(string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (Names.Contains(nameOrPath))
        {
            return Named(nameOrPath);
        }

        bool looksLikePath = File.Exists(nameOrPath) || nameOrPath.Contains('.', StringComparison.Ordinal) || nameOrPath.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!looksLikePath)
        {
            return Named(nameOrPath);
        }

        if (!File.Exists(nameOrPath))
        {
            throw new FileNotFoundException($"constraint set file '{nameOrPath}' not found", nameOrPath);
        }

        using var stream = File.OpenRead(nameOrPath);
        var set = ConstraintSetReader.Read(stream, Path.GetFullPath(nameOrPath));
        return Names.Contains(set.Name)
            ? throw new InvalidDataException($"constraint set {set.Origin}: name '{set.Name}' is reserved for the committed set; give the file's set another name")
            : set;
    }

    /// <summary>
    /// The set as JSON in the form <see cref="ConstraintSetReader"/> reads (without <see cref="Origin"/>, so that the
    /// same bounds give the same scan hash wherever the file lies).
    /// </summary>
    public JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["title"] = Title,
        ["description"] = Description,
        ["entries"] = new JsonArray([.. Entries.Select(e => (JsonNode)new JsonObject
        {
            ["criterion"] = e.Criterion,
            ["title"] = e.Title,
            ["mapping"] = ConstraintMappings.Name(e.Mapping),
            ["strict"] = e.Strict,
            ["conservative"] = e.Conservative,
            ["unit"] = e.Unit,
            ["thermalEquivalentKeV"] = e.ThermalEquivalentKeV,
            ["confidenceLevel"] = e.ConfidenceLevel,
            ["reference"] = e.Reference,
            ["arxiv"] = e.ArXiv,
            ["location"] = e.Location,
            ["verified"] = e.Verified,
            ["checked"] = e.Checked,
        })]),
    };

    /// <summary>Reads the form of <see cref="ToJson"/> (e.g. from a scan store); a committed name is labelled "embedded".</summary>
    public static ConstraintSet FromJson(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var set = ConstraintSetReader.Read(stream, "stored with the scan");
        return Names.Contains(set.Name) ? set with { Origin = "embedded" } : set;
    }

    /// <summary>"name (origin)" for reports.</summary>
    public string Label => Origin == "embedded" ? Name : string.Create(CultureInfo.InvariantCulture, $"{Name} ({Origin})");
}
