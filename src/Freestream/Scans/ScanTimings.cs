namespace Freestream.Scans;

/// <summary>Wall-clock seconds spent on one point, in total and per stage.</summary>
/// <param name="TotalSeconds">Whole point, as measured by the engine.</param>
/// <param name="ProductionSeconds">Production model (f(q) and abundance).</param>
/// <param name="BoltzmannSeconds">Boltzmann solver (P(k), T²(k)).</param>
/// <param name="VerdictSeconds">Structure verdicts.</param>
public sealed record ScanTimings(double TotalSeconds, double ProductionSeconds, double BoltzmannSeconds, double VerdictSeconds)
{
    /// <summary>No time measured.</summary>
    public static ScanTimings Zero { get; } = new(0, 0, 0, 0);
}
