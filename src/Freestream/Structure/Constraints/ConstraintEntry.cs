namespace Freestream.Structure;

/// <summary>
/// One published bound of a <see cref="ConstraintSet"/>, with everything needed to apply and to cite it.
/// </summary>
/// <param name="Criterion">Verdict key it feeds ("halfMode", "lymanAlpha", "satellites", "lensing", "combinedBounds", "highRedshift", "darkRadiation").</param>
/// <param name="Title">What the bound is, in a few words.</param>
/// <param name="Mapping">How a model is put against it.</param>
/// <param name="Strict">
/// Allowed at or beyond this: a thermal-relic mass in keV (allowed if the model does at least as well as that
/// relic), an observed satellite count (allowed if N_sub ≥ it) or a ΔN_eff (allowed if ΔN_eff ≤ it).
/// </param>
/// <param name="Conservative">Excluded beyond this (same unit); between the two the verdict is marginal. Equal to <paramref name="Strict"/> for a single published bound.</param>
/// <param name="Unit">"keV", "satellites" or "" (ΔN_eff).</param>
/// <param name="ThermalEquivalentKeV">Thermal-relic mass the bound is quoted as, when the paper quotes one.</param>
/// <param name="ConfidenceLevel">Confidence level as the paper gives it.</param>
/// <param name="Reference">Authors, year, journal.</param>
/// <param name="ArXiv">arXiv identifier of the paper the number is read from.</param>
/// <param name="Location">Where in the paper: abstract, table, figure or equation.</param>
/// <param name="Verified">Whether the number was read in the paper with the search tool (docs/constraints.md says what was checked).</param>
/// <param name="Checked">What was checked, or why it could not be.</param>
public sealed record ConstraintEntry(
    string Criterion,
    string Title,
    ConstraintMapping Mapping,
    double Strict,
    double Conservative,
    string Unit,
    double? ThermalEquivalentKeV,
    string ConfidenceLevel,
    string Reference,
    string ArXiv,
    string Location,
    bool Verified,
    string Checked)
{
    /// <summary>"Reference, arXiv:id, location (CL)" — the source every verdict echoes.</summary>
    public string Citation => $"{Reference}, arXiv:{ArXiv}, {Location} ({ConfidenceLevel}){(Verified ? string.Empty : " [not verified]")}";
}
