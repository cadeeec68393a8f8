namespace Freestream.Distributions;

/// <summary>
/// Splits a spectrum into populations by number (docs/physics/scalar_decay_validity.md §6): the number per ln q,
/// q³ f, is cut at the minima between its maxima; neighbouring parts are merged while one holds less than
/// <c>minNumberFraction</c> of the particles or the dip between them is shallower than <c>minRelativeDip</c> of the
/// lower maximum. A spectrum is two-peaked when at least two parts survive, each with ≥ minNumberFraction of the N.
/// </summary>
public static class SpectrumComponents
{
    /// <summary>Default smallest number fraction of a component (5 %).</summary>
    public const double DefaultMinNumberFraction = 0.05;

    /// <summary>Default dip between two components, relative to the lower maximum (10 %).</summary>
    public const double DefaultMinRelativeDip = 0.1;

    /// <summary>The components of f(q), sorted by q; one component for a single-peaked spectrum, none for an empty one.</summary>
    /// <param name="q">Increasing q nodes (&gt; 0).</param>
    /// <param name="f">f(q) ≥ 0.</param>
    /// <param name="minNumberFraction">Smallest number fraction of a component, in (0, 0.5].</param>
    /// <param name="minRelativeDip">Smallest dip between components relative to the lower maximum, in [0, 1).</param>
    public static IReadOnlyList<SpectrumComponent> Find(IReadOnlyList<double> q, IReadOnlyList<double> f,
        double minNumberFraction = DefaultMinNumberFraction, double minRelativeDip = DefaultMinRelativeDip)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(f);
        if (q.Count != f.Count)
        {
            throw new ArgumentException("q and f must have the same length", nameof(f));
        }

        if (!(minNumberFraction > 0 && minNumberFraction <= 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(minNumberFraction), minNumberFraction, "the smallest number fraction must be in (0, 0.5]");
        }

        int n = q.Count;
        if (n < 3)
        {
            return [];
        }

        var y = new double[n];
        var cumulative = new double[n];
        var cumulativeQ = new double[n];
        for (int i = 0; i < n; i++)
        {
            y[i] = q[i] * q[i] * q[i] * Math.Max(f[i], 0);
        }

        // Trapezoid in ln q: number N(i) = ∫ q³ f d ln q and ∫ q⁴ f d ln q up to node i.
        for (int i = 1; i < n; i++)
        {
            double step = Math.Log(q[i] / q[i - 1]);
            cumulative[i] = cumulative[i - 1] + 0.5 * (y[i] + y[i - 1]) * step;
            cumulativeQ[i] = cumulativeQ[i - 1] + 0.5 * (y[i] * q[i] + y[i - 1] * q[i - 1]) * step;
        }

        double total = cumulative[^1];
        if (!(total > 0))
        {
            return [];
        }

        // Segments between consecutive dips: boundaries are node indices, maxima the highest node of each segment.
        var boundaries = new List<int> { 0 };
        int lastMaximum = -1;
        for (int i = 1; i < n - 1; i++)
        {
            if (y[i] > y[i - 1] && y[i] >= y[i + 1])
            {
                if (lastMaximum >= 0)
                {
                    int dip = lastMaximum;
                    for (int j = lastMaximum; j <= i; j++)
                    {
                        dip = y[j] < y[dip] ? j : dip;
                    }

                    boundaries.Add(dip);
                }

                lastMaximum = i;
            }
        }

        boundaries.Add(n - 1);
        while (boundaries.Count > 2 && MergeWeakest(boundaries, y, cumulative, total, minNumberFraction, minRelativeDip))
        {
        }

        var components = new List<SpectrumComponent>();
        for (int s = 0; s + 1 < boundaries.Count; s++)
        {
            int lo = boundaries[s];
            int hi = boundaries[s + 1];
            double number = cumulative[hi] - cumulative[lo];
            int peak = Peak(y, lo, hi);
            components.Add(new SpectrumComponent(q[peak], number / total, number > 0 ? (cumulativeQ[hi] - cumulativeQ[lo]) / number : double.NaN, q[lo], q[hi]));
        }

        return components;
    }

    /// <summary>Merges the pair of neighbouring segments that most fails the criteria; false when every boundary stands.</summary>
    private static bool MergeWeakest(List<int> boundaries, double[] y, double[] cumulative, double total, double minNumberFraction, double minRelativeDip)
    {
        int worst = -1;
        double worstScore = 1;
        for (int b = 1; b < boundaries.Count - 1; b++)
        {
            int left = boundaries[b - 1];
            int dip = boundaries[b];
            int right = boundaries[b + 1];
            double lower = Math.Min(y[Peak(y, left, dip)], y[Peak(y, dip, right)]);
            double depth = lower > 0 ? 1 - y[dip] / lower : 0;
            double smaller = Math.Min(cumulative[dip] - cumulative[left], cumulative[right] - cumulative[dip]) / total;

            // Score < 1 means the boundary fails a criterion; the lowest score is merged first.
            double score = Math.Min(depth / Math.Max(minRelativeDip, 1e-300), smaller / minNumberFraction);
            if (score < worstScore)
            {
                worstScore = score;
                worst = b;
            }
        }

        if (worst < 0)
        {
            return false;
        }

        boundaries.RemoveAt(worst);
        return true;
    }

    private static int Peak(double[] y, int lo, int hi)
    {
        int peak = lo;
        for (int i = lo; i <= hi; i++)
        {
            peak = y[i] > y[peak] ? i : peak;
        }

        return peak;
    }
}
