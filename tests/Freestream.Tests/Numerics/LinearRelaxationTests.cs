using Freestream.Numerics;

namespace Freestream.Tests.Numerics;

/// <summary>The exponential step of dy/dt = Γ (y_eq − y) used by the Dodelson–Widrow and Shi–Fuller solvers.</summary>
public class LinearRelaxationTests
{
    [Fact]
    public void TwoHalfStepsEqualOneStepForConstantCoefficients()
    {
        // Exactness for constant Γ and y_eq: the flow is a semigroup, so splitting a step changes nothing (to round-off).
        double y = 0.3, equilibrium = 0.8, exponent = 2.5;
        double half = y + LinearRelaxation.Change(y, equilibrium, 0.5 * exponent);
        double twoHalves = half + LinearRelaxation.Change(half, equilibrium, 0.5 * exponent);
        Assert.Equal(y + LinearRelaxation.Change(y, equilibrium, exponent), twoHalves, 1e-15);
    }

    [Fact]
    public void MidpointFrozenStepsConvergeAtSecondOrder()
    {
        // dy/dt = k (cos t − y), y(0) = 0: y = k (k cos t + sin t)/(k² + 1) − k² e^{−kt}/(k² + 1). Freezing y_eq at the
        // middle of each step is second order: the error at t = 2 falls by 4 per halving of the step.
        const double k = 5, end = 2;
        double exact = (k * ((k * Math.Cos(end)) + Math.Sin(end)) / ((k * k) + 1)) - (k * k * Math.Exp(-k * end) / ((k * k) + 1));
        double Error(int steps)
        {
            double h = end / steps, y = 0;
            for (int j = 0; j < steps; j++)
            {
                y += LinearRelaxation.Change(y, Math.Cos((j + 0.5) * h), k * h);
            }

            return Math.Abs(y - exact);
        }

        double e20 = Error(20), e40 = Error(40), e80 = Error(80);
        Assert.InRange(e20 / e40, 3.6, 4.4);
        Assert.InRange(e40 / e80, 3.8, 4.2);
        Assert.True(e80 < 3e-4, $"error {e80:G3} at 80 steps (h = 0.025, k h = 0.125)");
    }

    [Fact]
    public void StiffStepsRelaxWithoutOvershoot()
    {
        // Γ Δt = 1e7 per step: an explicit Euler step would overshoot by 1e7; the exponential step lands on y_eq.
        double y = 0;
        for (int j = 0; j < 10; j++)
        {
            double equilibrium = Math.Cos(0.1 * (j + 0.5));
            y += LinearRelaxation.Change(y, equilibrium, 1e7);
            Assert.Equal(equilibrium, y, 1e-12);
        }
    }
}
