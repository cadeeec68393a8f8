namespace Freestream.Cli.Commands;

/// <summary>
/// The <c>--constraints NAME|FILE</c> option of <c>judge</c>, <c>scan</c> and <c>run</c>: a committed constraint set
/// (current, kmt2017) or a JSON file of the same form (docs/constraints.md).
/// </summary>
internal static class ConstraintsOption
{
    /// <summary>Description shared by the commands.</summary>
    public const string Description = "Published bounds the verdicts are judged against: current (default: Lyman-alpha, Milky-Way satellites, strong lensing, their combinations, z=6 counts), kmt2017 (the 2017 talk's criteria) or a JSON file of the same form (docs/constraints.md)";

    /// <summary>A new option (nullable: null when not given).</summary>
    public static Option<string?> Create(bool recursive = false) => new("--constraints") { Description = Description, Recursive = recursive };

    /// <summary>Loads the set; a bad name or file is a usage error naming the option.</summary>
    public static ConstraintSet Load(string nameOrPath)
    {
        try
        {
            return ConstraintSet.Load(nameOrPath);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException or FileNotFoundException)
        {
            throw new UsageException($"--constraints: {ex.Message.Split(Environment.NewLine)[0].Split(" (Parameter")[0]}");
        }
    }
}
