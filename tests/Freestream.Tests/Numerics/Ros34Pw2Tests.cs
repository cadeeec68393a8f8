using Freestream.Numerics;

namespace Freestream.Tests.Numerics;

public class Ros34Pw2Tests
{
    /// <summary>A non-linear, non-stiff predator–prey system (Lotka–Volterra with unit rates).</summary>
    private static void PredatorPrey(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        dydt[0] = y[0] * (1 - y[1]);
        dydt[1] = y[1] * (y[0] - 1);
    }

    /// <summary>The error at t = 2 of constant steps h from (2, 0.5), against Dormand–Prince at rtol 1e-13.</summary>
    private static double FixedStepError(Ros34Pw2 method, double h)
    {
        double[] reference = [2, 0.5];
        new DormandPrince54().Integrate(PredatorPrey, 0, reference, 2, new OdeOptions { RelativeTolerance = 1e-13, AbsoluteTolerance = 1e-15 });
        double[] y = [2, 0.5];
        // A tolerance no step can fail, and the step pinned to h: the global error of the fixed-step method.
        var options = new OdeOptions { RelativeTolerance = 0.5, AbsoluteTolerance = 1e6, InitialStep = h, MaxStep = h };
        var statistics = method.Integrate(PredatorPrey, 0, y, 2, options);
        Assert.Equal(0, statistics.RejectedSteps);
        return Math.Max(Math.Abs(y[0] - reference[0]), Math.Abs(y[1] - reference[1]));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void GlobalErrorFallsAsTheThirdPowerOfTheStepWhateverTheJacobianBlock(int block)
    {
        // Rang & Angermann (2005): order 3 for any W. With W the block of one component only (it drops the couplings
        // to the other and the other's whole row) a plain Rosenbrock method would fall to order ≤ 2. Block 1 also
        // checks that the stage couplings are taken at the stiff component's own index (−1: the full Jacobian).
        var method = block < 0 ? new Ros34Pw2() : new Ros34Pw2([block]);
        double coarse = FixedStepError(method, 0.04), fine = FixedStepError(method, 0.02), finer = FixedStepError(method, 0.01);
        double order1 = Math.Log2(coarse / fine), order2 = Math.Log2(fine / finer);
        Assert.InRange(order1, 2.8, 3.3);
        Assert.InRange(order2, 2.8, 3.3);
    }

    [Fact]
    public void StiffComponentTakesStepsSetByAccuracyNotByStability()
    {
        // Prothero–Robinson y₀' = −1e4 (y₀ − cos t) − sin t (exact y₀ = cos t) drives y₁' = y₀ (exact y₁ = sin t).
        // An explicit method needs h < 3.3e-4 (> 3000 steps to t = 1); with W on the stiff component alone the
        // steps follow the smooth solution, and W reused over five steps keeps it stable.
        static void System(double t, ReadOnlySpan<double> y, Span<double> dydt)
        {
            dydt[0] = -1e4 * (y[0] - Math.Cos(t)) - Math.Sin(t);
            dydt[1] = y[0];
        }

        double[] y = [1, 0];
        var statistics = new Ros34Pw2([0], jacobianReuseSteps: 5).Integrate(System, 0, y, 1, new OdeOptions { RelativeTolerance = 1e-7, AbsoluteTolerance = 1e-10 });
        Assert.True(Math.Abs(y[0] - Math.Cos(1)) < 1e-6, $"y0 = {y[0]}");
        Assert.True(Math.Abs(y[1] - Math.Sin(1)) < 1e-6, $"y1 = {y[1]}");
        Assert.True(statistics.AcceptedSteps < 300, $"{statistics.AcceptedSteps} steps");
        Assert.True(statistics.JacobianEvaluations < statistics.AcceptedSteps, $"{statistics.JacobianEvaluations} W for {statistics.AcceptedSteps} steps");
    }

    [Fact]
    public void CheaperStiffRowsGiveTheSameSolution()
    {
        // W is formed from the stiff rows only. Here the stiff component is the last of three and is driven by a
        // non-stiff one: a right-hand side that fills the stiff row alone (the others spoiled with NaN) must be the one
        // W uses, and must give exactly the solution of the full one, with the same steps. Exact solution:
        // y₀ = eᵗ, y₁ = sin t, y₂ = cos t.
        static void System(double t, ReadOnlySpan<double> y, Span<double> dydt)
        {
            dydt[0] = y[0];
            dydt[1] = y[2];
            dydt[2] = -1e4 * (y[2] - Math.Cos(t)) - Math.Sin(t) + (y[1] - Math.Sin(t));
        }

        int stiffRowCalls = 0;
        void StiffRowOnly(double t, ReadOnlySpan<double> y, Span<double> dydt)
        {
            stiffRowCalls++;
            dydt[0] = dydt[1] = double.NaN;
            dydt[2] = -1e4 * (y[2] - Math.Cos(t)) - Math.Sin(t) + (y[1] - Math.Sin(t));
        }

        var options = new OdeOptions { RelativeTolerance = 1e-7, AbsoluteTolerance = 1e-10 };
        double[] full = [1, 0, 1];
        double[] cheap = [1, 0, 1];
        var fullStatistics = new Ros34Pw2([2], jacobianReuseSteps: 5).Integrate(System, 0, full, 1, options);
        var cheapStatistics = new Ros34Pw2([2], jacobianReuseSteps: 5, stiffRows: StiffRowOnly).Integrate(System, 0, cheap, 1, options);
        Assert.Equal(full, cheap);
        Assert.Equal(fullStatistics.AcceptedSteps, cheapStatistics.AcceptedSteps);
        Assert.True(stiffRowCalls >= 2 * cheapStatistics.JacobianEvaluations, $"{stiffRowCalls} stiff-row calls for {cheapStatistics.JacobianEvaluations} W");
        Assert.Equal(Math.E, cheap[0], 1e-6);
        Assert.Equal(Math.Sin(1), cheap[1], 1e-6);
        Assert.Equal(Math.Cos(1), cheap[2], 1e-6);
        Assert.True(cheapStatistics.AcceptedSteps < 300, $"{cheapStatistics.AcceptedSteps} steps: W must hold the stiff row");
    }

    [Fact]
    public void RobertsonAtT40MatchesTheRadauReference()
    {
        // scipy 1.10 solve_ivp Radau IIA at rtol 1e-13 (the reference of Rodas4Tests); a stiff, non-linear test of
        // the full-Jacobian W-method with the analytic Jacobian.
        double[] y = [1, 0, 0];
        new Ros34Pw2().Integrate(OdeTestProblems.Robertson, 0, y, 40, new OdeOptions { RelativeTolerance = 1e-8, AbsoluteTolerances = [1e-14, 1e-20, 1e-14] }, OdeTestProblems.RobertsonJacobian);
        double[] reference = [7.1582706871940716e-01, 9.1855347645577982e-06, 2.8416374574582998e-01];
        for (int i = 0; i < 3; i++)
        {
            Assert.True(Math.Abs(y[i] / reference[i] - 1) < 1e-6, $"y{i + 1} = {y[i]} vs {reference[i]}");
        }
    }

    [Fact]
    public void DenseOutputIsThirdOrderInsideASteps()
    {
        // Harmonic oscillator (cos t, −sin t): the Hermite interpolant at mid-step is as accurate as the step ends.
        double worst = 0;
        new Ros34Pw2().Integrate(OdeTestProblems.Harmonic, 0, new double[] { 1, 0 }, 3, new OdeOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-10 }, onStep: dense =>
        {
            double t = 0.5 * (dense.TStart + dense.TEnd);
            var u = new double[2];
            dense.Evaluate(t, u);
            worst = Math.Max(worst, Math.Max(Math.Abs(u[0] - Math.Cos(t)), Math.Abs(u[1] + Math.Sin(t))));
        });
        Assert.True(worst < 1e-6, $"largest mid-step error {worst}");
    }

    [Fact]
    public void StiffComponentsMustBeDistinctValidIndices()
    {
        Assert.Throws<ArgumentException>(() => new Ros34Pw2([1, 1]));
        Assert.Throws<ArgumentException>(() => new Ros34Pw2([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ros34Pw2([0], jacobianReuseSteps: 0));
        Assert.Throws<ArgumentException>(() => new Ros34Pw2([2]).Integrate(OdeTestProblems.Harmonic, 0, new double[] { 1, 0 }, 1, new OdeOptions()));
    }
}
