using System.Globalization;
using Freestream.Numerics;
using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>
/// Momentum- and temperature-dependent opacity Γ_α(p, T)/(G_F² p T⁴) from a published tabulation of
/// Γ/(G_F² T⁵) against p/T and T, interpolated as a not-a-knot bicubic spline of ln y in (ln p/T, ln T) with the
/// table columns inside a QCD window dropped (the interpolation then bridges the crossover).
/// </summary>
/// <remarks>
/// <para>Default table: the ν_μ opacities of Venumadhav, Cyr-Racine, Abazajian &amp; Hirata 2016 (arXiv:1507.06655,
/// §IV: tree-level 2 → 2 processes with leptons, with free quarks above the crossover and the leading mesons below it),
/// as distributed with their production code (file <c>rate_total_mu.dat</c>, embedded here unchanged; provenance in
/// Production/Data/README.md): 101 values of p/T from 1e-4 to 20 (log-spaced) × 45 temperatures from 10 MeV to 10 GeV,
/// hadronic channels up to 150 MeV, quark channels from 250 MeV. Final-state Fermi–Dirac statistics is part of their
/// phase-space integrals: at 10 MeV, p/T = 3.2 the table gives y = 0.76 where the unblocked sum of the same channels
/// (<see cref="StandardModelActiveNeutrinoOpacity"/>) gives 0.917; Pauli blocking is therefore not applied again.</para>
/// <para>Interpolation: y = table/(p/T); ln y is interpolated with <see cref="NotAKnotSpline"/> first along ln T (per p/T
/// row, over the kept columns) and then along ln(p/T): the same tensor-product interpolating spline as the 2-D FITPACK
/// fit (s = 0) of the public code. Columns with T_low &lt; T &lt; T_high are dropped (default 178 MeV and 1 GeV, the
/// public code's defaults: neither the meson nor the free-quark description holds there). The spline is resampled once
/// on a 480 × 240 grid in (ln T, ln p/T) and read bilinearly from it (resampling error &lt; 1e-3 in y). Outside the table
/// the nearest edge value is used: below 10 MeV only e± and neutrinos scatter and y is flat (0.76 at 10 MeV), above
/// 10 GeV it changes by ~1 % per GeV; above p/T = 20 y is flat in p/T (Γ ∝ p).</para>
/// <para>Flavours: only ν_μ is tabulated. For ν_e and ν_τ the ν_μ table is multiplied by the ratio of the tree-level
/// channel sums y_α/y_μ(T) (<see cref="StandardModelActiveNeutrinoOpacity"/>), which carries the flavour dependence
/// of the charged-current channels (e± for ν_e, no τ± below ~1 GeV for ν_τ) and leaves the hadronic and p/T
/// dependence of the table. Ghiglieri &amp; Laine 2015 (arXiv:1506.06752) tabulate all three flavours; their numbers
/// are not part of this toolkit.</para>
/// </remarks>
public sealed class TabulatedActiveNeutrinoOpacity : IActiveNeutrinoOpacity
{
    /// <summary>Lower edge of the default dropped window, GeV (Venumadhav et al. 2016 code default "qcdtemp").</summary>
    public const double DefaultWindowLowGeV = 0.178;

    /// <summary>Upper edge of the default dropped window, GeV (Venumadhav et al. 2016 code default "Tc").</summary>
    public const double DefaultWindowHighGeV = 1.0;

    private const string ResourceName = "Freestream.Production.Data.venumadhav2016_rate_total_mu.dat";
    private const int TemperaturePoints = 480;
    private const int MomentumPoints = 240;

    private static readonly Lazy<TabulatedActiveNeutrinoOpacity> SharedMuon = new(() => FromEmbeddedTable(DefaultWindowLowGeV, DefaultWindowHighGeV));

    private static readonly Lazy<IActiveNeutrinoOpacity>[] SharedFlavours =
    [
        new(() => new FlavourScaledOpacity(SharedMuon.Value, ActiveNeutrinoFlavour.Electron)),
        new(() => SharedMuon.Value),
        new(() => new FlavourScaledOpacity(SharedMuon.Value, ActiveNeutrinoFlavour.Tau)),
    ];

    private readonly double lnTMin;
    private readonly double lnTStep;
    private readonly double lnXMin;
    private readonly double lnXStep;
    private readonly double[,] logCoefficient;

    /// <summary>
    /// Builds the interpolant from a table of Γ/(G_F² T⁵): <paramref name="momentumOverTemperature"/> (rows, increasing,
    /// &gt; 0), <paramref name="temperaturesGeV"/> (columns, increasing) and <paramref name="rateOverT5"/>[row, column]
    /// (&gt; 0), dropping the columns strictly between <paramref name="windowLowGeV"/> and <paramref name="windowHighGeV"/>.
    /// </summary>
    public TabulatedActiveNeutrinoOpacity(IReadOnlyList<double> momentumOverTemperature, IReadOnlyList<double> temperaturesGeV, double[,] rateOverT5, double windowLowGeV, double windowHighGeV)
    {
        ArgumentNullException.ThrowIfNull(momentumOverTemperature);
        ArgumentNullException.ThrowIfNull(temperaturesGeV);
        ArgumentNullException.ThrowIfNull(rateOverT5);
        if (!(windowHighGeV >= windowLowGeV))
        {
            throw new ArgumentOutOfRangeException(nameof(windowHighGeV), windowHighGeV, "the upper edge of the dropped window must not be below its lower edge");
        }

        int rows = momentumOverTemperature.Count;
        var kept = Enumerable.Range(0, temperaturesGeV.Count).Where(j => temperaturesGeV[j] <= windowLowGeV || temperaturesGeV[j] >= windowHighGeV).ToArray();
        if (rateOverT5.GetLength(0) != rows || rateOverT5.GetLength(1) != temperaturesGeV.Count)
        {
            throw new ArgumentException("the rate table must have one row per p/T and one column per temperature", nameof(rateOverT5));
        }

        WindowLowGeV = windowLowGeV;
        WindowHighGeV = windowHighGeV;
        var lnX = momentumOverTemperature.Select(x => Math.Log(x)).ToArray();
        var alongT = new NotAKnotSpline([.. kept.Select(j => Math.Log(temperaturesGeV[j]))]);
        var alongX = new NotAKnotSpline(lnX);

        lnTMin = Math.Log(temperaturesGeV[0]);
        lnTStep = (Math.Log(temperaturesGeV[^1]) - lnTMin) / (TemperaturePoints - 1);
        lnXMin = lnX[0];
        lnXStep = (lnX[^1] - lnXMin) / (MomentumPoints - 1);

        var rowSplines = new MathNet.Numerics.Interpolation.IInterpolation[rows];
        for (int i = 0; i < rows; i++)
        {
            var values = new double[kept.Length];
            for (int k = 0; k < kept.Length; k++)
            {
                double rate = rateOverT5[i, kept[k]];
                if (!(rate > 0) || !double.IsFinite(rate))
                {
                    throw new ArgumentException($"rate table entry ({i}, {kept[k]}) must be a finite number > 0, got {rate}", nameof(rateOverT5));
                }

                values[k] = Math.Log(rate / momentumOverTemperature[i]);
            }

            rowSplines[i] = alongT.Interpolate(values);
        }

        logCoefficient = new double[TemperaturePoints, MomentumPoints];
        var column = new double[rows];
        for (int a = 0; a < TemperaturePoints; a++)
        {
            double lnT = lnTMin + (a * lnTStep);
            for (int i = 0; i < rows; i++)
            {
                column[i] = rowSplines[i].Interpolate(lnT);
            }

            var spline = alongX.Interpolate(column);
            for (int b = 0; b < MomentumPoints; b++)
            {
                logCoefficient[a, b] = spline.Interpolate(lnXMin + (b * lnXStep));
            }
        }
    }

    /// <summary>Lower edge of the dropped temperature window, GeV.</summary>
    public double WindowLowGeV { get; }

    /// <summary>Upper edge of the dropped temperature window, GeV.</summary>
    public double WindowHighGeV { get; }

    /// <summary>
    /// The default tabulated opacity of flavour α (Venumadhav et al. 2016 ν_μ table, window 178 MeV–1 GeV; e and τ
    /// scaled by the tree-level flavour ratio).
    /// </summary>
    public static IActiveNeutrinoOpacity For(ActiveNeutrinoFlavour flavour) => SharedFlavours[(int)flavour].Value;

    /// <summary>The embedded ν_μ table with a chosen dropped window (GeV).</summary>
    public static TabulatedActiveNeutrinoOpacity FromEmbeddedTable(double windowLowGeV, double windowHighGeV)
    {
        using var stream = typeof(TabulatedActiveNeutrinoOpacity).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader, windowLowGeV, windowHighGeV);
    }

    /// <summary>
    /// Reads a table in the format of the Venumadhav et al. code: a comment line, a line
    /// "# p/T, T(MeV)-&gt; T_1 … T_n" and rows "p/T  Γ/(G_F² T⁵)(T_1) … Γ/(G_F² T⁵)(T_n)".
    /// </summary>
    public static TabulatedActiveNeutrinoOpacity Parse(TextReader reader, double windowLowGeV, double windowHighGeV)
    {
        ArgumentNullException.ThrowIfNull(reader);
        double[]? temperaturesGeV = null;
        var x = new List<double>();
        var rows = new List<double[]>();
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.StartsWith('#'))
            {
                int arrow = trimmed.IndexOf("->", StringComparison.Ordinal);
                if (arrow >= 0)
                {
                    temperaturesGeV = [.. Numbers(trimmed[(arrow + 2)..]).Select(t => t * PhysicalConstants.MeVInGeV)];
                }

                continue;
            }

            var numbers = Numbers(trimmed);
            x.Add(numbers[0]);
            rows.Add(numbers[1..]);
        }

        if (temperaturesGeV is null || rows.Count < 4 || rows.Any(r => r.Length != temperaturesGeV.Length))
        {
            throw new FormatException("rate table: expected a '# p/T, T(MeV)-> ...' header and at least 4 rows with one value per temperature");
        }

        var table = new double[rows.Count, temperaturesGeV.Length];
        for (int i = 0; i < rows.Count; i++)
        {
            for (int j = 0; j < temperaturesGeV.Length; j++)
            {
                table[i, j] = rows[i][j];
            }
        }

        return new TabulatedActiveNeutrinoOpacity(x, temperaturesGeV, table, windowLowGeV, windowHighGeV);
    }

    /// <inheritdoc />
    public double Coefficient(double temperatureGeV, double momentumOverTemperature)
    {
        double u = Math.Clamp((Math.Log(temperatureGeV) - lnTMin) / lnTStep, 0, TemperaturePoints - 1);
        double v = Math.Clamp((Math.Log(momentumOverTemperature) - lnXMin) / lnXStep, 0, MomentumPoints - 1);
        int a = Math.Min((int)u, TemperaturePoints - 2);
        int b = Math.Min((int)v, MomentumPoints - 2);
        double su = u - a, sv = v - b;
        double low = logCoefficient[a, b] + (sv * (logCoefficient[a, b + 1] - logCoefficient[a, b]));
        double high = logCoefficient[a + 1, b] + (sv * (logCoefficient[a + 1, b + 1] - logCoefficient[a + 1, b]));
        return Math.Exp(low + (su * (high - low)));
    }

    private static double[] Numbers(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture))];

    /// <summary>The ν_μ table times the tree-level ratio y_α/y_μ(T) (see the remarks of the class).</summary>
    private sealed class FlavourScaledOpacity(IActiveNeutrinoOpacity muon, ActiveNeutrinoFlavour flavour) : IActiveNeutrinoOpacity
    {
        private readonly StandardModelActiveNeutrinoOpacity target = StandardModelActiveNeutrinoOpacity.For(flavour);
        private readonly StandardModelActiveNeutrinoOpacity reference = StandardModelActiveNeutrinoOpacity.For(ActiveNeutrinoFlavour.Muon);

        public double Coefficient(double temperatureGeV, double momentumOverTemperature) =>
            muon.Coefficient(temperatureGeV, momentumOverTemperature) * target.Coefficient(temperatureGeV, 3) / reference.Coefficient(temperatureGeV, 3);
    }
}
