namespace Freestream.Scans;

/// <summary>Whether a scan point was computed.</summary>
public enum ScanPointStatus
{
    /// <summary>Every stage finished.</summary>
    Ok,

    /// <summary>A stage threw; the message is kept in <see cref="ScanPointResult.Error"/>.</summary>
    Failed,

    /// <summary>The point cannot exist (m_N from Ω h² ≥ m_S/2); the reason is in <see cref="ScanPointResult.Error"/>; never judged.</summary>
    KinematicallyForbidden,

    /// <summary>The production calculation does not apply (e.g. f_N &gt; 1); the reason is in <see cref="ScanPointResult.Error"/>; never judged.</summary>
    OutsideValidity,
}

/// <summary>The words of <see cref="ScanPointStatus"/> in the results store and points.csv.</summary>
public static class ScanPointStatusNames
{
    /// <summary>"ok", "failed", "kinematicallyForbidden" or "outsideValidity".</summary>
    public static string Name(ScanPointStatus status) => status switch
    {
        ScanPointStatus.Ok => "ok",
        ScanPointStatus.Failed => "failed",
        ScanPointStatus.KinematicallyForbidden => "kinematicallyForbidden",
        _ => "outsideValidity",
    };

    /// <summary>Inverse of <see cref="Name"/>.</summary>
    /// <exception cref="InvalidDataException">Any other word.</exception>
    public static ScanPointStatus Parse(string? text) => text switch
    {
        "ok" => ScanPointStatus.Ok,
        "failed" => ScanPointStatus.Failed,
        "kinematicallyForbidden" => ScanPointStatus.KinematicallyForbidden,
        "outsideValidity" => ScanPointStatus.OutsideValidity,
        _ => throw new InvalidDataException($"unknown point status '{text}'"),
    };

    /// <summary>True for a point that cannot exist or that the production calculation does not cover (drawn hatched, never judged).</summary>
    public static bool IsImpossible(ScanPointStatus status) => status is ScanPointStatus.KinematicallyForbidden or ScanPointStatus.OutsideValidity;

    /// <summary>
    /// "N computed, N without a verdict (kinematically forbidden or outside validity), N failed": the count of a plane's
    /// points as the run summary and report.html give it (an impossible point is never judged, so it is not a failure).
    /// </summary>
    public static string Counts(IEnumerable<ScanPointStatus> statuses)
    {
        var list = statuses.ToList();
        int ok = list.Count(s => s == ScanPointStatus.Ok);
        int failed = list.Count(s => s == ScanPointStatus.Failed);
        return $"{ok} computed, {list.Count - ok - failed} without a verdict (kinematically forbidden or outside validity), {failed} failed";
    }
}
