namespace Freestream.Structure;

/// <summary>
/// How a model is put against a published bound (docs/constraints.md): through the thermal relic at the
/// bound, run through the same pipeline as the model (like for like), or directly by a count or ΔN_eff.
/// </summary>
public enum ConstraintMapping
{
    /// <summary>k_1/2 of the model ≥ k_1/2 of the thermal relic at the bound (König, Merle &amp; Totzauer 2016, arXiv:1609.01289).</summary>
    HalfModeK,

    /// <summary>δA of the model ≤ δA of the thermal relic at the bound (Murgia et al. 2017, arXiv:1704.07838).</summary>
    DeltaA,

    /// <summary>Sharp-k subhalo count N_sub ≥ the observed count (Schneider 2016, arXiv:1601.07553).</summary>
    SatelliteCount,

    /// <summary>z = 6 halo density φ̄ ≥ φ̄ of the thermal relic at the bound (Menci et al. 2016, arXiv:1606.02530).</summary>
    HighRedshiftDensity,

    /// <summary>ΔN_eff of the sterile neutrinos ≤ the bound.</summary>
    DeltaNeff,
}

/// <summary>The JSON names of <see cref="ConstraintMapping"/>.</summary>
public static class ConstraintMappings
{
    /// <summary>Every JSON name with its mapping.</summary>
    public static IReadOnlyDictionary<string, ConstraintMapping> ByName { get; } = new Dictionary<string, ConstraintMapping>(StringComparer.Ordinal)
    {
        ["halfModeK"] = ConstraintMapping.HalfModeK,
        ["deltaA"] = ConstraintMapping.DeltaA,
        ["satelliteCount"] = ConstraintMapping.SatelliteCount,
        ["highRedshiftDensity"] = ConstraintMapping.HighRedshiftDensity,
        ["deltaNeff"] = ConstraintMapping.DeltaNeff,
    };

    /// <summary>Whether the thresholds are thermal-relic masses in keV (judged through the relic's own measurement).</summary>
    public static bool UsesThermalMass(ConstraintMapping mapping) =>
        mapping is ConstraintMapping.HalfModeK or ConstraintMapping.DeltaA or ConstraintMapping.HighRedshiftDensity;

    /// <summary>The JSON name of a mapping.</summary>
    public static string Name(ConstraintMapping mapping) => ByName.First(p => p.Value == mapping).Key;
}
