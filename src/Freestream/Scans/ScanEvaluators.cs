namespace Freestream.Scans;

/// <summary>Creates the point evaluator of a specification's production model.</summary>
public static class ScanEvaluators
{
    /// <summary>The evaluator for <see cref="ScanSpecification.Model"/>.</summary>
    /// <param name="specification">The scan.</param>
    /// <param name="pointsInParallel">Points the engine will evaluate at once (the evaluator can then keep each point serial).</param>
    /// <exception cref="ArgumentException">A model without an evaluator in this build.</exception>
    public static IScanPointEvaluator Create(ScanSpecification specification, int pointsInParallel)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentOutOfRangeException.ThrowIfLessThan(pointsInParallel, 1);
        return specification.Model switch
        {
            "scalar-decay" => new ScalarDecayPointEvaluator(specification, pointsInParallel),
            "shi-fuller" => new ShiFullerPointEvaluator(specification, pointsInParallel),
            _ => throw new ArgumentException($"model: no scan evaluator for '{specification.Model}'", nameof(specification)),
        };
    }
}
