namespace Freestream.Structure;

/// <summary>
/// All structure results of one model side by side: the measurements, the free-streaming length
/// (when the momentum distribution was given), the thermal references used and one verdict per
/// criterion.
/// </summary>
/// <param name="Measurements">Half mode, δA, N_sub, φ̄, (α, β, γ).</param>
/// <param name="FreeStreaming">λ_FS and its label, or null when only a P(k) was given.</param>
/// <param name="Thresholds">The thermal reference values the verdicts used.</param>
/// <param name="Verdicts">Criterion key → verdict ("freeStreaming" only with a distribution).</param>
public sealed record StructureReport(
    StructureMeasurements Measurements,
    FreeStreamingResult? FreeStreaming,
    ThermalThresholds Thresholds,
    IReadOnlyDictionary<string, Verdict> Verdicts)
{
    /// <summary>The constraint set the verdicts used (<see cref="ConstraintSet.Label"/>), or "settings" for the thresholds of <see cref="StructureSettings"/>.</summary>
    public string ConstraintSetName { get; init; } = "settings";
}
