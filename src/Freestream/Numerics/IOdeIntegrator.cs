namespace Freestream.Numerics;

/// <summary>An adaptive integrator for the initial value problem dy/dt = f(t, y), y(t0) given.</summary>
public interface IOdeIntegrator
{
    /// <summary>
    /// Integrates from <paramref name="t0"/> to <paramref name="t1"/> (t1 &lt; t0 integrates backwards).
    /// </summary>
    /// <param name="rhs">The right-hand side f(t, y).</param>
    /// <param name="t0">Initial value of the independent variable.</param>
    /// <param name="y">y(t0) on entry, y(t1) on return (on failure: the last accepted state).</param>
    /// <param name="t1">Final value of the independent variable.</param>
    /// <param name="options">Tolerances and step-size limits.</param>
    /// <param name="jacobian">Analytic ∂f/∂y (row-major) for implicit methods; null for a finite-difference one. Ignored by explicit methods.</param>
    /// <param name="onStep">Called after every accepted step with the dense output of that step.</param>
    /// <returns>Work counters.</returns>
    /// <exception cref="OdeConvergenceException">Step size underflow, non-finite values, or more than <see cref="OdeOptions.MaxSteps"/> steps.</exception>
    OdeStatistics Integrate(
        OdeRightHandSide rhs,
        double t0,
        Span<double> y,
        double t1,
        OdeOptions options,
        OdeJacobian? jacobian = null,
        Action<IDenseOutput>? onStep = null);
}
