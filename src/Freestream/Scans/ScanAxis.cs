using System.Globalization;
using Freestream.Numerics;

namespace Freestream.Scans;

/// <summary>
/// One axis of a scan plane: the coupling values to visit, ascending. Written on the command line
/// as <c>min:max:points</c> (log-spaced, both ends included) or as a comma-separated list.
/// </summary>
public sealed class ScanAxis
{
    /// <summary>Largest number of values on one axis.</summary>
    public const int MaxPoints = 10_000;

    private readonly double[] values;

    private ScanAxis(string name, double[] values)
    {
        Name = name;
        this.values = values;
    }

    /// <summary>Name of the coupling (used in messages and file headers), e.g. "lambda".</summary>
    public string Name { get; }

    /// <summary>The values, strictly increasing and &gt; 0.</summary>
    public IReadOnlyList<double> Values => values;

    /// <summary>Number of values.</summary>
    public int Count => values.Length;

    /// <summary>
    /// <paramref name="points"/> values spaced evenly in log10 from <paramref name="min"/> to
    /// <paramref name="max"/> (both included; one point requires min = max).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">min or max not finite and &gt; 0, min &gt; max, points outside [1, 10000].</exception>
    public static ScanAxis LogSpaced(string name, double min, double max, int points)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        RequirePositive(name, min, "min");
        RequirePositive(name, max, "max");
        if (min > max)
        {
            throw new ArgumentOutOfRangeException(name, min, Invariant($"{name}: min {min:G6} must not exceed max {max:G6}"));
        }

        if (points < 1 || points > MaxPoints)
        {
            throw new ArgumentOutOfRangeException(name, points, Invariant($"{name}: the number of points must lie in [1, {MaxPoints}], got {points}"));
        }

        if (points == 1 && min != max)
        {
            throw new ArgumentOutOfRangeException(name, points, Invariant($"{name}: one point needs min = max, got {min:G6}:{max:G6}"));
        }

        if (points > 1 && min == max)
        {
            throw new ArgumentOutOfRangeException(name, points, Invariant($"{name}: min = max allows only one point, got {points}"));
        }

        var values = new double[points];
        double lo = Math.Log10(min);
        double step = points > 1 ? (Math.Log10(max) - lo) / (points - 1) : 0;
        for (int i = 0; i < points; i++)
        {
            values[i] = Math.Pow(10, lo + i * step);
        }

        values[0] = min;
        values[^1] = max;
        return new ScanAxis(name, values);
    }

    /// <summary>An axis through the given values (sorted ascending; duplicates rejected).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An empty list, a value not finite and &gt; 0, or a duplicate.</exception>
    public static ScanAxis FromValues(string name, IEnumerable<double> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.ToArray();
        if (sorted.Length == 0 || sorted.Length > MaxPoints)
        {
            throw new ArgumentOutOfRangeException(name, sorted.Length, Invariant($"{name}: a list needs between 1 and {MaxPoints} values, got {sorted.Length}"));
        }

        foreach (double v in sorted)
        {
            RequirePositive(name, v, "every value");
        }

        Array.Sort(sorted);
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] == sorted[i - 1])
            {
                throw new ArgumentOutOfRangeException(name, sorted[i], Invariant($"{name}: the value {sorted[i]:G6} appears twice"));
            }
        }

        return new ScanAxis(name, sorted);
    }

    /// <summary>
    /// Parses <c>min:max:points</c> (log-spaced) or a comma-separated list such as <c>1e-8,1e-7</c>.
    /// </summary>
    /// <exception cref="FormatException">Text that is neither form.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Values out of range (see <see cref="LogSpaced"/>).</exception>
    public static ScanAxis Parse(string name, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains(':'))
        {
            var parts = text.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 3
                || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double min)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double max)
                || !int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out int points))
            {
                throw new FormatException($"{name}: expected min:max:points (e.g. 1e-10:1e-4:25) or a comma-separated list, got {InputEcho.Quote(text)}");
            }

            return LogSpaced(name, min, max, points);
        }

        var items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var list = new double[items.Length];
        for (int i = 0; i < items.Length; i++)
        {
            if (!double.TryParse(items[i], NumberStyles.Float, CultureInfo.InvariantCulture, out list[i]))
            {
                throw new FormatException($"{name}: {InputEcho.Quote(items[i])} is not a number (expected min:max:points or a comma-separated list)");
            }
        }

        return FromValues(name, list);
    }

    private static void RequirePositive(string name, double value, string what)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, Invariant($"{name}: {what} must be a finite number > 0, got {value:G6}"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
