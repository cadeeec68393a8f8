using Freestream.Cli.Commands;
using Freestream.Plotting;
using Freestream.Scans;
using Freestream.Tests.Scans;
using SkiaSharp;
using Freestream.Reports;

namespace Freestream.Tests.Plotting;

/// <summary>The paper figures of a plane, their run files and the iso-line finishing of the maps.</summary>
public sealed class PlaneFigureTests
{
    [Theory]
    [InlineData(PlaneFigureKind.HalfMode)]
    [InlineData(PlaneFigureKind.FreeStreamingVsHalfMode)]
    [InlineData(PlaneFigureKind.LymanAlphaSatellitesVsHalfMode)]
    public void PlaneFiguresArePrintResolutionPngAndScalableSvg(PlaneFigureKind kind)
    {
        using var folder = new ScanTestFolder();
        Directory.CreateDirectory(folder.Path);
        var specification = ScanTestSpecs.Plane(5, 5);
        var evaluator = new AnalyticScanEvaluator(specification);
        var results = Enumerable.Range(0, 25).Select(i => evaluator.Evaluate(specification.PointAt(i), CancellationToken.None)).ToList();
        var files = PlaneFigures.Write(specification, results, kind, folder.Sub("figure"), dpi: 300, width: 960, height: 640);
        using var png = SKBitmap.Decode(files[0]);
        Assert.Equal(3000, png.Width); // 960 layout pixels at 300/96
        Assert.Equal(2000, png.Height);
        string svg = File.ReadAllText(files[1]);
        Assert.Contains("viewBox=\"0 0 960 640\"", svg);
        Assert.Contains("half-mode", svg);
    }

    [Fact]
    public void EveryFigureHasACommittedRunFileWithAFigureTable()
    {
        foreach (string name in FigureCommand.Names)
        {
            var root = ScanFile.ParseToml(FigureCommand.RunFile(name), name);
            Assert.True(root.ContainsKey("figure"), name);
            if (root.TryGetValue("scan", out var scan) && scan is Tomlyn.Model.TomlTable table)
            {
                // The talk's planes are judged by the talk's criteria: the default set "current" has no half-mode bound.
                var specification = ScanFile.FromScanTable(table, root, name);
                Assert.Equal("kmt2017", specification.Constraints?.Name);
            }
        }
    }

    [Fact]
    public void UnknownFigureNameExitsWithCode2NamingTheChoices()
    {
        using var folder = new ScanTestFolder();
        var (code, _, err) = CliBasicsTests.Run("figure", "sd-plane-99", "--out", folder.Path);
        Assert.Equal(2, code);
        Assert.Contains("NAME", err);
        Assert.Contains("sd-plane-100", err);
        Assert.Single(err.Trim().Split('\n'));
        Assert.False(Directory.Exists(folder.Path));
    }

    [Fact]
    public void IsoLinesTracedOnCellCentresAreCarriedToThePlaneEdges()
    {
        // z = x + y on centres 0..4: the level-4 line runs from (4, 0) to (0, 4), both ends on the outermost centres;
        // the frame (cell edges) is half a cell further out, so the line must be extended to (4.5, −0.5) and (−0.5, 4.5).
        double[] axis = [0, 1, 2, 3, 4];
        var z = new double[5, 5];
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 5; j++)
            {
                z[i, j] = i + j;
            }
        }

        var frame = new ContourLabelPlacer.Box(-0.5, 4.5, -0.5, 4.5);
        var line = ContourLabelPlacer.ExtendToEdges(ContourTracer.Trace(axis, axis, z, 4).Single(), axis, axis, frame);
        var ends = new[] { line[0], line[^1] }.OrderBy(p => p.X).ToArray();
        Assert.Equal(-0.5, ends[0].X, 9);
        Assert.Equal(4.5, ends[0].Y, 9);
        Assert.Equal(4.5, ends[1].X, 9);
        Assert.Equal(-0.5, ends[1].Y, 9);
    }

    [Fact]
    public void LabelsSitOnTheirOwnLineAwayFromOtherLines()
    {
        // Two parallel diagonals x + y = 3 and x + y = 4.2 on [0, 8]²: every label must lie on its own line and be
        // farther from the other line than the lines' separation allows at the crowded ends.
        var frame = new ContourLabelPlacer.Box(0, 8, 0, 8);
        (double X, double Y)[] Line(double c) => [.. Enumerable.Range(0, 41).Select(i => c * i / 40.0).Select(x => (x, c - x))];
        (double X, double Y)[] horizontal = [.. Enumerable.Range(0, 41).Select(i => (8 * i / 40.0, 6.0))];
        var lines = new List<IReadOnlyList<(double X, double Y)[]>> { new[] { Line(3) }, new[] { Line(4.2) }, new[] { horizontal } };
        var placer = new ContourLabelPlacer(frame, lines);
        var first = placer.Place(0, Line(3));
        var third = placer.Place(2, horizontal);
        Assert.Equal(3, first.X + first.Y, 9);
        Assert.Equal(6, third.Y, 9);
        // The horizontal line's label keeps clear of the diagonals' corner region and of the first label.
        Assert.True(third.X > 3, $"label at x = {third.X}");
    }

    [Fact]
    public void LabelsOfLinesHuggingAnEdgeExtendIntoThePlot()
    {
        // A vertical line 2 % of the span from the left edge (the 10⁵ keV line of the 100 GeV plane): no spot on it is
        // clear of the frame, so its label is anchored on its left end and runs into the plot instead of being clipped.
        var frame = new ContourLabelPlacer.Box(0, 8, 0, 8);
        (double X, double Y)[] Vertical(double x) => [.. Enumerable.Range(0, 41).Select(i => (x, 8 * i / 40.0))];
        var lines = new List<IReadOnlyList<(double X, double Y)[]>> { new[] { Vertical(0.16) }, new[] { Vertical(4) }, new[] { Vertical(7.84) } };
        var placer = new ContourLabelPlacer(frame, lines);
        Assert.Equal(ScottPlot.Alignment.MiddleLeft, placer.AlignmentAt(placer.Place(0, Vertical(0.16))));
        Assert.Equal(ScottPlot.Alignment.MiddleCenter, placer.AlignmentAt(placer.Place(1, Vertical(4))));
        Assert.Equal(ScottPlot.Alignment.MiddleRight, placer.AlignmentAt(placer.Place(2, Vertical(7.84))));
    }

    [Fact]
    public void LabelsOfCloselySpacedParallelLinesAreSpreadAlongThem()
    {
        // Five vertical iso-lines 0.2 apart on a plane 8 wide (labels are wider than that spacing): placed at one
        // height their labels would overlap, so every pair must differ in height by more than a label (≈ 5 % of the span).
        var frame = new ContourLabelPlacer.Box(0, 8, 0, 8);
        var lines = Enumerable.Range(0, 5).Select(n => new[] { Enumerable.Range(0, 41).Select(i => (3 + 0.2 * n, 8 * i / 40.0)).ToArray() }).ToList();
        var placer = new ContourLabelPlacer(frame, [.. lines.Select(l => (IReadOnlyList<(double X, double Y)[]>)l)]);
        var heights = Enumerable.Range(0, 5).Select(n => placer.Place(n, lines[n][0]).Y).ToList();
        foreach (var (a, b) in heights.SelectMany((a, i) => heights.Skip(i + 1).Select(b => (a, b))))
        {
            Assert.True(Math.Abs(a - b) > 0.05 * 8, $"labels at heights {string.Join(", ", heights)}");
        }
    }
}
