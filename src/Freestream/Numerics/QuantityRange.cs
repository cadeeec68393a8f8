using System.Globalization;

namespace Freestream.Numerics;

/// <summary>
/// The allowed values of a <see cref="Quantity"/>: an interval whose ends are each open or closed; an infinite
/// maximum means "any finite value above the minimum". NaN and ±∞ are never inside.
/// </summary>
/// <param name="Minimum">Lower end.</param>
/// <param name="IncludesMinimum">True for a closed lower end (value ≥ Minimum), false for an open one (value &gt; Minimum).</param>
/// <param name="Maximum">Upper end (<see cref="double.PositiveInfinity"/> for no upper bound).</param>
/// <param name="IncludesMaximum">True for a closed upper end.</param>
public sealed record QuantityRange(double Minimum, bool IncludesMinimum, double Maximum, bool IncludesMaximum)
{
    /// <summary>Any finite value &gt; 0.</summary>
    public static QuantityRange Positive { get; } = new(0, false, double.PositiveInfinity, false);

    /// <summary>Any finite value ≥ 0.</summary>
    public static QuantityRange NonNegative { get; } = new(0, true, double.PositiveInfinity, false);

    /// <summary>The open interval (min, max).</summary>
    public static QuantityRange Open(double minimum, double maximum) => new(minimum, false, maximum, false);

    /// <summary>The closed interval [min, max].</summary>
    public static QuantityRange Closed(double minimum, double maximum) => new(minimum, true, maximum, true);

    /// <summary>The interval (min, max], open below.</summary>
    public static QuantityRange OpenBelow(double minimum, double maximum) => new(minimum, false, maximum, true);

    /// <summary>True when <paramref name="value"/> is finite and inside the interval.</summary>
    public bool Contains(double value) =>
        double.IsFinite(value)
        && (IncludesMinimum ? value >= Minimum : value > Minimum)
        && (IncludesMaximum ? value <= Maximum : value < Maximum);

    /// <summary>
    /// The range as it follows "must be" in a message: "in (0, 1)", "in [1, 100000] GeV", "in (0, 4π]",
    /// "> 0 keV" (no upper bound).
    /// </summary>
    /// <param name="unit">Unit written after the range ("" for dimensionless).</param>
    public string Describe(string unit = "")
    {
        ArgumentNullException.ThrowIfNull(unit);
        string suffix = unit.Length > 0 ? " " + unit : string.Empty;
        if (double.IsPositiveInfinity(Maximum))
        {
            return $"{(IncludesMinimum ? ">=" : ">")} {Format(Minimum)}{suffix}";
        }

        return $"in {(IncludesMinimum ? '[' : '(')}{Format(Minimum)}, {Format(Maximum)}{(IncludesMaximum ? ']' : ')')}{suffix}";
    }

    /// <summary>Short invariant form of a range end or a value (G6 with a lower-case exponent, 1e+300; 4π written as such).</summary>
    public static string Format(double value) =>
        value == 4 * Math.PI ? "4π" : value.ToString("G6", CultureInfo.InvariantCulture).Replace('E', 'e');
}
