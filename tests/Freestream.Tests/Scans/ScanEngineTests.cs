using Freestream.Scans;

namespace Freestream.Tests.Scans;

public class ScanEngineTests
{
    [Fact]
    public void EveryPointIsComputedOnceAndRecorded()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(6, 6);
        var evaluator = new AnalyticScanEvaluator(specification);
        using var store = ScanStore.Open(folder.Path, specification, fresh: false);
        var summary = ScanEngine.Run(store, evaluator, new ScanRunOptions(2, ScanShard.All), null, CancellationToken.None);
        Assert.Equal((36, 0, 36, 0, false), (summary.ShardPoints, summary.Skipped, summary.Computed, summary.Failed, summary.Cancelled));
        Assert.All(Enumerable.Range(0, 36), i => Assert.Equal(1, evaluator.Calls(i)));
        Assert.Equal(Enumerable.Range(0, 36), store.FinishedIndices().Order());
    }

    [Fact]
    public void InterruptedScanResumesWithoutLosingOrRepeatingFinishedPoints()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(6, 6);
        using var cancel = new CancellationTokenSource();
        var first = new AnalyticScanEvaluator(specification) { DelayMilliseconds = 5, CancelAfterSource = cancel, CancelAfter = 10 };
        HashSet<int> afterFirst;
        ScanRunSummary interrupted;
        using (var store = ScanStore.Open(folder.Path, specification, fresh: false))
        {
            interrupted = ScanEngine.Run(store, first, new ScanRunOptions(2, ScanShard.All), null, cancel.Token);
            afterFirst = store.FinishedIndices();
        }

        Assert.True(interrupted.Cancelled);
        Assert.InRange(afterFirst.Count, 1, 35);
        Assert.Equal(interrupted.Computed, afterFirst.Count);

        var second = new AnalyticScanEvaluator(specification);
        using var resumed = ScanStore.Open(folder.Path, specification, fresh: false);
        var summary = ScanEngine.Run(resumed, second, new ScanRunOptions(2, ScanShard.All), null, CancellationToken.None);
        Assert.Equal(afterFirst.Count, summary.Skipped);
        Assert.Equal(36 - afterFirst.Count, summary.Computed);
        // Finished points are not evaluated again; every other point exactly once.
        Assert.All(Enumerable.Range(0, 36), i => Assert.Equal(afterFirst.Contains(i) ? 0 : 1, second.Calls(i)));
        Assert.Equal(Enumerable.Range(0, 36), resumed.ReadAll(withTables: false).Select(r => r.Point.Index));
    }

    [Fact]
    public void FailedPointsAreRecordedWithTheirErrorAndDoNotStopTheScan()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(4, 4);
        var evaluator = new AnalyticScanEvaluator(specification) { FailEvery = 5 };
        using var store = ScanStore.Open(folder.Path, specification, fresh: false);
        var summary = ScanEngine.Run(store, evaluator, new ScanRunOptions(2, ScanShard.All), null, CancellationToken.None);
        var results = store.ReadAll(withTables: true);
        Assert.Equal(16, results.Count);
        Assert.Equal(4, summary.Failed); // indices 0, 5, 10, 15
        foreach (var r in results.Where(r => r.Point.Index % 5 == 0))
        {
            Assert.Equal(ScanPointStatus.Failed, r.Status);
            Assert.Contains($"analytic failure at point {r.Point.Index}", r.Error);
            Assert.Null(r.Spectrum);
        }

        Assert.All(results.Where(r => r.Point.Index % 5 != 0), r => Assert.Equal(ScanPointStatus.Ok, r.Status));
    }

    [Fact]
    public void ProgressReportsEveryPointWithRateAndEta()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(3, 3);
        var reports = new List<ScanProgress>();
        using var store = ScanStore.Open(folder.Path, specification, fresh: false);
        ScanEngine.Run(store, new AnalyticScanEvaluator(specification) { DelayMilliseconds = 2 }, new ScanRunOptions(1, ScanShard.All), new SynchronousProgress<ScanProgress>(reports.Add), CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 9), reports.Select(r => r.Done));
        Assert.All(reports, r => Assert.True(r.PointsPerMinute > 0));
        Assert.Equal(TimeSpan.Zero, reports[^1].EstimatedRemaining);
    }

    [Fact]
    public void TwoShardsMergedEqualTheUnshardedScanPointForPoint()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(6, 6);
        foreach (var (name, shard) in new[] { ("whole", ScanShard.All), ("s1", new ScanShard(1, 2)), ("s2", new ScanShard(2, 2)) })
        {
            using var store = ScanStore.Open(folder.Sub(name), specification, fresh: false);
            ScanEngine.Run(store, new AnalyticScanEvaluator(specification) { FailEvery = 11 }, new ScanRunOptions(2, shard), null, CancellationToken.None);
        }

        var merged = ScanMerger.Merge([folder.Sub("s1"), folder.Sub("s2")], folder.Sub("merged"));
        Assert.Equal(new ScanMergeSummary(2, 36, 0, 0), merged);
        using var whole = ScanStore.OpenExisting(folder.Sub("whole"));
        using var combined = ScanStore.OpenExisting(folder.Sub("merged"));
        var expected = whole.ReadAll(withTables: true);
        var actual = combined.ReadAll(withTables: true);
        Assert.Equal(36, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            ScanAssert.SameResult(expected[i], actual[i]);
        }

        Assert.Equal(whole.ReadReferences().Select(c => c.Name), combined.ReadReferences().Select(c => c.Name));
    }

    [Fact]
    public void MergingStoresOfDifferentScansIsRefused()
    {
        using var folder = new ScanTestFolder();
        using (ScanStore.Open(folder.Sub("a"), ScanTestSpecs.Plane(3, 3), fresh: false))
        using (ScanStore.Open(folder.Sub("b"), ScanTestSpecs.Plane(3, 3, 65), fresh: false))
        {
        }

        Assert.Throws<InvalidDataException>(() => ScanMerger.Merge([folder.Sub("a"), folder.Sub("b")], folder.Sub("m")));
        Assert.False(Directory.Exists(folder.Sub("m")));
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
