using System.Globalization;

namespace Freestream.Numerics;

/// <summary>Logarithmically spaced grids: xᵢ = min·(max/min)^(i/(points−1)), i = 0…points−1.</summary>
public static class LogGrid
{
    /// <summary>
    /// Returns <paramref name="points"/> values from <paramref name="min"/> to <paramref name="max"/>
    /// (both included exactly), equally spaced in ln x.
    /// </summary>
    /// <param name="min">First value (finite, &gt; 0).</param>
    /// <param name="max">Last value (finite, &gt; min).</param>
    /// <param name="points">Number of values (≥ 2).</param>
    public static double[] Create(double min, double max, int points)
    {
        if (!(min > 0 && double.IsFinite(min)))
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, "min must be finite and > 0");
        }

        GridChecks.Check(min, max, points);
        var grid = new double[points];
        double logMin = Math.Log(min);
        double logStep = (Math.Log(max) - logMin) / (points - 1);
        for (int i = 0; i < points; i++)
        {
            grid[i] = Math.Exp(logMin + i * logStep);
        }

        grid[0] = min;
        grid[points - 1] = max;
        return grid;
    }
}

/// <summary>Linearly spaced grids: xᵢ = min + i·(max−min)/(points−1), i = 0…points−1.</summary>
public static class LinearGrid
{
    /// <summary>
    /// Returns <paramref name="points"/> equally spaced values from <paramref name="min"/> to
    /// <paramref name="max"/> (both included exactly).
    /// </summary>
    /// <param name="min">First value (finite).</param>
    /// <param name="max">Last value (finite, &gt; min).</param>
    /// <param name="points">Number of values (≥ 2).</param>
    public static double[] Create(double min, double max, int points)
    {
        if (!double.IsFinite(min))
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, "min must be finite");
        }

        GridChecks.Check(min, max, points);
        var grid = new double[points];
        double step = (max - min) / (points - 1);
        for (int i = 0; i < points; i++)
        {
            grid[i] = min + i * step;
        }

        grid[points - 1] = max;
        return grid;
    }
}

/// <summary>Checks shared by <see cref="LogGrid"/> and <see cref="LinearGrid"/>.</summary>
internal static class GridChecks
{
    public static void Check(double min, double max, int points)
    {
        if (!(max > min && double.IsFinite(max)))
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, string.Create(CultureInfo.InvariantCulture, $"max must be finite and > min = {min:G17}"));
        }

        if (points < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "points must be >= 2");
        }
    }
}
