using Freestream.Cosmology;
using Freestream.Distributions;
using Freestream.Plotting;
using Freestream.Scans;
using Freestream.Tests.Scans;
using Freestream.Reports;

namespace Freestream.Tests.Plotting;

/// <summary>The benchmark point of a run file is written as a point: its f(q), verdicts, spectrum, T²(k) and a one-page report.</summary>
public sealed class BenchmarkPointFilesTests
{
    [Fact]
    public void BenchmarkFolderHoldsThePointsSpectrumVerdictsFiguresAndReport()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanSpecification.ScalarDecay(100, ScanAxis.FromValues("lambda", [1e-8]), ScanAxis.FromValues("yukawa", [1e-8]), CosmologyParameters.Planck2018);
        var evaluator = new AnalyticScanEvaluator(specification);
        var point = evaluator.Evaluate(specification.PointAt(0), CancellationToken.None) with { Warnings = ["S decays after BBN"] };
        BenchmarkPointFiles.Write(specification, point, evaluator.TransferReferences, folder.Path);

        // psd.dat is the stored f(q): read back, its mean momentum is the point's ⟨q⟩ (same table, same quadrature).
        var psd = PsdFile.Read(folder.Sub("psd.dat"));
        Assert.Equal(point.MeanQ, psd.MeanQ, point.MeanQ * 1e-3);
        string verdicts = File.ReadAllText(folder.Sub("verdict.md"));
        foreach (var (criterion, verdict) in point.Verdicts)
        {
            Assert.Contains($"| {ScanCriteria.Label(criterion)} | {ScanCriteria.Name(verdict)} |", verdicts);
        }

        Assert.Contains("S decays after BBN", verdicts);
        foreach (string figure in new[] { "spectrum", "transfer" })
        {
            Assert.True(File.Exists(folder.Sub(figure + ".png")), figure);
            Assert.Contains("viewBox", File.ReadAllText(folder.Sub(figure + ".svg")));
        }

        string html = File.ReadAllText(folder.Sub(ScanReport.FileName));
        Assert.Equal(2, html.Split("<div class=\"figure\">").Length - 1);
        Assert.Contains("S decays after BBN", html);
        Assert.DoesNotContain("map-", html); // a point, not a 1 × 1 plane
    }
}
