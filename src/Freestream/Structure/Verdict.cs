namespace Freestream.Structure;

/// <summary>
/// The three-way outcome of a structure-formation criterion (König, Merle &amp; Totzauer 2016,
/// arXiv:1609.01289, §4: allowed / marginally allowed / excluded).
/// </summary>
public enum VerdictLevel
{
    /// <summary>Compatible with the stricter reference.</summary>
    Allowed,

    /// <summary>Between the conservative and the strict reference.</summary>
    Marginal,

    /// <summary>Fails even the conservative reference.</summary>
    Excluded,
}

/// <summary>One reference value a verdict was judged against, echoed so that every verdict is auditable.</summary>
/// <param name="Name">What the value is, e.g. "k_1/2(3.3 keV thermal)".</param>
/// <param name="Value">The value itself.</param>
/// <param name="Unit">Its unit ("h/Mpc", "Mpc^-3", "" for dimensionless).</param>
/// <param name="Source">How it was obtained (e.g. "thermal relic through the same pipeline: CLASS table").</param>
public sealed record ReferenceValue(string Name, double Value, string Unit, string Source);

/// <summary>
/// The verdict of one criterion for one model: the model's value, the rule applied and every reference
/// value used.
/// </summary>
/// <param name="Criterion">Criterion key ("freeStreaming", "halfMode", "lymanAlpha", "satellites", "highRedshift").</param>
/// <param name="Level">Allowed / marginal / excluded.</param>
/// <param name="Value">The model's value of the judged quantity (NaN when it does not exist, e.g. no half-mode for CDM).</param>
/// <param name="Unit">Unit of <paramref name="Value"/>.</param>
/// <param name="Rule">The decision rule in words, with the inequality used.</param>
/// <param name="References">The reference values the rule compared against.</param>
public sealed record Verdict(
    string Criterion,
    VerdictLevel Level,
    double Value,
    string Unit,
    string Rule,
    IReadOnlyList<ReferenceValue> References)
{
    /// <summary>Lower-case word for tables and JSON: "allowed", "marginal" or "excluded".</summary>
    public string LevelName => Level switch
    {
        VerdictLevel.Allowed => "allowed",
        VerdictLevel.Marginal => "marginal",
        _ => "excluded",
    };

    /// <summary>
    /// Three-way rule for a quantity where larger is better (k_1/2, N_sub, φ̄): allowed if
    /// value ≥ strict, marginal if conservative ≤ value &lt; strict, excluded otherwise.
    /// </summary>
    public static VerdictLevel LargerIsBetter(double value, double strict, double conservative) =>
        value >= strict ? VerdictLevel.Allowed
        : value >= conservative ? VerdictLevel.Marginal
        : VerdictLevel.Excluded;

    /// <summary>
    /// Three-way rule for a quantity where smaller is better (δA, λ_FS): allowed if value ≤ strict,
    /// marginal if strict &lt; value ≤ conservative, excluded otherwise.
    /// </summary>
    public static VerdictLevel SmallerIsBetter(double value, double strict, double conservative) =>
        value <= strict ? VerdictLevel.Allowed
        : value <= conservative ? VerdictLevel.Marginal
        : VerdictLevel.Excluded;
}
