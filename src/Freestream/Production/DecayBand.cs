namespace Freestream.Production;

/// <summary>
/// Where the daughters of S → NN (massless N) land in comoving momentum during one time step. At fixed
/// μ = m_S/T̃ a scalar of comoving momentum ξ gives daughters uniform on [(ε − ξ)/2, (ε + ξ)/2] (ε = √(ξ² + μ²), width ξ);
/// letting μ slide linearly across the step gives the convolution of two uniform distributions, a trapezoid of unit area.
/// Without the slide, late non-relativistic decays (width ξ ≪ μ) would be deposited as one spike per step.
/// </summary>
/// <param name="Start">Lowest daughter momentum.</param>
/// <param name="Ramp">Width of the rising and falling edges (the shorter of the two uniform widths).</param>
/// <param name="Plateau">The longer of the two uniform widths.</param>
internal readonly record struct DecayBand(double Start, double Ramp, double Plateau)
{
    /// <summary>Highest daughter momentum.</summary>
    public double End => Start + Ramp + Plateau;

    /// <summary>The band of a scalar at comoving momentum ξ while μ moves from <paramref name="muStart"/> to <paramref name="muEnd"/>.</summary>
    public static DecayBand Of(double xi, double muStart, double muEnd)
    {
        double low0 = LowerDaughterMomentum(xi, muStart);
        double low1 = LowerDaughterMomentum(xi, muEnd);
        double shift = Math.Abs(low1 - low0);
        return new DecayBand(Math.Min(low0, low1), Math.Min(xi, shift), Math.Max(xi, shift));
    }

    /// <summary>(ε − ξ)/2 = μ²/(2(ε + ξ)), the smaller daughter momentum.</summary>
    public static double LowerDaughterMomentum(double xi, double mu) => mu * mu / (2 * (Math.Sqrt(xi * xi + mu * mu) + xi));

    /// <summary>Fraction of the daughters below <paramref name="x"/>.</summary>
    public double Cumulative(double x)
    {
        double u = x - Start;
        if (u <= 0)
        {
            return 0;
        }

        if (u >= Ramp + Plateau)
        {
            return 1;
        }

        if (Ramp < 1e-12 * Plateau)
        {
            return u / Plateau;
        }

        if (u <= Ramp)
        {
            return u * u / (2 * Ramp * Plateau);
        }

        if (u <= Plateau)
        {
            return (u - Ramp / 2) / Plateau;
        }

        double v = Ramp + Plateau - u;
        return 1 - v * v / (2 * Ramp * Plateau);
    }
}
