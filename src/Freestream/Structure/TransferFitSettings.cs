namespace Freestream.Structure;

/// <summary>
/// Settings of the Murgia et al. 2017 (arXiv:1704.07838, eq. 2.1) fit T(k) = [1 + (αk)^β]^γ.
/// </summary>
/// <param name="LowestTransfer">The fit window ends where T first drops below this (default 0.1).</param>
/// <param name="WindowStartFraction">The window starts at this fraction of k_1/2 (T = 1/2) (default 0.1).</param>
/// <param name="Points">Log-spaced points in the window, uniform weights in T (default 48).</param>
public sealed record TransferFitSettings(
    double LowestTransfer = 0.1,
    double WindowStartFraction = 0.1,
    int Points = 48)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the offending parameter.</summary>
    public TransferFitSettings Validated()
    {
        SettingsChecks.InRange(LowestTransfer, 1e-3, 0.45, nameof(LowestTransfer));
        SettingsChecks.InRange(WindowStartFraction, 1e-3, 0.9, nameof(WindowStartFraction));
        SettingsChecks.InRange(Points, 8, 10000, nameof(Points));
        return this;
    }
}
