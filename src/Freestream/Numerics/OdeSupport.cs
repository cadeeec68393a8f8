using System.Globalization;
using System.Numerics;

namespace Freestream.Numerics;

/// <summary>Argument checks, the error norm and the starting step shared by the ODE integrators.</summary>
internal static class OdeSupport
{
    /// <summary>Checks the arguments of <see cref="IOdeIntegrator.Integrate"/> and returns the per-component atol.</summary>
    public static double[] Validate(OdeRightHandSide rhs, double t0, ReadOnlySpan<double> y, double t1, OdeOptions options)
    {
        ArgumentNullException.ThrowIfNull(rhs);
        ArgumentNullException.ThrowIfNull(options);
        if (!double.IsFinite(t0))
        {
            throw new ArgumentOutOfRangeException(nameof(t0), t0, "t0 must be finite");
        }

        if (!double.IsFinite(t1))
        {
            throw new ArgumentOutOfRangeException(nameof(t1), t1, "t1 must be finite");
        }

        if (y.Length == 0)
        {
            throw new ArgumentException("y must hold at least one component", nameof(y));
        }

        for (int i = 0; i < y.Length; i++)
        {
            if (!double.IsFinite(y[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"y[{i}] = {y[i]} is not finite"), nameof(y));
            }
        }

        if (!(options.RelativeTolerance > 0 && options.RelativeTolerance < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.RelativeTolerance, "RelativeTolerance must lie in (0, 1)");
        }

        if (!(options.MaxStep > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxStep, "MaxStep must be > 0");
        }

        if (!(options.InitialStep >= 0 && double.IsFinite(options.InitialStep)))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.InitialStep, "InitialStep must be finite and >= 0 (0 = automatic)");
        }

        if (options.MaxSteps < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxSteps, "MaxSteps must be >= 1");
        }

        var atol = new double[y.Length];
        if (options.AbsoluteTolerances is { } perComponent)
        {
            if (perComponent.Length != y.Length)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"AbsoluteTolerances has {perComponent.Length} entries but y has {y.Length}"), nameof(options));
            }

            perComponent.CopyTo(atol, 0);
        }
        else
        {
            Array.Fill(atol, options.AbsoluteTolerance);
        }

        for (int i = 0; i < atol.Length; i++)
        {
            if (!(atol[i] > 0 && double.IsFinite(atol[i])))
            {
                throw new ArgumentOutOfRangeException(nameof(options), atol[i], string.Create(CultureInfo.InvariantCulture, $"absolute tolerance of component {i} must be finite and > 0"));
            }
        }

        return atol;
    }

    /// <summary>Unit round-off 2⁻⁵² used to size finite-difference increments.</summary>
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>
    /// Forward-difference increment √(ε·max(10⁻⁵, |v|)) for a derivative with respect to a variable of value v (as in
    /// Hairer &amp; Wanner's rodas.f): the Jacobians of <see cref="Rodas4"/> and <see cref="Ros34Pw2"/> and their ∂f/∂t.
    /// </summary>
    public static double DifferenceIncrement(double value) => Math.Sqrt(Epsilon * Math.Max(1e-5, Math.Abs(value)));

    /// <summary>
    /// Weighted RMS norm √((1/n) Σ (eᵢ/sᵢ)²), sᵢ = atolᵢ + rtol·max(|y0ᵢ|, |y1ᵢ|) (HNW I §II.4, eq. (4.11)).
    /// Returns NaN or +∞ when any input is non-finite. Vectorised: it runs once per trial step over every unknown.
    /// </summary>
    public static double ErrorNorm(ReadOnlySpan<double> error, ReadOnlySpan<double> y0, ReadOnlySpan<double> y1, double[] atol, double rtol)
    {
        double sum = 0;
        int i = 0;
        if (Vector.IsHardwareAccelerated && error.Length >= Vector<double>.Count)
        {
            var relative = new Vector<double>(rtol);
            var partial = Vector<double>.Zero;
            for (; i + Vector<double>.Count <= error.Length; i += Vector<double>.Count)
            {
                var size = Vector.Max(Vector.Abs(new Vector<double>(y0[i..])), Vector.Abs(new Vector<double>(y1[i..])));
                var ratio = new Vector<double>(error[i..]) / (new Vector<double>(atol.AsSpan(i)) + (relative * size));
                partial += ratio * ratio;
            }

            sum = Vector.Sum(partial);
        }

        for (; i < error.Length; i++)
        {
            double scale = atol[i] + rtol * Math.Max(Math.Abs(y0[i]), Math.Abs(y1[i]));
            double ratio = error[i] / scale;
            sum += ratio * ratio;
        }

        return Math.Sqrt(sum / error.Length);
    }

    /// <summary>True when every element is finite.</summary>
    public static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (double v in values)
        {
            if (!double.IsFinite(v))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Smallest step magnitude distinguishable from round-off at t: 10 ulp(t), at least 1e-300.</summary>
    public static double MinimumStep(double t) => Math.Max(1e-300, 10 * Math.ScaleB(1.0, -52) * Math.Abs(t));

    /// <summary>
    /// Throws <see cref="OdeConvergenceException"/> when <paramref name="steps"/> reaches MaxSteps or |h| has fallen
    /// below <see cref="MinimumStep"/> (the message says whether the last rejection was a non-finite state).
    /// </summary>
    public static void CheckStep(string method, int steps, OdeOptions options, double t, double h, bool lastFailureNonFinite)
    {
        if (steps >= options.MaxSteps)
        {
            throw new OdeConvergenceException(string.Create(CultureInfo.InvariantCulture, $"{method}: more than MaxSteps = {options.MaxSteps} steps"), t, h);
        }

        if (Math.Abs(h) < MinimumStep(t))
        {
            string reason = lastFailureNonFinite ? $"{method}: non-finite values; step size underflow" : $"{method}: step size underflow";
            throw new OdeConvergenceException(reason, t, h);
        }
    }

    /// <summary>Shortens h to end exactly at t1 when the step would reach (or come within 1e-4 h of) it; returns true then.</summary>
    public static bool FitLastStep(double t, double t1, double direction, ref double h)
    {
        if (direction * (t + 1.0001 * h - t1) >= 0)
        {
            h = t1 - t;
            return true;
        }

        return false;
    }

    /// <summary>The next step size limited to |h| ≤ MaxStep.</summary>
    public static double LimitStep(double h, double direction, OdeOptions options) =>
        Math.Abs(h) > options.MaxStep ? direction * options.MaxStep : h;

    /// <summary>
    /// Starting step size from one explicit Euler trial step (Hairer, Nørsett &amp; Wanner, Solving ODEs I,
    /// §II.4, "Starting step size"): h = min(100 h₀, (0.01 / max(d₁, d₂))^(1/(order+1))), capped by the
    /// interval length and <see cref="OdeOptions.MaxStep"/>. Returns the signed step. Uses one right-hand
    /// side evaluation; <paramref name="yTrial"/> and <paramref name="fTrial"/> are scratch vectors of length n.
    /// </summary>
    public static double StartingStep(
        OdeRightHandSide rhs, double t0, ReadOnlySpan<double> y0, ReadOnlySpan<double> f0, double t1,
        OdeOptions options, double[] atol, int order, Span<double> yTrial, Span<double> fTrial)
    {
        double direction = Math.Sign(t1 - t0);
        double span = Math.Abs(t1 - t0);
        double cap = Math.Min(span, options.MaxStep);
        if (options.InitialStep > 0)
        {
            return direction * Math.Min(options.InitialStep, cap);
        }

        int n = y0.Length;
        double rtol = options.RelativeTolerance;
        double d0 = 0, d1 = 0;
        for (int i = 0; i < n; i++)
        {
            double scale = atol[i] + rtol * Math.Abs(y0[i]);
            d0 += (y0[i] / scale) * (y0[i] / scale);
            d1 += (f0[i] / scale) * (f0[i] / scale);
        }

        d0 = Math.Sqrt(d0 / n);
        d1 = Math.Sqrt(d1 / n);
        double h0 = d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : 0.01 * d0 / d1;
        h0 = Math.Min(h0, cap);

        for (int i = 0; i < n; i++)
        {
            yTrial[i] = y0[i] + direction * h0 * f0[i];
        }

        rhs(t0 + direction * h0, yTrial, fTrial);
        double d2 = 0;
        for (int i = 0; i < n; i++)
        {
            double scale = atol[i] + rtol * Math.Abs(y0[i]);
            double ratio = (fTrial[i] - f0[i]) / scale;
            d2 += ratio * ratio;
        }

        d2 = Math.Sqrt(d2 / n) / h0;
        double dmax = Math.Max(d1, d2);
        double h1;
        if (!double.IsFinite(dmax))
        {
            h1 = 1e-3 * h0;
        }
        else if (dmax <= 1e-15)
        {
            h1 = Math.Max(1e-6, 1e-3 * h0);
        }
        else
        {
            h1 = Math.Pow(0.01 / dmax, 1.0 / (order + 1));
        }

        return direction * Math.Min(Math.Min(100 * h0, h1), cap);
    }
}
