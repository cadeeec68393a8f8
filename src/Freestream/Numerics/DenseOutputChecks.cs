using System.Globalization;

namespace Freestream.Numerics;

/// <summary>Argument checks shared by the dense-output implementations.</summary>
internal static class DenseOutputChecks
{
    /// <summary>Throws unless t lies in the step (with a round-off margin) and the output span has length n.</summary>
    public static void Check(double t, double tStart, double tEnd, int length, int n)
    {
        if (length != n)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"y has {length} components but the system has {n}"), "y");
        }

        double margin = 1e-10 * Math.Abs(tEnd - tStart);
        double low = Math.Min(tStart, tEnd) - margin;
        double high = Math.Max(tStart, tEnd) + margin;
        if (!(t >= low && t <= high))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, string.Create(CultureInfo.InvariantCulture, $"t must lie in the step [{Math.Min(tStart, tEnd):G17}, {Math.Max(tStart, tEnd):G17}]"));
        }
    }
}
