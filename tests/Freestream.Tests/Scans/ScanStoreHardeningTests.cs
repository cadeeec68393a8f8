using System.Globalization;
using Freestream.Scans;

namespace Freestream.Tests.Scans;

/// <summary>
/// The scan store under misuse: a second writer, a lock left by a killed process, damaged and foreign
/// files, a copy of scan.db alone, streaming of large planes and the point limit.
/// </summary>
public class ScanStoreHardeningTests
{
    [Fact]
    public void SecondWriterIsRefusedNamingTheHolderPidAndHost()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(2, 2);
        using var first = ScanStore.Open(folder.Path, specification, fresh: false);
        var refused = Assert.Throws<InvalidDataException>(() => ScanStore.Open(folder.Path, specification, fresh: false));
        Assert.Contains($"process {Environment.ProcessId} on host {Environment.MachineName}", refused.Message);
        Assert.Contains(ScanFolderLock.FileName, refused.Message);
        Assert.Throws<InvalidDataException>(() => ScanMerger.Merge([folder.Path], folder.Path));
    }

    [Fact]
    public void LockIsReleasedOnDisposeAndTheFolderReusable()
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(2, 2);
        ScanStore.Open(folder.Path, specification, fresh: false).Dispose();
        Assert.False(File.Exists(Path.Combine(folder.Path, ScanFolderLock.FileName)));
        using var again = ScanStore.Open(folder.Path, specification, fresh: false);
        Assert.True(File.Exists(Path.Combine(folder.Path, ScanFolderLock.FileName)));
    }

    [Fact]
    public void StaleLockOfADeadProcessOnThisHostIsTakenOver()
    {
        using var folder = new ScanTestFolder();
        Directory.CreateDirectory(folder.Path);
        int deadPid = DeadProcessId();
        File.WriteAllText(Path.Combine(folder.Path, ScanFolderLock.FileName), string.Create(CultureInfo.InvariantCulture, $"{deadPid} {Environment.MachineName} 2026-01-01T00:00:00Z\n"));
        using var store = ScanStore.Open(folder.Path, ScanTestSpecs.Plane(2, 2), fresh: false);
        string holder = File.ReadAllText(Path.Combine(folder.Path, ScanFolderLock.FileName));
        Assert.StartsWith(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + " ", holder);
    }

    [Fact]
    public void LockOfAnotherHostIsRefusedNamingThatHost()
    {
        using var folder = new ScanTestFolder();
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(Path.Combine(folder.Path, ScanFolderLock.FileName), "4242 node-017.cluster 2026-01-01T00:00:00Z\n");
        var refused = Assert.Throws<InvalidDataException>(() => ScanStore.Open(folder.Path, ScanTestSpecs.Plane(2, 2), fresh: false));
        Assert.Contains("process 4242 on host node-017.cluster", refused.Message);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("empty")]
    public void DamagedOrForeignStoreIsRefusedNamingThePathAndFresh(string damage)
    {
        using var folder = new ScanTestFolder();
        var specification = ScanTestSpecs.Plane(3, 3);
        using (var store = ScanStore.Open(folder.Path, specification, fresh: false))
        {
            var evaluator = new AnalyticScanEvaluator(specification);
            for (int i = 0; i < 9; i++)
            {
                store.Commit(evaluator.Evaluate(specification.PointAt(i), CancellationToken.None));
            }
        }

        string path = Path.Combine(folder.Path, ScanStore.FileName);
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage switch
        {
            "garbage" => [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 7919 % 251))],
            "truncated" => bytes[..(bytes.Length / 2)],
            _ => [],
        });
        foreach (var open in new Func<IDisposable>[]
        {
            () => ScanStore.Open(folder.Path, specification, fresh: false),
            () => ScanStore.OpenExisting(folder.Path),
        })
        {
            var refused = Assert.Throws<InvalidDataException>(() => open().Dispose());
            Assert.Contains(path, refused.Message);
            Assert.Contains("--fresh", refused.Message);
        }

        using var fresh = ScanStore.Open(folder.Path, specification, fresh: true);
        Assert.Empty(fresh.FinishedIndices());
    }

    [Fact]
    public void EngineStreamsAPlaneFarLargerThanItComputes()
    {
        // A 10 000 × 10 000 plane (10⁸ points, the reproducer) with the limit raised, cancelled
        // after a few points: the engine must not list the plane first (that took 5 GB and minutes).
        using var folder = new ScanTestFolder();
        var specification = ScanSpecification.ScalarDecay(
            100, ScanAxis.LogSpaced("lambda", 1e-8, 1e-6, 10_000), ScanAxis.LogSpaced("yukawa", 1e-11, 1e-6, 10_000), Freestream.Cosmology.CosmologyParameters.Planck2018);
        using var cancel = new CancellationTokenSource();
        var evaluator = new CountingEvaluator(cancel, stopAfter: 4);
        using var store = ScanStore.Open(folder.Path, specification, fresh: false);
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var summary = ScanEngine.Run(store, evaluator, new ScanRunOptions(1, ScanShard.All) { MaxPoints = 100_000_000 }, null, cancel.Token);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(summary.Cancelled);
        Assert.Equal(100_000_000, summary.ShardPoints);
        Assert.InRange(summary.Computed, 4, 6);
        // Listing the plane costs ≥ 10⁸ × 40 bytes; the whole process (other tests included) allocates far less meanwhile.
        Assert.True(allocated < 1_000_000_000, $"{allocated} bytes allocated for a handful of points");
    }

    [Fact]
    public void PlaneAboveThePointLimitIsRefusedBeforeAnyWork()
    {
        var specification = ScanTestSpecs.Plane(400, 300);
        var options = new ScanRunOptions(1, ScanShard.All);
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => options.CheckPointLimit(specification));
        Assert.Contains("400 × 300 = 120000 points", refused.Message);
        Assert.Contains("--max-points", refused.Message);
        (options with { MaxPoints = 120_000 }).CheckPointLimit(specification);
    }

    /// <summary>A process id no process has: one past the largest running id, checked.</summary>
    private static int DeadProcessId()
    {
        var running = System.Diagnostics.Process.GetProcesses().Select(p => p.Id).ToHashSet();
        int pid = running.Max() + 1000;
        while (running.Contains(pid))
        {
            pid++;
        }

        return pid;
    }

    /// <summary>Minimal evaluator: fails every point (cheap), cancels after <paramref name="stopAfter"/> points.</summary>
    private sealed class CountingEvaluator(CancellationTokenSource cancel, int stopAfter) : IScanPointEvaluator
    {
        private int calls;

        public IReadOnlyList<ScanCurve> TransferReferences { get; } = [];

        public ScanPointResult Evaluate(ScanPoint point, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref calls) >= stopAfter)
            {
                cancel.Cancel();
            }

            return ScanPointResult.Failed(point, "counting evaluator", new ScanTimings(0, 0, 0, 0));
        }
    }
}
