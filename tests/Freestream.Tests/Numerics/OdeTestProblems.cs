using Freestream.Numerics;

namespace Freestream.Tests.Numerics;

/// <summary>Standard ODE test problems with their right-hand sides and Jacobians.</summary>
internal static class OdeTestProblems
{
    /// <summary>
    /// Robertson's chemical kinetics (Robertson 1966; Hairer &amp; Wanner II §IV.1, eq. (1.4)):
    /// y1' = −0.04 y1 + 1e4 y2 y3, y2' = 0.04 y1 − 1e4 y2 y3 − 3e7 y2², y3' = 3e7 y2², y(0) = (1, 0, 0).
    /// </summary>
    public static void Robertson(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        double r1 = 0.04 * y[0];
        double r2 = 1e4 * y[1] * y[2];
        double r3 = 3e7 * y[1] * y[1];
        dydt[0] = -r1 + r2;
        dydt[1] = r1 - r2 - r3;
        dydt[2] = r3;
    }

    /// <summary>Analytic Jacobian of <see cref="Robertson"/>, row-major.</summary>
    public static void RobertsonJacobian(double t, ReadOnlySpan<double> y, Span<double> j)
    {
        j[0] = -0.04;
        j[1] = 1e4 * y[2];
        j[2] = 1e4 * y[1];
        j[3] = 0.04;
        j[4] = -1e4 * y[2] - 6e7 * y[1];
        j[5] = -1e4 * y[1];
        j[6] = 0;
        j[7] = 6e7 * y[1];
        j[8] = 0;
    }

    /// <summary>
    /// Van der Pol oscillator with μ = 1000 in Hairer &amp; Wanner's scaled form (test problem VDPOL,
    /// HW II §IV.10): y1' = y2, y2' = ((1 − y1²) y2 − y1)/ε with ε = 1/μ² = 1e-6. It is
    /// x'' − μ(1 − x²)x' + x = 0 with τ = t/μ, y1 = x and y2 = μ dx/dt.
    /// </summary>
    public static void VanDerPol(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        const double epsilon = 1e-6;
        dydt[0] = y[1];
        dydt[1] = ((1 - y[0] * y[0]) * y[1] - y[0]) / epsilon;
    }

    /// <summary>Harmonic oscillator y1' = y2, y2' = −y1; exact solution (cos t, −sin t) from (1, 0).</summary>
    public static void Harmonic(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        dydt[0] = y[1];
        dydt[1] = -y[0];
    }

    /// <summary>
    /// Prothero–Robinson problem y' = λ(y − cos t) − sin t with λ = −1e4 (stiff, non-autonomous;
    /// Hairer &amp; Wanner II §IV.15); exact solution y = cos t from y(0) = 1.
    /// </summary>
    public static void ProtheroRobinson(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        dydt[0] = -1e4 * (y[0] - Math.Cos(t)) - Math.Sin(t);
    }
}
