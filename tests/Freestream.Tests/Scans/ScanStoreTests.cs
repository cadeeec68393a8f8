using Freestream.Scans;
using Freestream.Structure;

namespace Freestream.Tests.Scans;

public class ScanStoreTests
{
    [Fact]
    public void CommittedPointReadsBackFieldForField()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(3, 3);
        var evaluator = new AnalyticScanEvaluator(specification);
        var written = evaluator.Evaluate(specification.PointAt(4), CancellationToken.None);
        using (var store = ScanStore.Open(folder.Path, specification, fresh: false))
        {
            store.Commit(written);
        }

        using var reopened = ScanStore.OpenExisting(folder.Path);
        var read = Assert.Single(reopened.ReadAll(withTables: true));
        ScanAssert.SameResult(written, read);
        Assert.Equal(written.Timings, read.Timings);
        Assert.Equal(specification.Hash, reopened.Specification.Hash);
    }

    [Fact]
    public void ResumingWithADifferentSpecificationIsRefused()
    {
        using var folder = new ScanTestFolder();
        using (ScanStore.Open(folder.Path, ScanTestSpecs.Plane(3, 3), fresh: false))
        {
        }

        var error = Assert.Throws<InvalidDataException>(() => ScanStore.Open(folder.Path, ScanTestSpecs.Plane(3, 4), fresh: false));
        Assert.Contains("different scan specification", error.Message);
        Assert.Contains("--fresh", error.Message);
        Assert.Throws<InvalidDataException>(() => ScanStore.EnsureResumable(folder.Path, ScanTestSpecs.Plane(3, 4)));
        ScanStore.EnsureResumable(folder.Path, ScanTestSpecs.Plane(3, 3));
        ScanStore.EnsureResumable(folder.Sub("none"), ScanTestSpecs.Plane(3, 4));
        Assert.False(Directory.Exists(folder.Sub("none")));
    }

    [Fact]
    public void FreshStartsOver()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(2, 2);
        using (var store = ScanStore.Open(folder.Path, specification, fresh: false))
        {
            store.Commit(new AnalyticScanEvaluator(specification).Evaluate(specification.PointAt(0), CancellationToken.None));
        }

        using var again = ScanStore.Open(folder.Path, ScanTestSpecs.Plane(2, 3), fresh: true);
        Assert.Empty(again.FinishedIndices());
    }

    [Fact]
    public void APointIsRecordedOnlyOnce()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(2, 2);
        var result = new AnalyticScanEvaluator(specification).Evaluate(specification.PointAt(1), CancellationToken.None);
        using var store = ScanStore.Open(folder.Path, specification, fresh: false);
        store.Commit(result);
        Assert.Throws<InvalidOperationException>(() => store.Commit(result));
        Assert.Single(store.ReadAll(withTables: false));
    }

    [Fact]
    public void CommittedPointsAreVisibleToAnotherConnectionBeforeTheWriterCloses()
    {
        // What a killed process leaves behind: the writer never closes, yet every committed point
        // is in the WAL file and readable by the next run.
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(3, 3);
        var evaluator = new AnalyticScanEvaluator(specification);
        var writer = ScanStore.Open(folder.Path, specification, fresh: false);
        for (int i = 0; i < 5; i++)
        {
            writer.Commit(evaluator.Evaluate(specification.PointAt(i), CancellationToken.None));
        }

        using var reader = ScanStore.Open(folder.Path, specification, fresh: false);
        Assert.Equal([0, 1, 2, 3, 4], reader.FinishedIndices().Order());
        writer.Dispose();
    }
}

internal static class ScanAssert
{
    /// <summary>Every recorded field equal (timings excluded: they differ between runs).</summary>
    public static void SameResult(ScanPointResult expected, ScanPointResult actual)
    {
        Assert.Equal(expected.Point, actual.Point);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.Error, actual.Error);
        Assert.Equal(expected.Regime, actual.Regime);
        Assert.Equal(expected.SterileMassKeV, actual.SterileMassKeV);
        Assert.Equal(expected.OmegaH2, actual.OmegaH2);
        Assert.Equal(expected.MeanQ, actual.MeanQ);
        Assert.Equal(expected.PeaksQ, actual.PeaksQ);
        Assert.Equal(expected.FreeStreamingLengthMpc, actual.FreeStreamingLengthMpc);
        Assert.Equal(expected.HalfModeKHMpc, actual.HalfModeKHMpc);
        Assert.Equal(expected.LymanAlphaDeltaA, actual.LymanAlphaDeltaA);
        Assert.Equal(expected.SubhaloCount, actual.SubhaloCount);
        Assert.Equal(expected.HighRedshiftDensityMpc3, actual.HighRedshiftDensityMpc3);
        Assert.Equal(expected.Verdicts.OrderBy(v => v.Key), actual.Verdicts.OrderBy(v => v.Key));
        Assert.Equal(expected.Spectrum?.X, actual.Spectrum?.X);
        Assert.Equal(expected.Spectrum?.Y, actual.Spectrum?.Y);
        Assert.Equal(expected.Transfer?.X, actual.Transfer?.X);
        Assert.Equal(expected.Transfer?.Y, actual.Transfer?.Y);
    }
}
