namespace Freestream.Structure;

/// <summary>
/// Every threshold and precision knob of the structure verdicts, with documented literature defaults
/// (docs/physics/structure.md; README "Structure verdicts"). Nothing inside the formulas is hard-coded.
/// </summary>
/// <param name="FreeStreaming">Free-streaming length and its labels.</param>
/// <param name="HalfMode">Half-mode convention and reference masses.</param>
/// <param name="LymanAlpha">Area criterion window and reference masses.</param>
/// <param name="Subhalos">Milky-Way subhalo count.</param>
/// <param name="HighRedshift">z = 6 galaxy counts.</param>
/// <param name="TransferFit">(α, β, γ) fit window.</param>
/// <param name="Numerics">Precision knobs.</param>
public sealed record StructureSettings(
    FreeStreamingSettings FreeStreaming,
    HalfModeSettings HalfMode,
    LymanAlphaSettings LymanAlpha,
    SubhaloSettings Subhalos,
    HighRedshiftSettings HighRedshift,
    TransferFitSettings TransferFit,
    StructureNumerics Numerics)
{
    /// <summary>The documented defaults.</summary>
    public static StructureSettings Default { get; } = new(new(), new(), new(), new(), new(), new(), new());

    /// <summary>Every thermal-relic mass (keV) whose spectrum the verdicts need, ascending, without duplicates.</summary>
    public IReadOnlyList<double> ReferenceMassesKeV
    {
        get
        {
            var masses = new SortedSet<double>
            {
                HalfMode.StrictReferenceMassKeV,
                HalfMode.ConservativeReferenceMassKeV,
                LymanAlpha.StrictReferenceMassKeV,
                LymanAlpha.ConservativeReferenceMassKeV,
            };
            if (HighRedshift.ObservedDensitiesMpc3 is null)
            {
                masses.UnionWith(HighRedshift.ReferenceMasses);
            }

            return [.. masses];
        }
    }

    /// <summary>Validates every part; throws <see cref="ArgumentOutOfRangeException"/> naming the parameter.</summary>
    public StructureSettings Validated()
    {
        FreeStreaming.Validated();
        HalfMode.Validated();
        LymanAlpha.Validated();
        Subhalos.Validated();
        HighRedshift.Validated();
        TransferFit.Validated();
        Numerics.Validated();
        return this;
    }
}
