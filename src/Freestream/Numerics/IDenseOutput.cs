namespace Freestream.Numerics;

/// <summary>
/// Continuous approximation of the solution over the step just accepted, handed to the
/// <c>onStep</c> callback of <see cref="IOdeIntegrator.Integrate"/>. The object is reused for the
/// next step: evaluate it inside the callback, do not keep it.
/// </summary>
public interface IDenseOutput
{
    /// <summary>Start of the step (t before the step). Greater than <see cref="TEnd"/> when integrating backwards.</summary>
    double TStart { get; }

    /// <summary>End of the step (t after the step).</summary>
    double TEnd { get; }

    /// <summary>Writes the interpolated solution y(t) into <paramref name="y"/> (length n).</summary>
    /// <param name="t">A point between <see cref="TStart"/> and <see cref="TEnd"/> (inclusive).</param>
    /// <param name="y">Receives y(t).</param>
    void Evaluate(double t, Span<double> y);
}
