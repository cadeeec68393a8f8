namespace Freestream.Numerics;

/// <summary>Inverse look-up in a tabulated non-decreasing function on a uniform grid.</summary>
public static class MonotoneTable
{
    /// <summary>
    /// The fractional node index i + f at which the piecewise-linear interpolant of <paramref name="ascending"/>
    /// reaches <paramref name="value"/>: bisection for the bracketing nodes (ascending[i] ≤ value ≤ ascending[i+1]),
    /// then linear interpolation between them. The caller checks that the value lies inside the table.
    /// </summary>
    /// <param name="ascending">Non-decreasing table values at the nodes 0 … n−1.</param>
    /// <param name="value">Value between the first and last entries.</param>
    public static double FractionalIndex(double[] ascending, double value)
    {
        int lo = 0, hi = ascending.Length - 1;
        while (hi - lo > 1)
        {
            int mid = (lo + hi) / 2;
            if (ascending[mid] > value)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        double frac = (value - ascending[lo]) / (ascending[hi] - ascending[lo]);
        return lo + frac;
    }
}
