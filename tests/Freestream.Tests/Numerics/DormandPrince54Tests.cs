using Freestream.Numerics;

namespace Freestream.Tests.Numerics;

public class DormandPrince54Tests
{
    [Fact]
    public void ExponentialDecayMatchesExactSolution()
    {
        double[] rates = [0.5, 2.0, 5.0];
        double[] y = [1.0, 1.0, 1.0];
        var options = new OdeOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-30 };
        new DormandPrince54().Integrate((t, u, f) =>
        {
            for (int i = 0; i < rates.Length; i++)
            {
                f[i] = -rates[i] * u[i];
            }
        }, 0, y, 1.0, options);

        for (int i = 0; i < rates.Length; i++)
        {
            double exact = Math.Exp(-rates[i]);
            Assert.True(Math.Abs(y[i] / exact - 1) < 1e-6, $"k = {rates[i]}: {y[i]} vs {exact}");
        }
    }

    [Fact]
    public void HarmonicOscillatorIntegratesBackwards()
    {
        double[] y = [Math.Cos(-3.0), -Math.Sin(-3.0)];
        new DormandPrince54().Integrate(OdeTestProblems.Harmonic, -3.0, y, -10.0, new OdeOptions { RelativeTolerance = 1e-9, AbsoluteTolerance = 1e-12 });
        Assert.True(Math.Abs(y[0] - Math.Cos(-10.0)) < 1e-7, $"y1 = {y[0]}");
        Assert.True(Math.Abs(y[1] + Math.Sin(-10.0)) < 1e-7, $"y2 = {y[1]}");
    }

    [Fact]
    public void FirstSameAsLastCostsSixEvaluationsPerStep()
    {
        double[] y = [1, 0];
        var statistics = new DormandPrince54().Integrate(OdeTestProblems.Harmonic, 0, y, 10, new OdeOptions());

        // One evaluation at t0, one for the starting-step estimate (HNW I §II.4), six per attempted step.
        Assert.Equal(2 + 6 * (statistics.AcceptedSteps + statistics.RejectedSteps), statistics.RhsEvaluations);
        Assert.Equal(0, statistics.Decompositions);
    }

    [Fact]
    public void GlobalErrorDecreasesWithToleranceAtExpectedRate()
    {
        // Error-per-step control of the order-4 estimate with order-5 local extrapolation:
        // the global error scales about like tol (exponent 1 ± 0.3).
        double[] tolerances = [1e-5, 1e-7, 1e-9];
        var errors = new double[tolerances.Length];
        for (int k = 0; k < tolerances.Length; k++)
        {
            double[] y = [1, 0];
            new DormandPrince54().Integrate(OdeTestProblems.Harmonic, 0, y, 10, new OdeOptions { RelativeTolerance = tolerances[k], AbsoluteTolerance = tolerances[k] });
            errors[k] = Math.Max(Math.Abs(y[0] - Math.Cos(10)), Math.Abs(y[1] + Math.Sin(10)));
        }

        for (int k = 1; k < tolerances.Length; k++)
        {
            double slope = Math.Log(errors[k - 1] / errors[k]) / Math.Log(tolerances[k - 1] / tolerances[k]);
            Assert.True(slope > 0.7 && slope < 1.3, $"slope {slope} between tol {tolerances[k - 1]} and {tolerances[k]} (errors {errors[k - 1]}, {errors[k]})");
        }

        Assert.True(errors[^1] < 100 * tolerances[^1], $"error {errors[^1]} at tol {tolerances[^1]}");
    }

    [Fact]
    public void DenseOutputIsAccurateBetweenSteps()
    {
        const double tolerance = 1e-7;
        double[] y = [1, 0];
        double[] interpolated = new double[2];
        double maxError = 0;
        int steps = 0;
        new DormandPrince54().Integrate(OdeTestProblems.Harmonic, 0, y, 10, new OdeOptions { RelativeTolerance = tolerance, AbsoluteTolerance = tolerance }, onStep: dense =>
        {
            steps++;
            for (int j = 0; j <= 8; j++)
            {
                double t = dense.TStart + (dense.TEnd - dense.TStart) * j / 8.0;
                dense.Evaluate(t, interpolated);
                maxError = Math.Max(maxError, Math.Max(Math.Abs(interpolated[0] - Math.Cos(t)), Math.Abs(interpolated[1] + Math.Sin(t))));
            }
        });

        // Shampine's order-4 interpolant (HNW I §II.6) keeps the between-step error at the level of the global error.
        Assert.True(steps > 10);
        Assert.True(maxError < 100 * tolerance, $"max dense-output error {maxError}");
    }

    [Fact]
    public void ExceedingMaxStepsThrowsNamingTimeAndStep()
    {
        double[] y = [1, 0];
        var exception = Assert.Throws<OdeConvergenceException>(() =>
            new DormandPrince54().Integrate(OdeTestProblems.Harmonic, 0, y, 1000, new OdeOptions { MaxSteps = 10 }));
        Assert.Contains("t =", exception.Message);
        Assert.Contains("h =", exception.Message);
    }

    [Fact]
    public void NonFiniteRightHandSideThrows()
    {
        double[] y = [1];
        Assert.Throws<OdeConvergenceException>(() =>
            new DormandPrince54().Integrate((t, u, f) => f[0] = t > 0.5 ? double.PositiveInfinity : -u[0], 0, y, 1, new OdeOptions()));
    }
}
