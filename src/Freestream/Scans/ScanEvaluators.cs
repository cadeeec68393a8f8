namespace Freestream.Scans;

/// <summary>Creates the point evaluator of a specification's production model.</summary>
public static class ScanEvaluators
{
    /// <summary>The evaluator for <see cref="ScanSpecification.Model"/>.</summary>
    /// <exception cref="ArgumentException">A model without an evaluator in this build.</exception>
    public static IScanPointEvaluator Create(ScanSpecification specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        throw new ArgumentException($"model: the '{specification.Model}' pipeline (production → Boltzmann solver → verdicts) is not available in this build", nameof(specification));
    }
}
