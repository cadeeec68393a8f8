using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Freestream.Structure;

/// <summary>
/// Reads and checks a constraint set in JSON (the committed <c>kmt2017.json</c> and <c>current.json</c> are the
/// examples): every entry needs its criterion, mapping, thresholds in range and order, unit, CL, reference,
/// arXiv id and location. Errors name the entry and the field.
/// </summary>
public static partial class ConstraintSetReader
{
    /// <summary>Parses a set; <paramref name="origin"/> is echoed in error messages and in <see cref="ConstraintSet.Origin"/>.</summary>
    /// <exception cref="InvalidDataException">Malformed JSON or an entry that fails a check.</exception>
    public static ConstraintSet Read(Stream json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"constraint set {origin}: not valid JSON ({ex.Message.Split('\n')[0]})", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            string name = Text(root, "name", origin);
            if (!NamePattern().IsMatch(name))
            {
                throw new InvalidDataException($"constraint set {origin}: name '{name}' must be letters, digits, '-' or '_'");
            }

            if (!root.TryGetProperty("entries", out var entriesElement) || entriesElement.ValueKind != JsonValueKind.Array || entriesElement.GetArrayLength() == 0)
            {
                throw new InvalidDataException($"constraint set {origin}: 'entries' must be a non-empty array");
            }

            var entries = new List<ConstraintEntry>();
            int index = 0;
            foreach (var e in entriesElement.EnumerateArray())
            {
                entries.Add(Entry(e, $"{origin}: entries[{index}]"));
                index++;
            }

            return new ConstraintSet(name, Text(root, "title", origin), Text(root, "description", origin), entries, origin);
        }
    }

    private static ConstraintEntry Entry(JsonElement e, string where)
    {
        string criterion = Text(e, "criterion", where);
        if (!ConstraintSet.Criteria.Contains(criterion))
        {
            throw new InvalidDataException($"constraint set {where}.criterion: '{criterion}' is not one of {string.Join(", ", ConstraintSet.Criteria)}");
        }

        string mappingName = Text(e, "mapping", where);
        if (!ConstraintMappings.ByName.TryGetValue(mappingName, out var mapping))
        {
            throw new InvalidDataException($"constraint set {where}.mapping: '{mappingName}' is not one of {string.Join(", ", ConstraintMappings.ByName.Keys)}");
        }

        if ((mapping == ConstraintMapping.DeltaNeff) != (criterion == "darkRadiation"))
        {
            throw new InvalidDataException($"constraint set {where}.mapping: deltaNeff goes with criterion darkRadiation and only there");
        }

        double strict = Number(e, "strict", where);
        double conservative = Number(e, "conservative", where);
        string unit = Text(e, "unit", where, allowEmpty: true);
        string expectedUnit = ConstraintMappings.UsesThermalMass(mapping) ? "keV" : mapping == ConstraintMapping.SatelliteCount ? "satellites" : string.Empty;
        if (unit != expectedUnit)
        {
            throw new InvalidDataException($"constraint set {where}.unit: mapping {mappingName} takes unit '{expectedUnit}', got '{unit}'");
        }

        var (low, high) = ConstraintMappings.UsesThermalMass(mapping) ? (0.05, 1000.0) : mapping == ConstraintMapping.SatelliteCount ? (1.0, 1e5) : (0.0, 10.0);
        foreach (var (field, value) in new[] { ("strict", strict), ("conservative", conservative) })
        {
            if (!(value >= low && value <= high))
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"constraint set {where}.{field}: {value} outside [{low}, {high}] {unit}").TrimEnd());
            }
        }

        // Thermal masses and counts: the strict bound is the larger; ΔN_eff: the strict bound is the smaller.
        bool ordered = mapping == ConstraintMapping.DeltaNeff ? strict <= conservative : strict >= conservative;
        if (!ordered)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"constraint set {where}.conservative: {conservative} must be {(mapping == ConstraintMapping.DeltaNeff ? ">=" : "<=")} strict ({strict})"));
        }

        double? thermal = e.TryGetProperty("thermalEquivalentKeV", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetDouble() : null;
        string arxiv = Text(e, "arxiv", where);
        if (!ArXivPattern().IsMatch(arxiv))
        {
            throw new InvalidDataException($"constraint set {where}.arxiv: '{arxiv}' is not an arXiv identifier (e.g. 2008.00022 or astro-ph/0605706)");
        }

        bool verified = e.TryGetProperty("verified", out var v) && v.ValueKind == JsonValueKind.True;
        return new ConstraintEntry(
            criterion, Text(e, "title", where), mapping, strict, conservative, unit, thermal,
            Text(e, "confidenceLevel", where), Text(e, "reference", where), arxiv, Text(e, "location", where), verified,
            e.TryGetProperty("checked", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : string.Empty);
    }

    private static string Text(JsonElement element, string key, string where, bool allowEmpty = false)
    {
        if (!element.TryGetProperty(key, out var value) || value.ValueKind != JsonValueKind.String || (!allowEmpty && string.IsNullOrWhiteSpace(value.GetString())))
        {
            throw new InvalidDataException($"constraint set {where}.{key}: required text{(allowEmpty ? string.Empty : " (not empty)")}");
        }

        return value.GetString()!;
    }

    private static double Number(JsonElement element, string key, string where) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : throw new InvalidDataException($"constraint set {where}.{key}: required number");

    /// <summary>New-style (YYMM.NNNNN) or old-style (archive/YYMMNNN) arXiv identifier.</summary>
    [GeneratedRegex(@"^(\d{4}\.\d{4,5}|[a-z\-]+(\.[A-Z]{2})?/\d{7})$")]
    public static partial Regex ArXivPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_\-]+$")]
    private static partial Regex NamePattern();
}
