namespace Freestream.Scans;

/// <summary>What one run of the scan engine did.</summary>
/// <param name="ShardPoints">Points in this shard.</param>
/// <param name="Skipped">Points already in the store (resumed).</param>
/// <param name="Computed">Points finished by this run (ok or failed).</param>
/// <param name="Failed">Points of this run that failed.</param>
/// <param name="Cancelled">True when the run was stopped before every point was finished.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
public sealed record ScanRunSummary(int ShardPoints, int Skipped, int Computed, int Failed, bool Cancelled, TimeSpan Elapsed)
{
    /// <summary>Points of the shard still missing from the store.</summary>
    public int Remaining => ShardPoints - Skipped - Computed;

    /// <summary>Points finished per minute of wall-clock time in this run (0 when none).</summary>
    public double PointsPerMinute => Computed > 0 && Elapsed > TimeSpan.Zero ? Computed / Elapsed.TotalMinutes : 0;
}
