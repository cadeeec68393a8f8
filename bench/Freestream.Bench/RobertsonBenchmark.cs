using BenchmarkDotNet.Attributes;
using Freestream.Numerics;

namespace Freestream.Bench;

/// <summary>
/// Robertson's stiff kinetics (Hairer &amp; Wanner II §IV.1) from t = 0 to 1e5 with <see cref="Rodas4"/>
/// at rtol 1e-6: cost of the stiff integrator with a finite-difference and with an analytic Jacobian.
/// </summary>
[MemoryDiagnoser]
public class RobertsonBenchmark
{
    private static readonly OdeOptions Options = new() { RelativeTolerance = 1e-6, AbsoluteTolerances = [1e-12, 1e-18, 1e-12] };
    private readonly Rodas4 solver = new();
    private readonly double[] y = new double[3];

    /// <summary>Finite-difference Jacobian.</summary>
    [Benchmark(Baseline = true)]
    public double FiniteDifferenceJacobian()
    {
        y[0] = 1;
        y[1] = 0;
        y[2] = 0;
        solver.Integrate(Rhs, 0, y, 1e5, Options);
        return y[0];
    }

    /// <summary>Analytic Jacobian.</summary>
    [Benchmark]
    public double AnalyticJacobian()
    {
        y[0] = 1;
        y[1] = 0;
        y[2] = 0;
        solver.Integrate(Rhs, 0, y, 1e5, Options, Jacobian);
        return y[0];
    }

    private static void Rhs(double t, ReadOnlySpan<double> u, Span<double> f)
    {
        double r1 = 0.04 * u[0];
        double r2 = 1e4 * u[1] * u[2];
        double r3 = 3e7 * u[1] * u[1];
        f[0] = -r1 + r2;
        f[1] = r1 - r2 - r3;
        f[2] = r3;
    }

    private static void Jacobian(double t, ReadOnlySpan<double> u, Span<double> j)
    {
        j[0] = -0.04;
        j[1] = 1e4 * u[2];
        j[2] = 1e4 * u[1];
        j[3] = 0.04;
        j[4] = -1e4 * u[2] - 6e7 * u[1];
        j[5] = -1e4 * u[1];
        j[6] = 0;
        j[7] = 6e7 * u[1];
        j[8] = 0;
    }
}
