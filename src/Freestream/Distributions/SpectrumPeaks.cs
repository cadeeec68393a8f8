namespace Freestream.Distributions;

/// <summary>A maximum of q² f(q): position q and height q² f.</summary>
/// <param name="Q">Peak position q = p/T_ν0.</param>
/// <param name="Height">q² f(q) at the peak.</param>
public sealed record SpectrumPeak(double Q, double Height);

/// <summary>
/// Peaks of the number spectrum q² f(q) of a momentum distribution on a logarithmic q grid, for one- vs
/// two-peak spectra (two peaks: equilibrium decays plus late decays of frozen-out S, MT15 arXiv:1502.01011).
/// </summary>
public static class SpectrumPeaks
{
    /// <summary>
    /// Finds the local maxima of q² f that stand out: height ≥ <paramref name="minRelativeHeight"/> × the global
    /// maximum, and separated from every higher peak by a dip to at most (1 − <paramref name="minRelativeDip"/>) × its
    /// own height. Positions are refined by a parabola in ln q. Sorted by q.
    /// </summary>
    public static IReadOnlyList<SpectrumPeak> Find(IReadOnlyList<double> q, IReadOnlyList<double> f, double minRelativeHeight = 0.01, double minRelativeDip = 0.1)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(f);
        if (q.Count != f.Count)
        {
            throw new ArgumentException("q and f must have the same length", nameof(f));
        }

        int n = q.Count;
        var y = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++)
        {
            y[i] = q[i] * q[i] * f[i];
            max = Math.Max(max, y[i]);
        }

        if (n < 3 || max <= 0)
        {
            return [];
        }

        var candidates = new List<int>();
        for (int i = 1; i < n - 1; i++)
        {
            if (y[i] > y[i - 1] && y[i] >= y[i + 1] && y[i] >= minRelativeHeight * max)
            {
                candidates.Add(i);
            }
        }

        var kept = new List<int>();
        foreach (int c in candidates)
        {
            if (IsProminent(c, candidates, y, minRelativeDip))
            {
                kept.Add(c);
            }
        }

        return [.. kept.Select(i => Refine(i, q, y))];
    }

    private static bool IsProminent(int c, List<int> candidates, double[] y, double minRelativeDip)
    {
        double limit = (1 - minRelativeDip) * y[c];
        foreach (int other in candidates)
        {
            if (other == c || y[other] < y[c] || (y[other] == y[c] && other > c))
            {
                continue;
            }

            int lo = Math.Min(other, c);
            int hi = Math.Max(other, c);
            double dip = double.PositiveInfinity;
            for (int i = lo; i <= hi; i++)
            {
                dip = Math.Min(dip, y[i]);
            }

            if (dip > limit)
            {
                return false;
            }
        }

        return true;
    }

    private static SpectrumPeak Refine(int i, IReadOnlyList<double> q, double[] y)
    {
        double x0 = Math.Log(q[i - 1]);
        double x1 = Math.Log(q[i]);
        double x2 = Math.Log(q[i + 1]);
        double denominator = (x0 - x1) * (x0 - x2) * (x1 - x2);
        double a = (x2 * (y[i] - y[i - 1]) + x1 * (y[i - 1] - y[i + 1]) + x0 * (y[i + 1] - y[i])) / denominator;
        double b = (x2 * x2 * (y[i - 1] - y[i]) + x1 * x1 * (y[i + 1] - y[i - 1]) + x0 * x0 * (y[i] - y[i + 1])) / denominator;
        if (a >= 0)
        {
            return new SpectrumPeak(q[i], y[i]);
        }

        double xPeak = Math.Clamp(-b / (2 * a), x0, x2);
        double c = y[i] - a * x1 * x1 - b * x1;
        return new SpectrumPeak(Math.Exp(xPeak), a * xPeak * xPeak + b * xPeak + c);
    }
}
