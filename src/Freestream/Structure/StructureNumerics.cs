namespace Freestream.Structure;

/// <summary>
/// Precision knobs of the structure criteria (all in one place, separate from the physical thresholds).
/// </summary>
/// <param name="PointsPerDecade">Resampling density of P(k) in ln k for every k integral (default 200).</param>
/// <param name="SubhaloNodes">Nodes of the subhalo integral in t = √(ln M_host − ln M) (default 800).</param>
/// <param name="HaloMassPointsPerDecade">Mass grid of the z = 6 mass function (default 40 per decade).</param>
/// <param name="MaximumHaloMassMsunH">Upper end of N(&gt;M) integrals in M_sun/h (default 1e16).</param>
public sealed record StructureNumerics(
    int PointsPerDecade = 200,
    int SubhaloNodes = 800,
    int HaloMassPointsPerDecade = 40,
    double MaximumHaloMassMsunH = 1e16)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the offending parameter.</summary>
    public StructureNumerics Validated()
    {
        SettingsChecks.InRange(PointsPerDecade, 20, 100000, nameof(PointsPerDecade));
        SettingsChecks.InRange(SubhaloNodes, 20, 1000000, nameof(SubhaloNodes));
        SettingsChecks.InRange(HaloMassPointsPerDecade, 5, 100000, nameof(HaloMassPointsPerDecade));
        SettingsChecks.InRange(MaximumHaloMassMsunH, 1e12, 1e20, nameof(MaximumHaloMassMsunH));
        return this;
    }

    /// <summary>Every knob doubled: for convergence tests.</summary>
    public StructureNumerics Doubled() => this with
    {
        PointsPerDecade = 2 * PointsPerDecade,
        SubhaloNodes = 2 * SubhaloNodes,
        HaloMassPointsPerDecade = 2 * HaloMassPointsPerDecade,
    };
}
