namespace Freestream.Numerics;

/// <summary>
/// One physical input declared once: its name in every place it appears (TOML key and CSV column, command-line
/// option, JSON key), symbol, unit, allowed range and default. Command-line options, the scan-file reader, scan
/// binding, table headers, validation messages and the TOML reference page (docs/reference/toml.md) are generated
/// from these declarations, so a quantity cannot have two names or two ranges.
/// </summary>
/// <param name="Key">TOML key and CSV column: snake case with the unit in the name (e.g. <c>scalar_mass_gev</c>).</param>
/// <param name="JsonKey">Key in JSON output (camel case, e.g. <c>scalarMassGeV</c>).</param>
/// <param name="Symbol">Symbol in titles and messages (e.g. "m_S", "λ").</param>
/// <param name="Unit">Unit ("" for dimensionless).</param>
/// <param name="Description">One-line meaning, used in option help and the reference page.</param>
/// <param name="Range">Allowed values.</param>
/// <param name="Default">Value when not given, or null when the quantity is required or optional without default.</param>
public sealed record Quantity(string Key, string JsonKey, string Symbol, string Unit, string Description, QuantityRange Range, double? Default = null)
{
    /// <summary>The command-line option: <c>--</c> and the key with '-' for '_' unless declared otherwise.</summary>
    public string CliOption { get; init; } = "--" + Key.Replace('_', '-');

    /// <summary>Former option names, still accepted (hidden from help) for one release.</summary>
    public IReadOnlyList<string> CliAliases { get; init; } = [];

    /// <summary>Column name in CSV tables (the TOML key).</summary>
    public string CsvColumn => Key;

    /// <summary>Axis or column title: description and unit, e.g. "scalar mass m_S (GeV)".</summary>
    public string Title => Unit.Length > 0 ? $"{Description} ({Unit})" : Description;

    /// <summary>The same quantity with a narrower range for one model (e.g. the masses Shi–Fuller production covers).</summary>
    public Quantity Within(QuantityRange range) => this with { Range = range };

    /// <summary>Returns <paramref name="value"/> when it lies in <see cref="Range"/>.</summary>
    /// <param name="value">The value to check.</param>
    /// <param name="givenAs">How the value was given (an option or "[section] key"); null names the quantity by its option.</param>
    /// <exception cref="QuantityOutOfRangeException">Outside the range (or not finite).</exception>
    public double Check(double value, string? givenAs = null) =>
        Range.Contains(value) ? value : throw new QuantityOutOfRangeException(this, value, givenAs);
}
