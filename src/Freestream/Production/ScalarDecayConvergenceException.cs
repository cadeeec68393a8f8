namespace Freestream.Production;

/// <summary>The scalar-decay solver failed at a parameter point; the message names the point and the reason.</summary>
public sealed class ScalarDecayConvergenceException : Exception
{
    /// <summary>Creates the exception for the point <paramref name="model"/>.</summary>
    public ScalarDecayConvergenceException(ScalarDecayModel model, string reason)
        : base(FormattableString.Invariant($"scalar-decay solver failed at m_S = {model.ScalarMassGeV:G6} GeV, lambda = {model.Lambda:G6}, y = {model.Yukawa:G6}: {reason}"))
    {
        Model = model;
    }

    /// <summary>The parameter point that failed.</summary>
    public ScalarDecayModel Model { get; }
}
