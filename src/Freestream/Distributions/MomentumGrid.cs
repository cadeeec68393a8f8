using System.Globalization;

namespace Freestream.Distributions;

/// <summary>
/// Logarithmically spaced nodes in q/t, where t is the temperature ratio T/T_ν0 of a thermal
/// spectrum, used to tabulate the analytic distributions of <see cref="MomentumDistribution"/>.
/// </summary>
/// <remarks>
/// The default, 1e-4 ≤ q/t ≤ 60 with 400 nodes, leaves less than 1e-12 of ∫q²f dq of a Fermi–Dirac
/// spectrum and 3e-9 of a Bose–Einstein spectrum outside the table (below: ∫₀^{q_min} q² f dq ≈ q_min³/6
/// for Fermi–Dirac and q_min²/2 for Bose–Einstein, in units of t³; above: ≈ 60² e^{−60}) and reproduces ⟨q⟩ = 7π⁴/(180 ζ(3)) of
/// Fermi–Dirac to better than 1e-9 with the moment quadrature of <see cref="MomentumDistribution"/>.
/// </remarks>
/// <param name="QMinOverT">Smallest node in units of the temperature ratio, &gt; 0.</param>
/// <param name="QMaxOverT">Largest node in units of the temperature ratio, &gt; <paramref name="QMinOverT"/>.</param>
/// <param name="Points">Number of nodes, ≥ 8.</param>
public sealed record MomentumGrid(double QMinOverT, double QMaxOverT, int Points)
{
    /// <summary>1e-4 ≤ q/t ≤ 60 with 400 log-spaced nodes.</summary>
    public static MomentumGrid Default { get; } = new(1e-4, 60.0, 400);

    /// <summary>The nodes q_i = t · (q/t)_i, log-spaced between t·QMinOverT and t·QMaxOverT.</summary>
    /// <param name="temperatureRatio">t = T/T_ν0 of the spectrum, finite and &gt; 0.</param>
    public double[] Nodes(double temperatureRatio)
    {
        if (!double.IsFinite(temperatureRatio) || temperatureRatio <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(temperatureRatio), temperatureRatio, "the temperature ratio T/T_ν0 must be finite and > 0");
        }

        if (!double.IsFinite(QMinOverT) || QMinOverT <= 0 || !double.IsFinite(QMaxOverT) || QMaxOverT <= QMinOverT)
        {
            throw new ArgumentOutOfRangeException(nameof(QMaxOverT), QMaxOverT, string.Create(CultureInfo.InvariantCulture, $"the grid needs 0 < QMinOverT < QMaxOverT < ∞, got QMinOverT = {QMinOverT}"));
        }

        if (Points < MomentumDistribution.MinimumPoints)
        {
            throw new ArgumentOutOfRangeException(nameof(Points), Points, string.Create(CultureInfo.InvariantCulture, $"the grid needs at least {MomentumDistribution.MinimumPoints} points"));
        }

        var q = new double[Points];
        double logMin = Math.Log(QMinOverT);
        double step = (Math.Log(QMaxOverT) - logMin) / (Points - 1);
        for (int i = 0; i < Points; i++)
        {
            q[i] = temperatureRatio * Math.Exp(logMin + (i * step));
        }

        q[0] = temperatureRatio * QMinOverT;
        q[^1] = temperatureRatio * QMaxOverT;
        return q;
    }

    /// <summary>
    /// Trapezoid weights in ln q of ∫ q² f dq = ∫ q³ f d ln q on increasing nodes <paramref name="q"/>, so that
    /// Σ wᵢ fᵢ is the number integral (the bookkeeping of the DW and Shi–Fuller solvers).
    /// </summary>
    internal static double[] NumberWeights(double[] q)
    {
        var w = new double[q.Length];
        for (int i = 0; i < q.Length - 1; i++)
        {
            double h = 0.5 * Math.Log(q[i + 1] / q[i]);
            w[i] += h * q[i] * q[i] * q[i];
            w[i + 1] += h * q[i + 1] * q[i + 1] * q[i + 1];
        }

        return w;
    }
}
