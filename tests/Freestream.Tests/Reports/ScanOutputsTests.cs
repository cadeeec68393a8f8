using System.Globalization;
using Freestream.Plotting;
using Freestream.Scans;
using Freestream.Reports;

using Freestream.Tests.Scans;

namespace Freestream.Tests.Reports;

public class ScanOutputsTests
{
    [Fact]
    public void ExportsCsvMapsFiguresAndASelfContainedReport()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(6, 6);
        using var store = ScanStore.Open(folder.Path, specification, fresh: false);
        ScanEngine.Run(store, new AnalyticScanEvaluator(specification) { FailEvery = 13 }, new ScanRunOptions(2, ScanShard.All), null, CancellationToken.None);
        var written = ScanOutputs.Write(store, folder.Path);

        foreach (string panel in ScanMaps.PanelNames(store.ReadAll(withTables: false)))
        {
            Assert.True(new FileInfo(folder.Sub($"map-{panel}.png")).Length > 10_000, panel);
            Assert.Contains("<svg", File.ReadAllText(folder.Sub($"map-{panel}.svg")));
        }

        Assert.True(new FileInfo(folder.Sub("map-panels.png")).Length > 50_000);
        Assert.True(File.Exists(folder.Sub("spectra.png")) && File.Exists(folder.Sub("transfer.svg")));
        Assert.Contains(folder.Sub("report.html"), written);

        string html = File.ReadAllText(folder.Sub("report.html"));

        // The report embeds every map and the two point figures (it is written after them: the other writers run in
        // parallel), besides the two detail charts that its script draws.
        int figures = html.Split("<div class=\"figure\">").Length - 1;
        Assert.Equal(ScanMaps.PanelNames(store.ReadAll(withTables: false)).Count() + 2 + 2, figures);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("href=\"http", html);
        Assert.DoesNotContain("<link", html);
        Assert.Equal(36, html.Split("<tr data-index=").Length - 1);
        Assert.Contains("id=\"scan-data\"", html);

        // The header counts failures apart from points without a verdict (none in this analytic plane).
        int failed = store.ReadAll(withTables: false).Count(r => r.Status == ScanPointStatus.Failed);
        Assert.True(failed > 0);
        Assert.Contains($"{36 - failed} computed, 0 without a verdict (kinematically forbidden or outside validity), {failed} failed.", html);
    }

    [Fact]
    public void CsvHasOneRowPerPointWithTheStoredNumbers()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(3, 4);
        using var store = ScanStore.Open(folder.Path, specification, fresh: false);
        ScanEngine.Run(store, new AnalyticScanEvaluator(specification) { FailEvery = 7 }, new ScanRunOptions(1, ScanShard.All), null, CancellationToken.None);
        ScanCsv.WriteFile(folder.Path, specification, store.ReadAll(withTables: false));
        var lines = File.ReadAllLines(folder.Sub(ScanCsv.FileName));
        Assert.Equal(13, lines.Length);
        var header = lines[0].Split(',');
        int mass = Array.IndexOf(header, "sterile_mass_kev");
        int status = Array.IndexOf(header, "status");
        int lambda = Array.IndexOf(header, "lambda");
        int yukawa = Array.IndexOf(header, "yukawa");
        foreach (string line in lines.Skip(1))
        {
            var cells = line.Split(',');
            if (cells[status] == "failed")
            {
                Assert.Equal(string.Empty, cells[mass]);
                continue;
            }

            double expected = AnalyticScanEvaluator.SterileMassKeV(
                double.Parse(cells[lambda], CultureInfo.InvariantCulture), double.Parse(cells[yukawa], CultureInfo.InvariantCulture), 100);
            Assert.Equal(expected, double.Parse(cells[mass], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void IsoMassLevelsFollowTheOneTwoFiveSequenceInsideTheRange()
    {
        Assert.Equal([1.0, 2.0, 5.0, 10.0, 20.0], ScanMaps.IsoMassLevelsKeV([0.7, 3, 31]));
        Assert.Empty(ScanMaps.IsoMassLevelsKeV([double.NaN]));
        // Wide range: 1–2–5 kept in 1–50 keV, decades elsewhere.
        Assert.Equal([0.01, 0.1, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 1000.0], ScanMaps.IsoMassLevelsKeV([0.005, 5000], maxLevels: 10));
    }

    [Theory]
    [InlineData(0.5, "0.5 keV")]
    [InlineData(2000, "2000 keV")]
    [InlineData(1185.613, "1190 keV")]
    [InlineData(7.0349, "7.03 keV")]
    [InlineData(2e4, "2×10⁴ keV")]
    [InlineData(1e7, "10⁷ keV")]
    public void MassLabelsAreReadable(double keV, string label)
    {
        Assert.Equal(label, ScanMaps.MassLabel(keV));
    }

    [Fact]
    public void SelectedPointsSpanTheRangeOfMeanMomentum()
    {
        var specification = ScanTestSpecs.Plane(5, 5);
        var evaluator = new AnalyticScanEvaluator(specification);
        var results = Enumerable.Range(0, 25).Select(i => evaluator.Evaluate(specification.PointAt(i), CancellationToken.None)).ToList();
        var selected = ScanPointFigures.Select(results, 4);
        Assert.Equal(4, selected.Count);
        Assert.Equal(results.Min(r => r.MeanQ), selected[0].MeanQ);
        Assert.Equal(results.Max(r => r.MeanQ), selected[^1].MeanQ);
    }
}
