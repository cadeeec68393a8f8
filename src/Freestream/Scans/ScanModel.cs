using System.Globalization;
using Freestream.Numerics;
using Freestream.Production;

namespace Freestream.Scans;

/// <summary>Quantity traced by the contour lines of a scan's maps.</summary>
public enum ScanContourQuantity
{
    /// <summary>Sterile mass m_N (keV) that gives the target Ω h²: iso-mass lines of a coupling plane.</summary>
    SterileMass,

    /// <summary>Initial lepton asymmetry L₆ = 10⁶ L/s that gives the target Ω h² (Shi–Fuller planes).</summary>
    LeptonAsymmetryL6,
}

/// <summary>
/// A production model a scan can run, seen from the scan plane: the names and labels of its two
/// axes, its fixed parameters, the contour quantity of its maps and the ⟨q⟩ bins that colour them.
/// Everything model-specific in the scan store, points.csv, maps and report comes from here.
/// </summary>
/// <param name="Name">Model name ("scalar-decay", "shi-fuller").</param>
/// <param name="DisplayName">Name in titles ("scalar decay", "Shi–Fuller (ν_μ asymmetry)").</param>
/// <param name="XAxis">Quantity on the horizontal axis (its key names the TOML key, the CSV column and the binding).</param>
/// <param name="YAxis">Quantity on the vertical axis.</param>
/// <param name="Parameters">Fixed parameters.</param>
/// <param name="OptionalParameters">Fixed parameters a plane may give or leave out (e.g. the active–sterile mixing of a scalar-decay plane).</param>
/// <param name="Contour">Quantity of the contour lines.</param>
/// <param name="MeanQEdges">Bin edges of ⟨q⟩ for the cell colours of the ⟨q⟩ map (four edges, five bins).</param>
public sealed record ScanModel(
    string Name,
    string DisplayName,
    Quantity XAxis,
    Quantity YAxis,
    IReadOnlyList<Quantity> Parameters,
    IReadOnlyList<Quantity> OptionalParameters,
    ScanContourQuantity Contour,
    IReadOnlyList<double> MeanQEdges)
{
    /// <summary>
    /// Scalar decay S → NN (docs/physics/scalar_decay.md): the (λ, y) plane at fixed m_S; each point's m_N is the
    /// mass that gives the target Ω h², drawn as iso-mass lines (König, Merle &amp; Totzauer 2016). An optional
    /// active–sterile mixing sin²2θ gives N the radiative decay N → νγ, judged against the X-ray line limits at each
    /// point's m_N; without it τ_γ = ∞ and no X-ray verdict is recorded.
    /// </summary>
    public static ScanModel ScalarDecay { get; } = new(
        "scalar-decay",
        "scalar decay",
        ProductionQuantities.Lambda,
        ProductionQuantities.Yukawa,
        [ProductionQuantities.ScalarMassGeV],
        [ProductionQuantities.Sin2TwoTheta],
        ScanContourQuantity.SterileMass,
        [2, 3, 5, 10]);

    /// <summary>
    /// Shi–Fuller resonant production (docs/physics/dodelson_widrow_xray.md §3) on the (m_s, sin²2θ) plane at fixed
    /// Ω h², ν_μ asymmetry, L solved per point, as in Schneider 2016 (arXiv:1601.07553) and Cherry &amp;
    /// Horiuchi 2017 (arXiv:1701.07874); contours of the required L₆. ⟨q⟩ bins resolve the cold
    /// resonant spectra (⟨q⟩ ≈ 1–2) against the Dodelson–Widrow value (≈ 2.5–2.8).
    /// </summary>
    public static ScanModel ShiFuller { get; } = new(
        "shi-fuller",
        "Shi–Fuller (ν_μ asymmetry)",
        ProductionQuantities.ShiFullerSterileMassKeV,
        ProductionQuantities.Sin2TwoTheta.Within(QuantityRange.OpenBelow(0, ShiFullerMaxSin2TwoTheta)),
        [],
        [],
        ScanContourQuantity.LeptonAsymmetryL6,
        [1.25, 1.5, 2, 2.5]);

    /// <summary>
    /// Largest mixing on a Shi–Fuller plane, the range its scans are run and tested over (X-ray limits exclude
    /// mixings far below it across the plane's masses).
    /// </summary>
    public const double ShiFullerMaxSin2TwoTheta = 1e-6;

    /// <summary>Key of the horizontal axis (TOML key, CSV column, binding key).</summary>
    public string XKey => XAxis.Key;

    /// <summary>Key of the vertical axis.</summary>
    public string YKey => YAxis.Key;

    /// <summary>Title of the horizontal axis.</summary>
    public string XLabel => XAxis.Title;

    /// <summary>Title of the vertical axis.</summary>
    public string YLabel => YAxis.Title;

    /// <summary>Every model a scan can run.</summary>
    public static IReadOnlyList<ScanModel> All { get; } = [ScalarDecay, ShiFuller];

    /// <summary>The model named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static ScanModel Named(string name) =>
        All.FirstOrDefault(m => m.Name == name)
        ?? throw new ArgumentException($"model: unknown production model '{name}'; known: {string.Join(", ", All.Select(m => m.Name))}", nameof(name));

    /// <summary>Returns <paramref name="specification"/> when it is a scan of this model.</summary>
    /// <exception cref="ArgumentException">A scan of another model.</exception>
    public ScanSpecification Require(ScanSpecification specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return specification.Model == Name
            ? specification
            : throw new ArgumentException($"model: expected {Name}, got '{specification.Model}'", nameof(specification));
    }

    /// <summary>The fixed parameters with a value in <paramref name="parameters"/>: every required one, then the optional ones given.</summary>
    public IReadOnlyList<Quantity> ParametersGiven(IReadOnlyDictionary<string, double> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return [.. Parameters, .. OptionalParameters.Where(p => parameters.ContainsKey(p.Key))];
    }

    /// <summary>Short title of a plane, e.g. "m_S = 100 GeV", "m_S = 100 GeV, sin²2θ = 1e-12" or "Shi–Fuller (ν_μ asymmetry), Ω h² = 0.12".</summary>
    public string Title(IReadOnlyDictionary<string, double> parameters, double omegaH2)
    {
        var given = ParametersGiven(parameters);
        if (given.Count == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{DisplayName}, Ω h² = {omegaH2:G3}");
        }

        return string.Join(", ", given.Select(p => string.Create(
            CultureInfo.InvariantCulture, $"{p.Symbol} = {parameters[p.Key]:G4}{(p.Unit.Length > 0 ? " " + p.Unit : string.Empty)}")));
    }
}
