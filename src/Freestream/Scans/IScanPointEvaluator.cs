namespace Freestream.Scans;

/// <summary>
/// Computes one scan point (production → f(q) → T²(k) → verdicts). Implementations must be safe to
/// call from several threads at once; the engine measures the total time and records exceptions
/// as failed points.
/// </summary>
public interface IScanPointEvaluator
{
    /// <summary>Reference curves drawn with the T²(k) of selected points (thermal relics), possibly empty.</summary>
    IReadOnlyList<ScanCurve> TransferReferences { get; }

    /// <summary>Evaluates one point; throws to mark it failed, <see cref="OperationCanceledException"/> when cancelled.</summary>
    ScanPointResult Evaluate(ScanPoint point, CancellationToken cancellationToken);
}
