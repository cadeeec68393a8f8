using System.Globalization;

namespace Freestream.Scans;

/// <summary>Quantity traced by the contour lines of a scan's maps.</summary>
public enum ScanContourQuantity
{
    /// <summary>Sterile mass m_N (keV) that gives the target Ω h²: iso-mass lines of a coupling plane.</summary>
    SterileMass,

    /// <summary>Initial lepton asymmetry L₆ = 10⁶ L/s that gives the target Ω h² (Shi–Fuller planes).</summary>
    LeptonAsymmetryL6,
}

/// <summary>Allowed values of one axis of a scan model: Minimum &lt; value ≤ Maximum.</summary>
/// <param name="Minimum">Exclusive lower end.</param>
/// <param name="Maximum">Inclusive upper end.</param>
/// <param name="Unit">Unit for messages ("" for dimensionless).</param>
public sealed record ScanAxisBounds(double Minimum, double Maximum, string Unit)
{
    /// <summary>The allowed range in words, e.g. "(0.1, 100] keV" (all significant digits of the ends).</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"({Minimum:R}, {Maximum:R}]{(Unit.Length > 0 ? " " + Unit : string.Empty)}");

    /// <summary>The first value outside the bounds, or null.</summary>
    public double? FirstOutside(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (double v in values)
        {
            if (!(v > Minimum && v <= Maximum))
            {
                return v;
            }
        }

        return null;
    }
}

/// <summary>A fixed (not scanned) number of a scan model, with its allowed range.</summary>
/// <param name="Key">Name in the specification, scan files and points.csv, unit in the name (e.g. "scalar_mass_gev").</param>
/// <param name="Label">Symbol used in titles, e.g. "m_S".</param>
/// <param name="Unit">Unit printed after the value in titles ("" for dimensionless).</param>
/// <param name="Minimum">Smallest allowed value.</param>
/// <param name="Maximum">Largest allowed value.</param>
/// <param name="JsonKey">Name in the JSON summaries of <c>scan</c> and <c>run</c> (camel case, e.g. "scalarMassGeV").</param>
public sealed record ScanParameter(string Key, string Label, string Unit, double Minimum, double Maximum, string JsonKey);

/// <summary>
/// A production model a scan can run, seen from the scan plane: the names and labels of its two
/// axes, its fixed parameters, the contour quantity of its maps and the ⟨q⟩ bins that colour them.
/// Everything model-specific in the scan store, points.csv, maps and report comes from here.
/// </summary>
/// <param name="Name">Model name ("scalar-decay", "shi-fuller").</param>
/// <param name="DisplayName">Name in titles ("scalar decay", "Shi–Fuller (ν_μ asymmetry)").</param>
/// <param name="XKey">Column name of the horizontal axis (unit in the name).</param>
/// <param name="XLabel">Axis title of the horizontal axis.</param>
/// <param name="YKey">Column name of the vertical axis.</param>
/// <param name="YLabel">Axis title of the vertical axis.</param>
/// <param name="XBounds">Allowed values on the horizontal axis.</param>
/// <param name="YBounds">Allowed values on the vertical axis.</param>
/// <param name="Parameters">Fixed parameters.</param>
/// <param name="Contour">Quantity of the contour lines.</param>
/// <param name="MeanQEdges">Bin edges of ⟨q⟩ for the cell colours of the ⟨q⟩ map (four edges, five bins).</param>
public sealed record ScanModel(
    string Name,
    string DisplayName,
    string XKey,
    string XLabel,
    string YKey,
    string YLabel,
    ScanAxisBounds XBounds,
    ScanAxisBounds YBounds,
    IReadOnlyList<ScanParameter> Parameters,
    ScanContourQuantity Contour,
    IReadOnlyList<double> MeanQEdges)
{
    /// <summary>
    /// Scalar decay S → NN (docs/physics/scalar_decay.md): the (λ, y) plane at fixed m_S; each point's m_N is the
    /// mass that gives the target Ω h², drawn as iso-mass lines (König, Merle &amp; Totzauer 2016).
    /// </summary>
    public static ScanModel ScalarDecay { get; } = new(
        "scalar-decay", "scalar decay", "lambda", "Higgs-portal coupling λ", "yukawa", "Yukawa coupling y",
        new ScanAxisBounds(0, 4 * Math.PI, string.Empty),
        new ScanAxisBounds(0, 4 * Math.PI, string.Empty),
        [new ScanParameter("scalar_mass_gev", "m_S", "GeV", 1, 1e5, "scalarMassGeV")],
        ScanContourQuantity.SterileMass,
        [2, 3, 5, 10]);

    /// <summary>
    /// Shi–Fuller resonant production (docs/physics/dodelson_widrow_xray.md §3) on the (m_s, sin²2θ) plane at fixed
    /// Ω h², ν_μ asymmetry, L solved per point, as in Schneider 2016 (arXiv:1601.07553) and Cherry &amp;
    /// Horiuchi 2017 (arXiv:1701.07874); contours of the required L₆. ⟨q⟩ bins resolve the cold
    /// resonant spectra (⟨q⟩ ≈ 1–2) against the Dodelson–Widrow value (≈ 2.5–2.8).
    /// </summary>
    public static ScanModel ShiFuller { get; } = new(
        "shi-fuller", "Shi–Fuller (ν_μ asymmetry)", "sterile_mass_kev", "sterile-neutrino mass m_s (keV)", "sin2_2theta", "mixing sin²2θ (ν_μ)",
        new ScanAxisBounds(0.1, 100, "keV"),
        new ScanAxisBounds(0, 1e-6, string.Empty),
        [],
        ScanContourQuantity.LeptonAsymmetryL6,
        [1.25, 1.5, 2, 2.5]);

    /// <summary>Every model a scan can run.</summary>
    public static IReadOnlyList<ScanModel> All { get; } = [ScalarDecay, ShiFuller];

    /// <summary>The model named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static ScanModel Named(string name) =>
        All.FirstOrDefault(m => m.Name == name)
        ?? throw new ArgumentException($"model: unknown production model '{name}'; known: {string.Join(", ", All.Select(m => m.Name))}", nameof(name));

    /// <summary>Short title of a plane, e.g. "m_S = 100 GeV" or "Shi–Fuller (ν_μ asymmetry), Ω h² = 0.12".</summary>
    public string Title(IReadOnlyDictionary<string, double> parameters, double omegaH2)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (Parameters.Count == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{DisplayName}, Ω h² = {omegaH2:G3}");
        }

        return string.Join(", ", Parameters.Select(p => string.Create(
            CultureInfo.InvariantCulture, $"{p.Label} = {parameters[p.Key]:G4}{(p.Unit.Length > 0 ? " " + p.Unit : string.Empty)}")));
    }
}
