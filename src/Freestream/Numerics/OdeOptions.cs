namespace Freestream.Numerics;

/// <summary>
/// Accuracy and step-size settings shared by every <see cref="IOdeIntegrator"/>.
/// </summary>
/// <remarks>
/// The local error estimate e of a step from y₀ to y₁ is accepted when the weighted RMS norm
/// ‖e‖ = √( (1/n) Σᵢ (eᵢ / sᵢ)² ) with sᵢ = atolᵢ + rtol·max(|y₀ᵢ|, |y₁ᵢ|) is at most 1
/// (Hairer, Nørsett &amp; Wanner, Solving ODEs I, §II.4, eq. (4.11)).
/// </remarks>
public sealed record OdeOptions
{
    /// <summary>Relative tolerance rtol (dimensionless, &gt; 0). Default 1e-6.</summary>
    public double RelativeTolerance { get; init; } = 1e-6;

    /// <summary>Absolute tolerance atol applied to every component (units of y, &gt; 0). Default 1e-10.</summary>
    public double AbsoluteTolerance { get; init; } = 1e-10;

    /// <summary>
    /// Per-component absolute tolerances (each &gt; 0, length n); when non-null they replace
    /// <see cref="AbsoluteTolerance"/>.
    /// </summary>
    public double[]? AbsoluteTolerances { get; init; }

    /// <summary>First trial step size |h₀| in units of t; 0 selects it automatically (HNW I §II.4). Default 0.</summary>
    public double InitialStep { get; init; }

    /// <summary>Largest allowed step size |h| in units of t (&gt; 0). Default +∞.</summary>
    public double MaxStep { get; init; } = double.PositiveInfinity;

    /// <summary>Largest number of attempted steps (accepted + rejected) before giving up. Default 1 000 000.</summary>
    public int MaxSteps { get; init; } = 1_000_000;
}
