using System.Globalization;

namespace Freestream.Numerics;

/// <summary>
/// Thrown when an ODE integration cannot proceed: the step size fell below the round-off limit,
/// the right-hand side returned non-finite values, or the step budget was exhausted. The message
/// names t and the step size.
/// </summary>
public sealed class OdeConvergenceException : Exception
{
    /// <summary>Creates the exception for a failure at <paramref name="t"/> with step size <paramref name="stepSize"/>.</summary>
    /// <param name="reason">What went wrong.</param>
    /// <param name="t">Independent variable where the integration stopped.</param>
    /// <param name="stepSize">Step size being attempted.</param>
    public OdeConvergenceException(string reason, double t, double stepSize)
        : base(string.Format(CultureInfo.InvariantCulture, "{0} at t = {1:G17} with step size h = {2:G6}", reason, t, stepSize))
    {
        T = t;
        StepSize = stepSize;
    }

    /// <summary>Independent variable where the integration stopped.</summary>
    public double T { get; }

    /// <summary>Step size being attempted when the integration stopped.</summary>
    public double StepSize { get; }
}
