namespace Freestream.Scans;

/// <summary>Progress of a running scan, reported after every finished point.</summary>
/// <param name="Done">Points finished in this run (ok or failed).</param>
/// <param name="Total">Points this run has to compute (this shard, not yet in the store).</param>
/// <param name="Failed">Points of this run that failed.</param>
/// <param name="Skipped">Points of this shard already in the store when the run started.</param>
/// <param name="Elapsed">Wall-clock time since the run started.</param>
public sealed record ScanProgress(int Done, int Total, int Failed, int Skipped, TimeSpan Elapsed)
{
    /// <summary>Points per minute so far (0 before the first point).</summary>
    public double PointsPerMinute => Done > 0 && Elapsed > TimeSpan.Zero ? Done / Elapsed.TotalMinutes : 0;

    /// <summary>Estimated time to finish at the current rate, null before the first point.</summary>
    public TimeSpan? EstimatedRemaining => Done > 0 ? TimeSpan.FromSeconds(Elapsed.TotalSeconds / Done * (Total - Done)) : null;
}
