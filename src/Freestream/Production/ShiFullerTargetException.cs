namespace Freestream.Production;

/// <summary>Why no initial asymmetry gives the target abundance at a given mass and mixing.</summary>
public enum ShiFullerTargetFailure
{
    /// <summary>Dodelson–Widrow production alone (L = 0) already reaches the target: the mixing is too large.</summary>
    OverproducedWithoutAsymmetry,

    /// <summary>Even L/s = <see cref="ShiFullerModel.MaxAsymmetryPerEntropy"/> stays below the target: the mixing is too small.</summary>
    AsymmetryLimitReached,
}

/// <summary>
/// The target Ω h² of <see cref="ShiFullerModel.AsymmetryForOmegaH2(ShiFullerSolver, double, double, double, CancellationToken)"/>
/// cannot be reached with 0 &lt; L/s ≤ <see cref="ShiFullerModel.MaxAsymmetryPerEntropy"/>; <see cref="Failure"/> says on which side.
/// An <see cref="ArgumentOutOfRangeException"/> naming the mixing (overproduced) or the target (limit reached).
/// </summary>
public sealed class ShiFullerTargetException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception.</summary>
    public ShiFullerTargetException(ShiFullerTargetFailure failure, string paramName, double actualValue, string message)
        : base(paramName, actualValue, message)
    {
        Failure = failure;
        Reason = message;
    }

    /// <summary>Which side of the Shi–Fuller region the point lies on.</summary>
    public ShiFullerTargetFailure Failure { get; }

    /// <summary>The message without the parameter name and value that <see cref="ArgumentOutOfRangeException"/> appends.</summary>
    public string Reason { get; }
}
