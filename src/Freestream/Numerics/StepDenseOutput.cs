using System.Globalization;

namespace Freestream.Numerics;

/// <summary>
/// The dense output of one accepted step [t_start, t_end] of signed size h: argument checks and θ = (t − t_start)/h;
/// a method supplies its interpolation polynomial in θ.
/// </summary>
internal abstract class StepDenseOutput : IDenseOutput
{
    private readonly int n;
    private double step;

    /// <summary>An output for an n-component system.</summary>
    protected StepDenseOutput(int n) => this.n = n;

    /// <inheritdoc />
    public double TStart { get; private set; }

    /// <inheritdoc />
    public double TEnd { get; private set; }

    /// <summary>Points the output at a new step; <paramref name="stepSize"/> is the signed h used by the stages.</summary>
    public void Set(double tStart, double tEnd, double stepSize)
    {
        TStart = tStart;
        TEnd = tEnd;
        step = stepSize;
    }

    /// <inheritdoc />
    public void Evaluate(double t, Span<double> y)
    {
        if (y.Length != n)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"y has {y.Length} components but the system has {n}"), nameof(y));
        }

        double margin = 1e-10 * Math.Abs(TEnd - TStart);
        double low = Math.Min(TStart, TEnd) - margin;
        double high = Math.Max(TStart, TEnd) + margin;
        if (!(t >= low && t <= high))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, string.Create(CultureInfo.InvariantCulture, $"t must lie in the step [{Math.Min(TStart, TEnd):G17}, {Math.Max(TStart, TEnd):G17}]"));
        }

        Interpolate((t - TStart) / step, y);
    }

    /// <summary>Writes y(t_start + θh) into <paramref name="y"/>.</summary>
    protected abstract void Interpolate(double theta, Span<double> y);
}
