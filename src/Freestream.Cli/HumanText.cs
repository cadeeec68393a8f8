namespace Freestream.Cli;

/// <summary>Numbers and interpolated text of the commands' human-readable output, in the invariant culture.</summary>
internal static class HumanText
{
    /// <summary>Six significant digits (<see cref="OptionChecks.Format"/>).</summary>
    public static string F(double value) => OptionChecks.Format(value);

    /// <summary>The text with every number formatted in the invariant culture.</summary>
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
