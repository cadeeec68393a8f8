using System.Collections.Concurrent;
using System.Diagnostics;

namespace Freestream.Scans;

/// <summary>
/// Runs the points of a scan shard that are not yet in the store, in parallel, committing each
/// finished point at once. A point whose evaluator throws is recorded as failed and the scan goes
/// on; on cancellation no new point is started, points in flight are abandoned unrecorded, and
/// every point finished before is already in the store, so the next run resumes from there. The points
/// to compute are streamed from the grid as workers take them, so memory grows with the finished
/// points (their indices), never with the points still to come.
/// </summary>
public static class ScanEngine
{
    /// <summary>Computes the missing points of <paramref name="options"/>' shard.</summary>
    /// <param name="store">Results store of the same specification.</param>
    /// <param name="evaluator">Computes one point.</param>
    /// <param name="options">Threads and shard.</param>
    /// <param name="progress">Receives a report after each finished point (may be null).</param>
    /// <param name="cancellationToken">Stops the scan (e.g. on SIGINT).</param>
    public static ScanRunSummary Run(ScanStore store, IScanPointEvaluator evaluator, ScanRunOptions options, IProgress<ScanProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(options);
        options.Validated();
        var specification = store.Specification;
        options.CheckPointLimit(specification);
        var clock = Stopwatch.StartNew();
        var finished = store.FinishedIndices();
        int shardPoints = options.Shard.PointsOf(specification.PointCount);
        int skipped = finished.Count(i => i < specification.PointCount && options.Shard.Contains(i));
        int todoCount = shardPoints - skipped;
        var todo = specification.Points(options.Shard).Where(p => !finished.Contains(p.Index));
        store.WriteReferences(evaluator.TransferReferences);

        int done = 0;
        int failed = 0;
        bool cancelled = false;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(Partitioner.Create(todo, EnumerablePartitionerOptions.NoBuffering), parallel, (point, state) =>
            {
                var result = Evaluate(evaluator, point, cancellationToken);
                if (result is null)
                {
                    state.Stop();
                    return;
                }

                store.Commit(result);
                int failedNow = result.Status == ScanPointStatus.Failed ? Interlocked.Increment(ref failed) : Volatile.Read(ref failed);
                int doneNow = Interlocked.Increment(ref done);
                progress?.Report(new ScanProgress(doneNow, todoCount, failedNow, skipped, clock.Elapsed));
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        cancelled |= cancellationToken.IsCancellationRequested && done < todoCount;
        return new ScanRunSummary(shardPoints, skipped, done, failed, cancelled, clock.Elapsed);
    }

    /// <summary>One point with its total time; null when it was cancelled.</summary>
    private static ScanPointResult? Evaluate(IScanPointEvaluator evaluator, ScanPoint point, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = evaluator.Evaluate(point, cancellationToken);
            if (result.Point != point)
            {
                throw new InvalidOperationException($"the evaluator returned point {result.Point.Index} for point {point.Index}");
            }

            return result with { Timings = result.Timings with { TotalSeconds = clock.Elapsed.TotalSeconds } };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            string message = ex is ScanStageException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
            return ScanPointResult.Failed(point, message, new ScanTimings(clock.Elapsed.TotalSeconds, 0, 0, 0));
        }
    }
}
