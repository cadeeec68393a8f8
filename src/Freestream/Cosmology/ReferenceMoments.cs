using MathNet.Numerics.Integration;
using Freestream.Distributions;

namespace Freestream.Cosmology;

/// <summary>
/// Reference values of the test integrals that select a momentum quadrature (docs/physics/boltzmann.md §11), computed
/// with a fine composite Gauss–Legendre rule in u = √q (800 panels × 8 nodes up to the q where q⁴f has
/// fallen by 10⁻¹⁶ from its maximum), which is exact to ~1e-12 for smooth f(q) including f ∝ q^(−1/2).
/// </summary>
internal sealed class ReferenceMoments
{
    private const int Panels = 800;
    private const int NodesPerPanel = 8;

    private ReferenceMoments(double[] values, double meanQ, double transitionMass, double[] uGrid, double[] cumulative)
    {
        Values = values;
        MeanQ = meanQ;
        TransitionMass = transitionMass;
        UGrid = uGrid;
        Cumulative = cumulative;
    }

    /// <summary>Reference test integrals, in the order of <see cref="TestIntegrals"/>.</summary>
    public double[] Values { get; }

    /// <summary>⟨q⟩ = ∫q³f/∫q²f.</summary>
    public double MeanQ { get; }

    /// <summary>a·M at which the ε-dependent test integrals are evaluated (= ⟨q⟩).</summary>
    public double TransitionMass { get; }

    private double[] UGrid { get; }

    private double[] Cumulative { get; }

    /// <summary>Upper end of the momentum range in q.</summary>
    public double QMax => UGrid[^1] * UGrid[^1];

    /// <summary>Computes the reference integrals of a distribution.</summary>
    public static ReferenceMoments Compute(MomentumDistribution distribution, double dimensionlessMass)
    {
        _ = dimensionlessMass;
        double uMax = Math.Sqrt(UpperMomentum(distribution));
        var rule = new GaussLegendreRule(-1, 1, NodesPerPanel);
        double[] nodes = rule.Abscissas;
        double[] weights = rule.Weights;
        int n = Panels * NodesPerPanel;
        var q = new double[n];
        var w = new double[n];
        var f = new double[n];
        var s = new double[n];
        var uGrid = new double[Panels + 1];
        var cumulative = new double[Panels + 1];
        double du = uMax / Panels;
        for (int p = 0; p < Panels; p++)
        {
            uGrid[p] = p * du;
            double panelMass = 0;
            for (int i = 0; i < NodesPerPanel; i++)
            {
                int j = p * NodesPerPanel + i;
                double u = (p + 0.5) * du + 0.5 * du * nodes[i];
                q[j] = u * u;
                w[j] = 0.5 * du * weights[i] * 2 * u;
                f[j] = distribution.Occupation(q[j]);
                s[j] = distribution.LogSlope(q[j]);
                panelMass += w[j] * q[j] * q[j] * f[j];
            }

            cumulative[p + 1] = cumulative[p] + panelMass;
        }

        uGrid[Panels] = uMax;
        var fine = new MomentumQuadrature(q, w, f, s, "reference", 0);
        double m2 = Sum(fine, 2), m3 = Sum(fine, 3);
        if (!double.IsFinite(m2) || m2 <= 0)
        {
            throw new InvalidDataException($"f(q) is not normalisable: ∫q²f dq = {m2}");
        }

        double meanQ = m3 / m2;
        var values = TestIntegrals(fine, meanQ);
        for (int k = 0; k < 3; k++)
        {
            values[5 + k] = -(k + 3) * values[k];
        }

        return new ReferenceMoments(values, meanQ, meanQ, uGrid, cumulative);
    }

    /// <summary>
    /// The test integrals of a quadrature: M₂, M₃, M₄ (Mₙ = ∫qⁿf dq), ∫q²ε f and ∫q⁴f/ε with ε = √(q² + μ²),
    /// and ∫qⁿ f s dq for n = 2, 3, 4 (whose exact values are −(n+1)Mₙ).
    /// </summary>
    public static double[] TestIntegrals(MomentumQuadrature quadrature, double transitionMass)
    {
        var values = new double[8];
        for (int i = 0; i < quadrature.Count; i++)
        {
            double q = quadrature.Q[i];
            double wf = quadrature.Weights[i] * quadrature.F[i];
            double q2 = q * q;
            double eps = Math.Sqrt(q2 + transitionMass * transitionMass);
            values[0] += wf * q2;
            values[1] += wf * q2 * q;
            values[2] += wf * q2 * q2;
            values[3] += wf * q2 * eps;
            values[4] += wf * q2 * q2 / eps;
            values[5] += wf * q2 * quadrature.LogSlope[i];
            values[6] += wf * q2 * q * quadrature.LogSlope[i];
            values[7] += wf * q2 * q2 * quadrature.LogSlope[i];
        }

        return values;
    }

    /// <summary>Panel edges in u = √q at equal fractions of ∫q²f dq (first edge 0, last the upper end).</summary>
    public double[] QuantileEdges(int panels)
    {
        var edges = new double[panels + 1];
        edges[panels] = UGrid[^1];
        double total = Cumulative[^1];
        int j = 0;
        for (int p = 1; p < panels; p++)
        {
            double target = total * p / panels;
            while (Cumulative[j + 1] < target)
            {
                j++;
            }

            double frac = (target - Cumulative[j]) / (Cumulative[j + 1] - Cumulative[j]);
            edges[p] = UGrid[j] + frac * (UGrid[j + 1] - UGrid[j]);
        }

        return edges;
    }

    private static double Sum(MomentumQuadrature quadrature, int power)
    {
        double sum = 0;
        for (int i = 0; i < quadrature.Count; i++)
        {
            sum += quadrature.Weights[i] * quadrature.F[i] * Math.Pow(quadrature.Q[i], power);
        }

        return sum;
    }

    private static double UpperMomentum(MomentumDistribution distribution)
    {
        double peak = 0;
        double qPeak = 0;
        for (double lq = -6; lq <= 4; lq += 0.01)
        {
            double q = Math.Pow(10, lq);
            double v = q * q * q * q * distribution.Occupation(q);
            if (double.IsNaN(v) || v < 0)
            {
                throw new InvalidDataException($"f(q) must be finite and >= 0; f({q}) = {distribution.Occupation(q)}");
            }

            if (v > peak)
            {
                peak = v;
                qPeak = q;
            }
        }

        if (peak <= 0 || double.IsInfinity(peak))
        {
            throw new InvalidDataException("f(q) is not normalisable: q⁴f(q) has no finite positive maximum");
        }

        double qUpper = qPeak;
        while (qUpper < 1e6)
        {
            qUpper *= 1.05;
            if (qUpper * qUpper * qUpper * qUpper * distribution.Occupation(qUpper) < 1e-16 * peak)
            {
                return qUpper;
            }
        }

        throw new InvalidDataException("f(q) is not normalisable: q⁴f(q) does not fall off at large q");
    }
}
