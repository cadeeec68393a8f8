using Freestream.Cosmology;
using Freestream.Thermal;

namespace Freestream.Structure;

/// <summary>Every structure quantity of one spectrum, before any comparison with references.</summary>
/// <param name="HalfMode">Half-mode wavenumbers, length and mass.</param>
/// <param name="LymanAlpha">δA and the P_1D ratio curve.</param>
/// <param name="Subhalos">Milky-Way subhalo count and N(&gt;M).</param>
/// <param name="HighRedshift">φ̄ and N(&gt;M) at the comparison redshift.</param>
/// <param name="Fit">(α, β, γ) fit, null when skipped or when there is no suppression.</param>
public sealed record StructureMeasurements(
    HalfModeResult HalfMode,
    LymanAlphaResult LymanAlpha,
    SubhaloResult Subhalos,
    HighRedshiftResult HighRedshift,
    TransferFitResult? Fit)
{
    /// <summary>
    /// Measures every criterion on one transfer function (any redshift: P is scaled with the ΛCDM growth
    /// factor D(a) of <see cref="LateTimeExpansion"/> to z = 0 for the subhaloes and to the high-z redshift
    /// for the halo counts).
    /// </summary>
    /// <param name="transfer">The spectra.</param>
    /// <param name="cosmology">Their cosmology.</param>
    /// <param name="settings">Thresholds and numerics.</param>
    /// <param name="fit">Whether to fit (α, β, γ).</param>
    /// <param name="background">The background of <paramref name="cosmology"/> if already built (it is reused for speed).</param>
    public static StructureMeasurements Measure(TransferFunction transfer, CosmologyParameters cosmology, StructureSettings settings, bool fit = true, LateTimeExpansion? background = null)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        ArgumentNullException.ThrowIfNull(cosmology);
        ArgumentNullException.ThrowIfNull(settings);
        var shape = new TransferShape(transfer);
        var grid = PowerSpectrumGrid.Create(transfer, settings.Numerics.PointsPerDecade);
        var halfMode = HalfModeScale.Compute(shape, cosmology, settings.HalfMode.Convention);
        var lymanAlpha = LymanAlphaArea.Compute(grid, settings.LymanAlpha);
        background ??= new LateTimeExpansion(cosmology);
        double growthAtInput = background.GrowthFactorAtRedshift(transfer.Redshift);
        double toZero = 1 / growthAtInput;
        var subhalos = SubhaloCount.Compute(grid, toZero, cosmology, settings.Subhalos, settings.Numerics.SubhaloNodes);
        double toTarget = background.GrowthFactorAtRedshift(settings.HighRedshift.Redshift) / growthAtInput;
        var highRedshift = HighRedshiftGalaxyCount.Compute(grid, toTarget, cosmology, settings.HighRedshift, settings.Numerics);
        var transferFit = fit ? TransferFit.Fit(shape, settings.TransferFit) : null;
        return new StructureMeasurements(halfMode, lymanAlpha, subhalos, highRedshift, transferFit);
    }
}
