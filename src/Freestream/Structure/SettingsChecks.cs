using Freestream.Numerics;

namespace Freestream.Structure;

/// <summary>Range checks shared by the structure settings records; each failure names the parameter.</summary>
internal static class SettingsChecks
{
    public static void InRange(double value, double min, double max, string name)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {QuantityRange.Closed(min, max).Describe()}, got {QuantityRange.Format(value)}");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> lies in the range declared by <paramref name="quantity"/>.</summary>
    public static void Within(Quantity quantity, double value, string name)
    {
        if (!quantity.Range.Contains(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {quantity.Range.Describe()}, got {QuantityRange.Format(value)}");
        }
    }

    public static void Positive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {QuantityRange.Positive.Describe()}, got {QuantityRange.Format(value)}");
        }
    }

    /// <summary>Throws unless <paramref name="value"/> is finite and ≥ 0.</summary>
    public static void NonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be {QuantityRange.NonNegative.Describe()}, got {QuantityRange.Format(value)}");
        }
    }

    /// <summary>
    /// Throws (naming <paramref name="largerName"/>) unless <paramref name="larger"/> is finite and ≥ <paramref name="smaller"/>:
    /// the stricter of two verdict thresholds may equal the looser one, never undercut it.
    /// </summary>
    public static void NotBelow(double larger, double smaller, string largerName, string smallerName)
    {
        if (!double.IsFinite(larger) || larger < smaller)
        {
            throw new ArgumentOutOfRangeException(largerName, larger, $"{largerName} must be ≥ {smallerName} ({smaller})");
        }
    }

    public static void Ordered(double smaller, double larger, string smallerName, string largerName)
    {
        if (!(smaller < larger))
        {
            throw new ArgumentOutOfRangeException(smallerName, smaller, $"{smallerName} ({smaller}) must be smaller than {largerName} ({larger})");
        }
    }
}
