namespace Freestream.Cli;

/// <summary>Range checks for option values; each failure names the option and the allowed range.</summary>
public static class OptionChecks
{
    /// <summary>Requires a finite value &gt; 0.</summary>
    public static double Positive(double value, string option)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw UsageException.OutOfRange(option, QuantityRange.Positive.Describe(), QuantityRange.Format(value));
        }

        return value;
    }

    /// <summary>Requires a finite value ≥ 0.</summary>
    public static double NonNegative(double value, string option)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw UsageException.OutOfRange(option, QuantityRange.NonNegative.Describe(), QuantityRange.Format(value));
        }

        return value;
    }

    /// <summary>Requires a finite value in [min, max].</summary>
    public static double InRange(double value, double min, double max, string option)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            throw UsageException.OutOfRange(option, QuantityRange.Closed(min, max).Describe(), QuantityRange.Format(value));
        }

        return value;
    }

    /// <summary>Parses a comma-separated list of numbers such as "1000,1,0.001".</summary>
    public static double[] ParseList(string text, string option)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw new UsageException($"{option}: expected a comma-separated list of numbers, got {InputEcho.Quote(text)}");
        }

        var values = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                throw new UsageException($"{option}: {InputEcho.Quote(parts[i])} is not a number");
            }
        }

        return values;
    }

    /// <summary>Six significant digits in the invariant culture (messages and human-readable output).</summary>
    public static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
