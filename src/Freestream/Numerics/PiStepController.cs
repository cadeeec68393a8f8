namespace Freestream.Numerics;

/// <summary>
/// Proportional–integral step-size controller (Gustafsson, ACM TOMS 17 (1991) 533; Hairer &amp; Wanner,
/// Solving ODEs II, §IV.2): after an accepted step with error norm errₙ,
/// h_new = h · clamp(0.9 · errₙ^(−0.7/k) · errₙ₋₁^(0.4/k)); after a rejection,
/// h_new = h · max(facMin, 0.9 · errₙ^(−1/k)), where k is the order of the error estimate plus one.
/// A step following a rejection may not grow.
/// </summary>
internal struct PiStepController
{
    private const double Safety = 0.9;
    private const double FactorMin = 0.2;
    private readonly double alpha;
    private readonly double beta;
    private readonly double rejectExponent;
    private readonly double factorMax;
    private double previousError;
    private bool previousRejected;

    /// <summary>Creates the controller for an error estimate of local order k (error ∝ hᵏ).</summary>
    public PiStepController(int k, double factorMax)
    {
        alpha = 0.7 / k;
        beta = 0.4 / k;
        rejectExponent = 1.0 / k;
        this.factorMax = factorMax;
        previousError = 1e-4;
        previousRejected = false;
    }

    /// <summary>Factor for the next step after accepting a step with error norm <paramref name="error"/> (≤ 1).</summary>
    public double AcceptedFactor(double error)
    {
        double factor = Safety * Math.Pow(error, -alpha) * Math.Pow(previousError, beta);
        factor = Math.Clamp(double.IsNaN(factor) ? factorMax : factor, FactorMin, factorMax);
        if (previousRejected)
        {
            factor = Math.Min(factor, 1.0);
        }

        previousError = Math.Max(error, 1e-4);
        previousRejected = false;
        return factor;
    }

    /// <summary>Factor for retrying a step rejected with error norm <paramref name="error"/> (&gt; 1, or non-finite).</summary>
    public double RejectedFactor(double error)
    {
        previousRejected = true;
        if (!double.IsFinite(error))
        {
            return 0.25;
        }

        return Math.Clamp(Safety * Math.Pow(error, -rejectExponent), FactorMin, 1.0);
    }
}
