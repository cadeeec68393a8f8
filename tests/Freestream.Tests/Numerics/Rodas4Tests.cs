using Freestream.Numerics;

namespace Freestream.Tests.Numerics;

public class Rodas4Tests
{
    private static readonly OdeOptions RobertsonOptions = new()
    {
        RelativeTolerance = 1e-8,
        AbsoluteTolerances = [1e-14, 1e-20, 1e-14],
    };

    [Fact]
    public void ExponentialDecayMatchesExactSolution()
    {
        double[] rates = [0.5, 2.0, 50.0];
        double[] y = [1.0, 1.0, 1.0];
        var options = new OdeOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-30 };
        new Rodas4().Integrate((t, u, f) =>
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
    public void ExponentialDecayIntegratesBackwards()
    {
        double[] y = [Math.Exp(-4.0)];
        var options = new OdeOptions { RelativeTolerance = 1e-8, AbsoluteTolerance = 1e-30 };
        var statistics = new Rodas4().Integrate((t, u, f) => f[0] = -2 * u[0], 2.0, y, 0.0, options);
        Assert.True(Math.Abs(y[0] - 1) < 1e-6, $"y(0) = {y[0]}");
        Assert.True(statistics.AcceptedSteps > 1);
    }

    [Fact]
    public void RobertsonAtT40MatchesHindmarshReference()
    {
        double[] y = [1, 0, 0];
        new Rodas4().Integrate(OdeTestProblems.Robertson, 0, y, 40, RobertsonOptions);

        // Hindmarsh, ODEPACK/LSODE demonstration problem (Robertson kinetics), printed output at t = 40,
        // rounded to 7 significant digits: agreement within half a unit of the last digit plus 1e-8 relative.
        Assert.True(Math.Abs(y[0] - 0.7158271) < 0.5e-7 + 1e-8, $"y1 = {y[0]}");
        Assert.True(Math.Abs(y[1] - 9.185535e-6) < 0.5e-12 + 1e-13, $"y2 = {y[1]}");
        Assert.True(Math.Abs(y[2] - 0.2841637) < 0.5e-7 + 1e-8, $"y3 = {y[2]}");

        // Tighter reference: scipy 1.10 solve_ivp Radau IIA at rtol 1e-13 (BDF and LSODA agree to 1e-11).
        double[] reference = [7.1582706871940716e-01, 9.1855347645577982e-06, 2.8416374574582998e-01];
        for (int i = 0; i < 3; i++)
        {
            Assert.True(Math.Abs(y[i] / reference[i] - 1) < 1e-7, $"y{i + 1} = {y[i]} vs {reference[i]}");
        }

        Assert.True(Math.Abs(y[0] + y[1] + y[2] - 1) < 1e-12, $"sum - 1 = {y[0] + y[1] + y[2] - 1}");
    }

    [Fact]
    public void RobertsonAtT1e5ConservesMassAndMatchesReference()
    {
        double[] numeric = [1, 0, 0];
        double[] analytic = [1, 0, 0];
        var statistics = new Rodas4().Integrate(OdeTestProblems.Robertson, 0, numeric, 1e5, RobertsonOptions);
        new Rodas4().Integrate(OdeTestProblems.Robertson, 0, analytic, 1e5, RobertsonOptions, OdeTestProblems.RobertsonJacobian);

        // Reference: scipy 1.10 solve_ivp Radau IIA at rtol 1e-13, an independent implementation
        // (its BDF and LSODA agree with it to 1e-11 relative).
        double[] reference = [1.7865921142099964e-02, 7.2747514684364738e-08, 9.8213400611039237e-01];
        for (int i = 0; i < 3; i++)
        {
            Assert.True(Math.Abs(numeric[i] / reference[i] - 1) < 1e-6, $"finite-difference J: y{i + 1} = {numeric[i]} vs {reference[i]}");
            Assert.True(Math.Abs(analytic[i] / reference[i] - 1) < 1e-6, $"analytic J: y{i + 1} = {analytic[i]} vs {reference[i]}");
        }

        Assert.True(Math.Abs(numeric[0] + numeric[1] + numeric[2] - 1) < 1e-12);
        Assert.True(Math.Abs(analytic[0] + analytic[1] + analytic[2] - 1) < 1e-12);

        // Stiffness is handled implicitly: an explicit method is limited to h ≲ 3/|λ| ≈ 3e-4 near t = 1e5
        // (|λ| ≈ 1e4 y3 + 6e7 y2 ≈ 1e4), i.e. ≳ 3e8 steps; Rodas4 at rtol 1e-8 needs ~200 steps per decade of t.
        Assert.True(statistics.AcceptedSteps < 10_000, $"{statistics.AcceptedSteps} steps");
    }

    [Fact]
    public void VanDerPolMu1000OverOnePeriodIsTreatedImplicitly()
    {
        // τ from 0 to 2 is t from 0 to 2000 for μ = 1000: a bit more than one period, (3 − 2 ln 2) μ ≈ 1614.
        double[] y = [2, 0];
        var statistics = new Rodas4().Integrate(OdeTestProblems.VanDerPol, 0, y, 2, new OdeOptions { RelativeTolerance = 1e-6, AbsoluteTolerance = 1e-6 });
        double[] tight = [2, 0];
        new Rodas4().Integrate(OdeTestProblems.VanDerPol, 0, tight, 2, new OdeOptions { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-10 });

        // Reference of the test set for IVP solvers (Hairer & Wanner's VDPOL, ε = 1e-6, τ = 2):
        // y1 = 1.706167732170483, y2 = −0.8928097010247975; scipy 1.10 Radau IIA at rtol 1e-12 gives
        // 1.706167732170496, −0.8928097010247844.
        Assert.True(Math.Abs(tight[0] - VanDerPolReferenceY1) < 1e-7, $"tight y1(2) = {tight[0]:R}");
        Assert.True(Math.Abs(tight[1] / VanDerPolReferenceY2 - 1) < 1e-6, $"tight y2(2) = {tight[1]:R}");
        Assert.True(Math.Abs(y[0] - VanDerPolReferenceY1) < 1e-4, $"y1(2) = {y[0]:R}");
        Assert.True(Math.Abs(y[1] / VanDerPolReferenceY2 - 1) < 1e-3, $"y2(2) = {y[1]:R}");
        Assert.True(Math.Abs(y[0] - tight[0]) < 1e-4);

        // On the slow branches the Jacobian has an eigenvalue ≈ (1 − y1²)/ε ≈ −3e6: an explicit method
        // would need h ≲ 1e-6, i.e. ≳ 1e5 steps over τ = 2.
        Assert.True(statistics.AcceptedSteps < 2000, $"{statistics.AcceptedSteps} accepted steps");
    }

    [Fact]
    public void GlobalErrorDecreasesProportionallyToTolerance()
    {
        // Harmonic oscillator over 10 time units; with error-per-step control of the order-3 estimate
        // the global error of the order-4 solution scales about like tol (exponent 1 ± 0.3).
        double[] tolerances = [1e-5, 1e-7, 1e-9];
        var errors = new double[tolerances.Length];
        for (int k = 0; k < tolerances.Length; k++)
        {
            double[] y = [1, 0];
            new Rodas4().Integrate(OdeTestProblems.Harmonic, 0, y, 10, new OdeOptions { RelativeTolerance = tolerances[k], AbsoluteTolerance = tolerances[k] });
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
        new Rodas4().Integrate(OdeTestProblems.Harmonic, 0, y, 10, new OdeOptions { RelativeTolerance = tolerance, AbsoluteTolerance = tolerance }, onStep: dense =>
        {
            steps++;
            for (int j = 0; j <= 8; j++)
            {
                double t = dense.TStart + (dense.TEnd - dense.TStart) * j / 8.0;
                dense.Evaluate(t, interpolated);
                maxError = Math.Max(maxError, Math.Max(Math.Abs(interpolated[0] - Math.Cos(t)), Math.Abs(interpolated[1] + Math.Sin(t))));
            }
        });

        // The order-3 interpolant adds an O(h⁴) error comparable to the local error the controller allows;
        // over the run the global error is about 10·tol (see GlobalErrorDecreasesProportionallyToTolerance).
        Assert.True(steps > 10);
        Assert.True(maxError < 100 * tolerance, $"max dense-output error {maxError}");
    }

    [Fact]
    public void StiffNonAutonomousProtheroRobinsonFollowsCosine()
    {
        // Without the γᵢ h ∂f/∂t term of the Rosenbrock stages the solution drifts from cos t by O(h).
        const double tolerance = 1e-6;
        double[] y = [1];
        double maxError = 0;
        double[] point = new double[1];
        var statistics = new Rodas4().Integrate(OdeTestProblems.ProtheroRobinson, 0, y, 10, new OdeOptions { RelativeTolerance = tolerance, AbsoluteTolerance = tolerance }, onStep: dense =>
        {
            double t = 0.5 * (dense.TStart + dense.TEnd);
            dense.Evaluate(t, point);
            maxError = Math.Max(maxError, Math.Abs(point[0] - Math.Cos(t)));
        });

        Assert.True(Math.Abs(y[0] - Math.Cos(10)) < tolerance, $"y(10) - cos 10 = {y[0] - Math.Cos(10)}");
        Assert.True(maxError < 10 * tolerance, $"dense-output error {maxError}");

        // An explicit method needs h < 3.3/|λ| = 3.3e-4 here, i.e. more than 3e4 steps.
        Assert.True(statistics.AcceptedSteps < 1000, $"{statistics.AcceptedSteps} steps for λ = −1e4 over 10 time units");
    }

    [Fact]
    public void StepLoopDoesNotAllocate()
    {
        var solver = new Rodas4();
        double[] y = [1, 0, 0];
        solver.Integrate(OdeTestProblems.Robertson, 0, y, 1e5, RobertsonOptions);

        y = [1, 0, 0];
        long before = GC.GetAllocatedBytesForCurrentThread();
        var shortRun = solver.Integrate(OdeTestProblems.Robertson, 0, y, 1e-2, RobertsonOptions);
        long shortBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        y = [1, 0, 0];
        before = GC.GetAllocatedBytesForCurrentThread();
        var longRun = solver.Integrate(OdeTestProblems.Robertson, 0, y, 1e5, RobertsonOptions);
        long longBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(longRun.AcceptedSteps > shortRun.AcceptedSteps + 100);
        Assert.True(longBytes - shortBytes < 1024, $"{longBytes - shortBytes} extra bytes for {longRun.AcceptedSteps - shortRun.AcceptedSteps} extra steps");
    }

    [Fact]
    public void ExceedingMaxStepsThrowsNamingTimeAndStep()
    {
        double[] y = [1, 0, 0];
        var exception = Assert.Throws<OdeConvergenceException>(() =>
            new Rodas4().Integrate(OdeTestProblems.Robertson, 0, y, 1e5, RobertsonOptions with { MaxSteps = 20 }));
        Assert.Contains("t =", exception.Message);
        Assert.Contains("h =", exception.Message);
        Assert.True(exception.T > 0 && exception.T < 1e5);
        Assert.True(Math.Abs(y[0] + y[1] + y[2] - 1) < 1e-12, "y holds the last accepted state");
    }

    [Fact]
    public void NonFiniteRightHandSideThrows()
    {
        double[] y = [1];
        Assert.Throws<OdeConvergenceException>(() =>
            new Rodas4().Integrate((t, u, f) => f[0] = t > 0.5 ? double.NaN : -u[0], 0, y, 1, new OdeOptions()));
    }

    [Fact]
    public void InvalidOptionsAreRejected()
    {
        double[] y = [1];
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Rodas4().Integrate((t, u, f) => f[0] = -u[0], 0, y, 1, new OdeOptions { RelativeTolerance = 0 }));
        Assert.Throws<ArgumentException>(() =>
            new Rodas4().Integrate((t, u, f) => f[0] = -u[0], 0, y, 1, new OdeOptions { AbsoluteTolerances = [1e-8, 1e-8] }));
    }

    private const double VanDerPolReferenceY1 = 1.706167732170483;
    private const double VanDerPolReferenceY2 = -0.8928097010247975;
}
