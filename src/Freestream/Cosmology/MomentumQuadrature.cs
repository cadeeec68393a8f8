using System.Collections.Concurrent;
using MathNet.Numerics.Integration;
using MathNet.Numerics.LinearAlgebra;
using Freestream.Distributions;

namespace Freestream.Cosmology;

/// <summary>
/// A momentum quadrature for the non-cold species: nodes q_i, plain weights w_i (∫g(q) dq ≈ Σ w_i g(q_i)),
/// and at each node f_i = f(q_i) and s_i = d ln f/d ln q. f is never folded into the weights
/// (notes docs/physics/boltzmann.md §3, §11).
/// </summary>
/// <param name="Q">Nodes q_i = p/T_ν0 today.</param>
/// <param name="Weights">Plain weights w_i.</param>
/// <param name="F">f(q_i).</param>
/// <param name="LogSlope">s_i = d ln f/d ln q at q_i.</param>
/// <param name="Scheme">Human-readable name of the rule that was selected.</param>
/// <param name="MomentError">Largest relative error of the test moments against the reference integrals.</param>
public sealed record MomentumQuadrature(double[] Q, double[] Weights, double[] F, double[] LogSlope, string Scheme, double MomentError)
{
    /// <summary>Size from which <see cref="Select"/> checks, at each doubling, that its error still falls.</summary>
    public const int StallCheckNodes = 8;

    /// <summary>Number of nodes.</summary>
    public int Count => Q.Length;

    /// <summary>
    /// Selects the rule with the fewest nodes whose test moments (∫qⁿf dq for n = 2, 3, 4; ∫q²ε f and ∫q⁴f/ε
    /// at the non-relativistic transition; and the source identity ∫qⁿ f s dq = −(n+1)∫qⁿ f dq,
    /// n = 2, 3, 4, docs/physics/boltzmann.md §11) agree with adaptive reference integrals within
    /// <paramref name="tolerance"/>. Candidates: Gauss–Laguerre in q/s with s ≈ ⟨q⟩/3 (thermal tails), and
    /// composite Gauss–Legendre in u = √q with panel edges at quantiles of q²f (q^(−1/2) spectra and several
    /// peaks).
    /// </summary>
    /// <param name="distribution">f(q) and its logarithmic slope.</param>
    /// <param name="dimensionlessMass">M = m/T_ν0 (sets the non-relativistic test point).</param>
    /// <param name="tolerance">Relative tolerance of the test moments.</param>
    /// <param name="minNodes">Fewest nodes accepted.</param>
    /// <param name="maxNodes">Most nodes tried; the best rule up to this size is returned if none passes.</param>
    /// <remarks>
    /// The error of a smooth f(q) falls quickly with the number of nodes; that of a tabulated f (a production
    /// run's table, interpolated between its rows) stalls at the table's own interpolation error, 1e-4–1e-3
    /// for the scans' spectra, where more nodes fit the interpolation and not f: 8 and 64 nodes give the same
    /// k_1/2 to 0.2 % (docs/performance.md). So the search stops once the best error did not halve while the
    /// largest size doubled (checked from <see cref="StallCheckNodes"/> nodes on), returning the best rule found.
    /// </remarks>
    public static MomentumQuadrature Select(MomentumDistribution distribution, double dimensionlessMass, double tolerance, int minNodes, int maxNodes)
    {
        var reference = ReferenceMoments.Compute(distribution, dimensionlessMass);
        MomentumQuadrature? best = null;
        int checkpoint = Math.Max(minNodes, StallCheckNodes);
        double checkpointError = double.PositiveInfinity;
        for (int n = minNodes; n <= maxNodes; n++)
        {
            MomentumQuadrature? bestOfSize = null;
            foreach (var candidate in Candidates(reference, n))
            {
                var rated = Rate(candidate, distribution, reference);
                if (bestOfSize is null || rated.MomentError < bestOfSize.MomentError)
                {
                    bestOfSize = rated;
                }
            }

            if (bestOfSize!.MomentError <= tolerance)
            {
                return bestOfSize;
            }

            if (best is null || bestOfSize.MomentError < best.MomentError)
            {
                best = bestOfSize;
            }

            if (n == checkpoint)
            {
                checkpointError = best.MomentError;
            }
            else if (n == 2 * checkpoint)
            {
                if (best.MomentError > 0.5 * checkpointError)
                {
                    return best;
                }

                checkpoint = n;
                checkpointError = best.MomentError;
            }
        }

        return best!;
    }

    /// <summary>Unit Gauss–Laguerre rules by size, formed once per process (an eigendecomposition each).</summary>
    private static readonly ConcurrentDictionary<int, (double[] X, double[] WeightTimesExp)> UnitLaguerre = new();

    private static IEnumerable<(double[] Q, double[] W, string Name)> Candidates(ReferenceMoments reference, int n)
    {
        foreach (double factor in new[] { 0.8, 1.0, 1.25 })
        {
            double scale = factor * reference.MeanQ / 3.0;
            yield return Laguerre(n, scale);
        }

        foreach (int panels in new[] { 1, 2, 3, 4, 5, 6, 8 })
        {
            if (n % panels == 0)
            {
                yield return CompositeSqrtLegendre(reference.QuantileEdges(panels), n / panels);
            }
        }
    }

    private static MomentumQuadrature Rate((double[] Q, double[] W, string Name) rule, MomentumDistribution distribution, ReferenceMoments reference)
    {
        int n = rule.Q.Length;
        var f = new double[n];
        var s = new double[n];
        for (int i = 0; i < n; i++)
        {
            f[i] = distribution.Occupation(rule.Q[i]);
            s[i] = distribution.LogSlope(rule.Q[i]);
        }

        var quadrature = new MomentumQuadrature(rule.Q, rule.W, f, s, rule.Name, 0);
        double[] estimate = ReferenceMoments.TestIntegrals(quadrature, reference.TransitionMass);
        double error = 0;
        for (int j = 0; j < estimate.Length; j++)
        {
            error = Math.Max(error, Math.Abs(estimate[j] - reference.Values[j]) / Math.Abs(reference.Values[j]));
        }

        return quadrature with { MomentError = error };
    }

    private static (double[] Q, double[] W, string Name) Laguerre(int n, double scale)
    {
        var (x, weightTimesExp) = UnitLaguerre.GetOrAdd(n, UnitLaguerreRule);
        var q = new double[n];
        var w = new double[n];
        for (int i = 0; i < n; i++)
        {
            q[i] = scale * x[i];
            w[i] = scale * weightTimesExp[i];
        }

        return (q, w, $"Gauss-Laguerre n={n} scale={scale:G4}");
    }

    /// <summary>
    /// Nodes xᵢ and weights wᵢe^{xᵢ} of n-point Gauss–Laguerre (∫₀^∞ g(x) dx ≈ Σ wᵢe^{xᵢ} g(xᵢ)), by Golub–Welsch: the
    /// eigenvalues of the Jacobi matrix of the Laguerre recurrence and the squared first components of its eigenvectors.
    /// </summary>
    private static (double[] X, double[] WeightTimesExp) UnitLaguerreRule(int n)
    {
        var jacobi = Matrix<double>.Build.Dense(n, n);
        for (int i = 0; i < n; i++)
        {
            jacobi[i, i] = 2 * i + 1;
            if (i > 0)
            {
                jacobi[i, i - 1] = i;
                jacobi[i - 1, i] = i;
            }
        }

        var evd = jacobi.Evd(Symmetricity.Symmetric);
        var x = new double[n];
        var w = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = evd.EigenValues[i].Real;
            double v = evd.EigenVectors[0, i];
            w[i] = v * v * Math.Exp(x[i]);
        }

        Array.Sort(x, w);
        return (x, w);
    }

    private static (double[] Q, double[] W, string Name) CompositeSqrtLegendre(double[] uEdges, int perPanel)
    {
        int panels = uEdges.Length - 1;
        var rule = new GaussLegendreRule(-1, 1, perPanel);
        double[] nodes = rule.Abscissas;
        double[] weights = rule.Weights;
        var q = new double[panels * perPanel];
        var w = new double[panels * perPanel];
        for (int p = 0; p < panels; p++)
        {
            double half = 0.5 * (uEdges[p + 1] - uEdges[p]);
            double mid = 0.5 * (uEdges[p + 1] + uEdges[p]);
            for (int i = 0; i < perPanel; i++)
            {
                double u = mid + half * nodes[i];
                q[p * perPanel + i] = u * u;
                w[p * perPanel + i] = half * weights[i] * 2 * u;
            }
        }

        return (q, w, $"composite Gauss-Legendre in sqrt(q), {panels} panels x {perPanel}");
    }
}
