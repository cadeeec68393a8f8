using System.Reflection;

namespace Freestream.Cli.Commands;

/// <summary>
/// The curves of the two figures of <see cref="FigureCommand"/> that are not scan planes: thermal-relic T²(k) from the
/// solver against the CLASS v3.3.4 tables, and mock spectra of equal ⟨q⟩ with their T²(k). Default Boltzmann preset,
/// Planck 2018 cosmology (the cosmology of the CLASS tables), z = 0, each species all of the dark matter.
/// </summary>
internal static class FigureCurves
{
    /// <summary>Lower end of the fine k grid (h/Mpc): below it every T² is 1 to 1e-3.</summary>
    public const double FineGridMinKHMpc = 1;

    /// <summary>Upper end of the fine k grid (h/Mpc), the end of the solver's base grid.</summary>
    public const double FineGridMaxKHMpc = 300;

    /// <summary>A thermal relic's T² from the solver and from CLASS, with both half-mode scales k(T² = ½).</summary>
    public sealed record ThermalCurve(double MassKeV, double[] KHMpc, double[] TransferSquared, double[] ClassKHMpc, double[] ClassTransferSquared, double SolverHalfModeKHMpc, double ClassHalfModeKHMpc);

    /// <summary>A mock spectrum, its T²(k) and its half-mode scale.</summary>
    public sealed record MockSpectrum(string Name, MomentumDistribution Distribution, double MeanQ, TransferFunction Transfer, double HalfModeKHMpc);

    /// <summary>
    /// T²(k) of thermal relics of the given masses on a log grid of <paramref name="perDecade"/> points per decade from 1
    /// to 300 h/Mpc (fine enough that the oscillations of the cut-off below T² = 10⁻⁴ are drawn smoothly), with the
    /// CLASS reference T² (column 2 of wdm_m*keV_T2.dat, full ncdm hierarchy) where a table of that mass is shipped.
    /// </summary>
    public static IReadOnlyList<ThermalCurve> ThermalReferences(IReadOnlyList<double> massesKeV, int perDecade, IProgress<string> progress)
    {
        var cosmology = CosmologyParameters.Planck2018;
        var settings = BoltzmannSettings.Default;
        var calculator = new LinearPowerCalculator(cosmology, settings);
        var k = FineGrid(perDecade);
        var cdm = calculator.Solve(null, cosmology.OmegaDarkMatterH2, k, 0);
        progress.Report(string.Create(CultureInfo.InvariantCulture, $"CDM on {k.Length} k modes done"));
        var curves = new List<ThermalCurve>();
        foreach (double mass in massesKeV)
        {
            var species = NcdmSpecies.ThermalRelic(mass, cosmology.OmegaDarkMatterH2, cosmology.CmbTemperatureK, settings);
            var model = calculator.Solve(species, LinearPowerCalculator.GaugeCdmFraction * cosmology.H * cosmology.H, k, 0);
            var transfer = new TransferFunction(k, model.PowerHMpc3, cdm.PowerHMpc3, 0);
            var (classK, classT2) = ClassTable(mass);
            double classHalf = classK.Length > 0 ? TransferAnalysis.HalfModeScale(new TransferFunction(classK, classT2, [.. classT2.Select(_ => 1.0)], 0)) : double.NaN;
            curves.Add(new ThermalCurve(mass, k, transfer.TransferSquared, classK, classT2, TransferAnalysis.HalfModeScale(transfer), classHalf));
            progress.Report($"thermal relic {PlotNumber.Format(mass)} keV done");
        }

        return curves;
    }

    /// <summary>The log-spaced k grid (h/Mpc) from <see cref="FineGridMinKHMpc"/> to <see cref="FineGridMaxKHMpc"/>.</summary>
    private static double[] FineGrid(int perDecade) =>
        LogGrid.Create(FineGridMinKHMpc, FineGridMaxKHMpc, (int)Math.Round(perDecade * Math.Log10(FineGridMaxKHMpc / FineGridMinKHMpc)) + 1);

    /// <summary>Writes the thermal-reference figure (PNG at <paramref name="dpi"/>, SVG).</summary>
    public static IReadOnlyList<string> WriteThermalReferences(IReadOnlyList<ThermalCurve> curves, string stem, double dpi)
    {
        var plot = new LinePlot("Thermal relics: Freestream solver (lines) against CLASS v3.3.4 (circles)", "k [h/Mpc]", "T²(k) = P(k) / P_CDM(k)")
        {
            LogX = true,
            LogY = true,
            Legend = LegendCorner.LowerLeft,
        };
        for (int i = 0; i < curves.Count; i++)
        {
            var c = curves[i];
            AddSegments(plot, $"{PlotNumber.Format(c.MassKeV)} keV, solver: k₁/₂ = {PlotNumber.Format(c.SolverHalfModeKHMpc)} h/Mpc", c.KHMpc, c.TransferSquared, new SeriesStyle(i));
            if (c.ClassKHMpc.Length > 0)
            {
                // Every second CLASS node (25 per decade) keeps the circles apart.
                var keep = Enumerable.Range(0, c.ClassKHMpc.Length).Where(j => j % 2 == 0 && c.ClassKHMpc[j] >= FineGridMinKHMpc && c.ClassTransferSquared[j] >= ScanPointFigures.MinimumTransferSquared).ToArray();
                double[] ck = [.. keep.Select(j => c.ClassKHMpc[j])], ct2 = [.. keep.Select(j => c.ClassTransferSquared[j])];
                plot.AddSeries($"{PlotNumber.Format(c.MassKeV)} keV, CLASS: k₁/₂ = {PlotNumber.Format(c.ClassHalfModeKHMpc)} h/Mpc", ck, ct2, new SeriesStyle(i, Markers: true));
            }
        }

        plot.AddHorizontalLine(0.5, "T² = ½");
        plot.SavePng(stem + ".png", 960, 640, dpi);
        plot.SaveSvg(stem + ".svg", 960, 640);
        return [stem + ".png", stem + ".svg"];
    }

    /// <summary>
    /// Three spectra with the same ⟨q⟩ and mass: Fermi–Dirac; two Fermi–Dirac components (number fraction
    /// <paramref name="coldFraction"/> at temperature <paramref name="coldTemperature"/> T_ν0, the rest hotter so ⟨q⟩
    /// is unchanged); and a narrow Gaussian f(q) of relative width <paramref name="narrowWidth"/>. Each is rescaled in
    /// q to the exact ⟨q⟩ and is all of the dark matter (Ω h² = 0.12); T²(k) on the fine grid of <paramref name="perDecade"/> per decade.
    /// </summary>
    public static IReadOnlyList<MockSpectrum> MockSpectra(double massKeV, double meanQ, double coldFraction, double coldTemperature, double narrowWidth, int perDecade, IProgress<string> progress)
    {
        var cosmology = CosmologyParameters.Planck2018;
        var settings = BoltzmannSettings.Default;
        var calculator = new LinearPowerCalculator(cosmology, settings);
        var k = FineGrid(perDecade);
        var cdm = calculator.Solve(null, cosmology.OmegaDarkMatterH2, k, 0);
        var q = LogGrid.Create(1e-3, 80, 600);
        // ⟨q⟩ of Fermi–Dirac at T_ν0: 7π⁴/(180 ζ(3)) = 3.15137.
        double fermiDiracMeanQ = 7 * Math.Pow(Math.PI, 4) / (180 * 1.2020569031595942);
        double hotTemperature = (meanQ / fermiDiracMeanQ - coldFraction * coldTemperature) / (1 - coldFraction);
        if (!(hotTemperature > coldTemperature))
        {
            throw new InvalidDataException("mock-spectra: cold_fraction × cold_temperature must stay below ⟨q⟩/3.151 so the hot component is hotter");
        }

        var shapes = new (string Name, Func<double, double> F)[]
        {
            ("Fermi–Dirac", x => 1 / (Math.Exp(x) + 1)),
            (string.Create(CultureInfo.InvariantCulture, $"two Fermi–Dirac components ({PlotNumber.Format(100 * coldFraction)} % at T = {PlotNumber.Format(coldTemperature)}, rest at {PlotNumber.Format(hotTemperature)})"),
                x => coldFraction / Math.Pow(coldTemperature, 3) / (Math.Exp(x / coldTemperature) + 1) + (1 - coldFraction) / Math.Pow(hotTemperature, 3) / (Math.Exp(x / hotTemperature) + 1)),
            ($"narrow: Gaussian f(q), σ = {PlotNumber.Format(narrowWidth)} ⟨q⟩", x => Math.Exp(-0.5 * Math.Pow((x - meanQ) / (narrowWidth * meanQ), 2))),
        };
        var spectra = new List<MockSpectrum>();
        foreach (var (name, f) in shapes)
        {
            var raw = new MomentumDistribution(q, [.. q.Select(f)], 2);
            double stretch = meanQ / raw.MeanQ;
            var distribution = new MomentumDistribution([.. q.Select(x => x * stretch)], raw.F, 2).NormalisedToOmegaH2(cosmology.OmegaDarkMatterH2, massKeV);
            var species = NcdmSpecies.FromDistribution(distribution, massKeV, cosmology.OmegaDarkMatterH2, cosmology.CmbTemperatureK, settings);
            var model = calculator.Solve(species, LinearPowerCalculator.GaugeCdmFraction * cosmology.H * cosmology.H, k, 0);
            var transfer = new TransferFunction(k, model.PowerHMpc3, cdm.PowerHMpc3, 0);
            spectra.Add(new MockSpectrum(name, distribution, distribution.MeanQ, transfer, TransferAnalysis.HalfModeScale(transfer)));
            progress.Report($"{name}: done");
        }

        return spectra;
    }

    /// <summary>Writes <c>{stem}.png/svg</c> (T²(k) of the mock spectra) and <c>{stem}-q.png/svg</c> (the spectra).</summary>
    public static IReadOnlyList<string> WriteMockSpectra(IReadOnlyList<MockSpectrum> spectra, string stem, double dpi)
    {
        var transfer = new LinePlot($"Same ⟨q⟩ = {PlotNumber.Format(spectra[0].MeanQ)}, different T²(k): the mean momentum is not enough", "k [h/Mpc]", "T²(k) = P(k) / P_CDM(k)")
        {
            LogX = true,
            LogY = true,
            Legend = LegendCorner.LowerLeft,
        };
        var momentum = new LinePlot($"Spectra of equal ⟨q⟩ = {PlotNumber.Format(spectra[0].MeanQ)}", "q = p / T_ν0", ScanPointFigures.SpectrumAxisLabel)
        {
            LogX = true,
            Legend = LegendCorner.UpperLeft,
        };
        for (int n = 0; n < spectra.Count; n++)
        {
            var s = spectra[n];
            AddSegments(transfer, $"{s.Name}: k₁/₂ = {PlotNumber.Format(s.HalfModeKHMpc)} h/Mpc", s.Transfer.KHMpc, s.Transfer.TransferSquared, new SeriesStyle(n));
            var (q, density) = ScanPointFigures.NumberPerLogMomentum(new Scans.ScanCurve(s.Name, [.. s.Distribution.Q], [.. s.Distribution.F]));
            var visible = Enumerable.Range(0, q.Length).Where(i => q[i] >= 0.05 && q[i] <= 40).ToArray();
            momentum.AddSeries(s.Name, [.. visible.Select(i => q[i])], [.. visible.Select(i => density[i])]);
        }

        transfer.AddHorizontalLine(0.5, "T² = ½");
        transfer.SavePng(stem + ".png", 960, 640, dpi);
        transfer.SaveSvg(stem + ".svg", 960, 640);
        momentum.SavePng(stem + "-q.png", 960, 640, dpi);
        momentum.SaveSvg(stem + "-q.svg", 960, 640);
        return [stem + ".png", stem + ".svg", stem + "-q.png", stem + "-q.svg"];
    }

    /// <summary>The CLASS reference T²(z = 0) of a thermal relic, or empty arrays when no table of that mass is shipped.</summary>
    private static (double[] K, double[] T2) ClassTable(double massKeV)
    {
        string label = massKeV.ToString("0.##", CultureInfo.InvariantCulture);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Freestream.Cli.Class.wdm_m{label}keV_T2.dat");
        if (stream is null)
        {
            return ([], []);
        }

        using var reader = new StreamReader(stream);
        var rows = reader.ReadToEnd().Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(cells => (K: double.Parse(cells[0], CultureInfo.InvariantCulture), T2: double.Parse(cells[1], CultureInfo.InvariantCulture)))
            .ToArray();
        return ([.. rows.Select(r => r.K)], [.. rows.Select(r => r.T2)]);
    }

    /// <summary>
    /// A T²(k) curve as its runs above <see cref="ScanPointFigures.MinimumTransferSquared"/>, each drawn in the same
    /// style (legend entry on the first): a curve dipping below the axis floor is broken there, not joined across.
    /// </summary>
    private static void AddSegments(LinePlot plot, string name, double[] k, double[] t2, SeriesStyle style)
    {
        var run = new List<int>();
        bool first = true;
        for (int i = 0; i <= k.Length; i++)
        {
            if (i < k.Length && t2[i] >= ScanPointFigures.MinimumTransferSquared)
            {
                run.Add(i);
                continue;
            }

            if (run.Count >= 2)
            {
                plot.AddSeries(first ? name : string.Empty, [.. run.Select(j => k[j])], [.. run.Select(j => t2[j])], style);
                first = false;
            }

            run.Clear();
        }
    }
}
