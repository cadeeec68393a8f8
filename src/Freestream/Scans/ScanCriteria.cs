namespace Freestream.Scans;

/// <summary>
/// The structure-formation criteria a scan records, with the keys of Freestream.Structure's verdicts
/// and the labels used in plots and tables.
/// </summary>
public static class ScanCriteria
{
    /// <summary>
    /// Criterion keys in display order (xRay is judged only for models with active–sterile mixing; lensing and combinedBounds
    /// only with a constraint set that has them, e.g. <c>current</c>; darkRadiation where ΔN_eff is known).
    /// </summary>
    public static IReadOnlyList<string> All { get; } = ["halfMode", "freeStreaming", "lymanAlpha", "satellites", "lensing", "combinedBounds", "highRedshift", "xRay", "darkRadiation"];

    /// <summary>Human-readable label of a criterion key.</summary>
    public static string Label(string criterion) => criterion switch
    {
        "halfMode" => "half-mode k₁/₂",
        "freeStreaming" => "free streaming λ_fs",
        "lymanAlpha" => "Lyman-α δA",
        "satellites" => "MW satellites",
        "lensing" => "strong lensing (half-mode)",
        "combinedBounds" => "combined bounds (half-mode)",
        "highRedshift" => "z = 6 galaxy counts",
        "xRay" => "X-ray line N → νγ",
        "darkRadiation" => "dark radiation ΔN_eff(BBN)",
        _ => criterion,
    };

    /// <summary>Column name of a criterion's verdict in the results store and in points.csv.</summary>
    public static string Column(string criterion) => criterion switch
    {
        "halfMode" => "verdict_half_mode",
        "freeStreaming" => "verdict_free_streaming",
        "lymanAlpha" => "verdict_lyman_alpha",
        "satellites" => "verdict_satellites",
        "lensing" => "verdict_lensing",
        "combinedBounds" => "verdict_combined_bounds",
        "highRedshift" => "verdict_high_redshift",
        "xRay" => "verdict_x_ray",
        "darkRadiation" => "verdict_dark_radiation",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, $"unknown criterion '{criterion}'"),
    };

    /// <summary>Lower-case word of a verdict: "allowed", "marginal", "excluded".</summary>
    public static string Name(ScanVerdict verdict) => verdict switch
    {
        ScanVerdict.Allowed => "allowed",
        ScanVerdict.Marginal => "marginal",
        _ => "excluded",
    };

    /// <summary>Inverse of <see cref="Name"/>; null for null or empty text.</summary>
    /// <exception cref="InvalidDataException">Any other word.</exception>
    public static ScanVerdict? Parse(string? text) => text switch
    {
        null or "" => null,
        "allowed" => ScanVerdict.Allowed,
        "marginal" => ScanVerdict.Marginal,
        "excluded" => ScanVerdict.Excluded,
        _ => throw new InvalidDataException($"unknown verdict '{text}'"),
    };
}
