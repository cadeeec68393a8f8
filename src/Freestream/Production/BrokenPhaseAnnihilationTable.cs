using System.Numerics.Tensors;
using MathNet.Numerics.Integration;
using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>
/// The antiderivative 𝒲(s) = ∫_{4m_S²}^{s} Ŝ(s′) ds′ of the broken-phase reduced cross section
/// (docs/physics/scalar_decay.md §3.2), tabulated once per parameter point on a uniform grid in ln s and
/// interpolated by cubic Hermite polynomials whose slopes are the exact Ŝ, so that
/// 𝒲(s₊) − 𝒲(s₋) is accurate both for wide and for very narrow intervals.
/// </summary>
/// <remarks>
/// When 2m_S &lt; m_h the on-shell Higgs pole lies in the physical region. Its real-intermediate-state
/// part is the decay h → SS, which is counted separately (regime III), so it is subtracted:
/// |D|² → |D|² − (π/m_hΓ_h) δ(s − m_h²) (docs/physics/scalar_decay.md §3.2, "Avoid double counting").
/// The subtraction is done inside a window |s − m_h²| &lt; Δ = 100 m_hΓ_h: with x = s − m_h² and N₀ = N(m_h²),
/// ∫_window N|D|² ds − πN₀/(m_hΓ_h) = −(2N₀/m_hΓ_h) arctan(m_hΓ_h/Δ) + ∫₀^Δ [N(m_h² + x) + N(m_h² − x) − 2N₀]/(x² + m_h²Γ_h²) dx
/// (the second, regular term is the curvature of N, which the W W* and Z Z* widths make ∝ s^{~2.5}; 8-point
/// Gauss–Legendre on [0, 10m_hΓ_h] and [10m_hΓ_h, Δ]), spread uniformly over the window (a ±0.2 GeV smearing in √s). Outside the window the
/// off-shell tails are kept exactly. Excluding a window without the subtraction would instead
/// double count ≈ 2m_hΓ_h/(πΔ) of the on-shell rate.
/// Above the last node 𝒲 continues linearly with the slope Ŝ(s_max) (Ŝ is constant there,
/// Goldstone equivalence).
/// </remarks>
internal sealed class BrokenPhaseAnnihilationTable
{
    private const double WindowInHiggsWidths = 100;

    /// <summary>Intervals narrower than this fraction of s are integrated by the midpoint rule (𝒲 differences would cancel).</summary>
    private const double NarrowWidth = 1e-7;
    private static readonly GaussLegendreRule IntervalRule = new(0, 1, 8);
    private static readonly double[] IntervalNodes = IntervalRule.Abscissas;
    private static readonly double[] IntervalWeights = IntervalRule.Weights;

    private readonly double threshold;
    private readonly double logStep;
    private readonly double[] antiderivative;
    private readonly double[] reduced;
    private readonly double[] nodes;
    private readonly double sMax;
    private readonly double windowLow;
    private readonly double windowHigh;
    private readonly double windowValue;
    private readonly Func<double, double> crossSection;
    private double[] uLow = [];
    private double[] uHigh = [];

    /// <summary>Tabulates 𝒲 for the point (λ, m_S) up to <paramref name="maxS"/> GeV².</summary>
    public BrokenPhaseAnnihilationTable(double lambda, double scalarMassGeV, double higgsWidthGeV, double maxS, int pointsPerEFold = 100)
    {
        threshold = 4 * scalarMassGeV * scalarMassGeV;
        double mh2 = HiggsSectorParameters.HiggsMassGeV * HiggsSectorParameters.HiggsMassGeV;
        double gamma = HiggsSectorParameters.HiggsMassGeV * higgsWidthGeV;
        double delta = WindowInHiggsWidths * gamma;
        if (threshold < mh2 - delta)
        {
            windowLow = mh2 - delta;
            windowHigh = mh2 + delta;
            double coupling = 32 * lambda * lambda * HiggsSectorParameters.VevGeV * HiggsSectorParameters.VevGeV;
            double Numerator(double s) => coupling * Math.Sqrt(s) * ScalarDecayWidths.OffShellHiggsToStandardModel(Math.Sqrt(s));
            double numerator = Numerator(mh2);
            double Curvature(double x) => (Numerator(mh2 + x) + Numerator(mh2 - x) - (2 * numerator)) / ((x * x) + (gamma * gamma));
            double curvature = 0;
            foreach (var (from, to) in new[] { (0.0, 10 * gamma), (10 * gamma, delta) })
            {
                for (int i = 0; i < IntervalNodes.Length; i++)
                {
                    curvature += IntervalWeights[i] * Curvature(from + ((to - from) * IntervalNodes[i])) * (to - from);
                }
            }

            windowValue = ((-2 * numerator / gamma * Math.Atan(gamma / delta)) + curvature) / (2 * delta);
        }
        else
        {
            windowLow = double.NaN;
            windowHigh = double.NaN;
        }

        crossSection = s => HiggsPortalCrossSections.BrokenPhase(s, lambda, scalarMassGeV, higgsWidthGeV);
        sMax = Math.Max(maxS, 4 * threshold);
        logStep = 1.0 / pointsPerEFold;
        int n = (int)Math.Ceiling(Math.Log(sMax / threshold) / logStep) + 1;
        antiderivative = new double[n];
        reduced = new double[n];
        // The nodes s_i = s_th e^{i Δ}, stored: Evaluate runs for every momentum pair at every step.
        nodes = new double[n];
        for (int i = 0; i < n; i++)
        {
            nodes[i] = threshold * Math.Exp(i * logStep);
        }

        double[] breaks = BreakPoints(gamma);
        for (int i = 0; i < n; i++)
        {
            double s = nodes[i];
            reduced[i] = Subtracted(s);
            if (i > 0)
            {
                antiderivative[i] = antiderivative[i - 1] + Integrate(nodes[i - 1], s, breaks);
            }
        }
    }

    /// <summary>Ŝ(s) with the on-shell pole subtracted (the integrand of 𝒲), in units of λ²-scaled GeV⁰.</summary>
    public double Subtracted(double s)
    {
        if (s <= threshold)
        {
            return 0;
        }

        return s > windowLow && s < windowHigh ? windowValue : crossSection(s);
    }

    /// <summary>𝒲(s) in GeV².</summary>
    public double Evaluate(double s) => ValueAt(s, s > threshold && s < sMax ? Math.Log(s / threshold) : 0);

    /// <summary>𝒲 above the last node: linear with the slope Ŝ(s_max).</summary>
    private double Linear(double s) => antiderivative[^1] + reduced[^1] * (s - sMax);

    /// <summary>The cubic Hermite interpolant of 𝒲 at u = ln(s/s_th)/Δ (0 ≤ u &lt; node count − 1).</summary>
    private double Hermite(double u)
    {
        int last = antiderivative.Length - 1;
        int i = Math.Min((int)u, last - 1);
        double t = u - i;
        double s0 = nodes[i];
        double s1 = nodes[i + 1];
        double m0 = reduced[i] * s0 * logStep;
        double m1 = reduced[i + 1] * s1 * logStep;
        double t2 = t * t;
        double t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * antiderivative[i] + (t3 - 2 * t2 + t) * m0
            + (-2 * t3 + 3 * t2) * antiderivative[i + 1] + (t3 - t2) * m1;
    }

    /// <summary>𝒲(s₊) − 𝒲(s₋), the s-integral of Ŝ between the kinematic limits of a momentum pair.</summary>
    public double Difference(double sLow, double sHigh)
    {
        double width = sHigh - sLow;
        if (width < NarrowWidth * sLow)
        {
            return width * Subtracted(0.5 * (sLow + sHigh));
        }

        return Evaluate(sHigh) - Evaluate(sLow);
    }

    /// <summary>
    /// <see cref="Difference"/> for many pairs at once (a kernel row): the logarithms of all limits are taken together
    /// by <c>TensorPrimitives.Log</c>, vectorised. Not thread-safe (the
    /// table owns the scratch arrays; each parameter point has its own table).
    /// </summary>
    public void Differences(ReadOnlySpan<double> sLow, ReadOnlySpan<double> sHigh, Span<double> result)
    {
        int count = result.Length;
        if (uLow.Length < count)
        {
            uLow = new double[count];
            uHigh = new double[count];
        }

        var lowU = uLow.AsSpan(0, count);
        var highU = uHigh.AsSpan(0, count);
        for (int p = 0; p < count; p++)
        {
            lowU[p] = RatioToThreshold(sLow[p]);
            highU[p] = RatioToThreshold(sHigh[p]);
        }

        TensorPrimitives.Log(lowU, lowU);
        TensorPrimitives.Log(highU, highU);
        for (int p = 0; p < count; p++)
        {
            double low = sLow[p];
            double high = sHigh[p];
            double width = high - low;
            result[p] = width < NarrowWidth * low ? width * Subtracted(0.5 * (low + high))
                : ValueAt(high, highU[p]) - ValueAt(low, lowU[p]);
        }
    }

    /// <summary>s/s_th inside the table, 1 (any positive number) outside, where <see cref="ValueAt"/> needs no logarithm.</summary>
    private double RatioToThreshold(double s) => s > threshold && s < sMax ? s / threshold : 1;

    /// <summary>𝒲(s) given ln(s/s_th) (used only inside the table).</summary>
    private double ValueAt(double s, double logRatio) => s <= threshold ? 0 : s >= sMax ? Linear(s) : Hermite(logRatio / logStep);

    /// <summary>
    /// Thresholds of the final states, the window edges, and points at m_h² ± m_hΓ_h·2^k that resolve
    /// the 1/(s − m_h²)² tails of the Breit–Wigner.
    /// </summary>
    private double[] BreakPoints(double gamma)
    {
        var points = new List<double>
        {
            4 * Thermal.PhysicalConstants.WMassGeV * Thermal.PhysicalConstants.WMassGeV,
            4 * Thermal.PhysicalConstants.ZMassGeV * Thermal.PhysicalConstants.ZMassGeV,
            4 * HiggsSectorParameters.HiggsMassGeV * HiggsSectorParameters.HiggsMassGeV,
        };
        foreach (var (mass, _) in HiggsSectorParameters.Fermions)
        {
            points.Add(4 * mass * mass);
        }

        if (!double.IsNaN(windowLow))
        {
            points.Add(windowLow);
            points.Add(windowHigh);
        }

        double mh2 = HiggsSectorParameters.HiggsMassGeV * HiggsSectorParameters.HiggsMassGeV;
        for (int k = 0; k <= 26; k++)
        {
            double offset = gamma * Math.Pow(2, k);
            points.Add(mh2 - offset);
            points.Add(mh2 + offset);
        }

        points.Sort();
        return [.. points];
    }

    private double Integrate(double a, double b, double[] breaks)
    {
        double sum = 0;
        double start = a;
        foreach (double p in breaks)
        {
            if (p > a && p < b)
            {
                sum += GaussLegendre(start, p);
                start = p;
            }
        }

        return sum + GaussLegendre(start, b);
    }

    private double GaussLegendre(double a, double b)
    {
        double sum = 0;
        for (int i = 0; i < IntervalNodes.Length; i++)
        {
            sum += IntervalWeights[i] * Subtracted(a + (b - a) * IntervalNodes[i]);
        }

        return sum * (b - a);
    }
}
