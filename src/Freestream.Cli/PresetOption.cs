namespace Freestream.Cli;

/// <summary>
/// <c>--preset fast|default|precise</c>, the one accuracy option of every command that runs a solver (its former
/// name <c>--precision</c> is accepted, hidden, for one release).
/// </summary>
public sealed class PresetOption
{
    /// <summary>The option name.</summary>
    public const string Name = "--preset";

    /// <summary>The accepted preset names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["fast", "default", "precise"];

    private readonly Option<string?> main;
    private readonly Option<string?> former = new("--precision") { Description = "Former name of --preset", Hidden = true };

    /// <summary>Declares the option; <paramref name="what"/> says what the preset sets in this command.</summary>
    public PresetOption(string what)
    {
        main = new Option<string?>(Name) { Description = $"Accuracy preset: fast, default or precise (default: default); {what}" };
    }

    /// <summary>Adds the option and its hidden former name.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(main);
        command.Options.Add(former);
    }

    /// <summary>The preset name as given (lower case), "default" when absent.</summary>
    public string Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        string? given = parse.GetValue(main);
        string? old = parse.GetValue(former);
        if (given is not null && old is not null)
        {
            throw new UsageException("--preset and --precision: the same setting given twice (--precision is the former name of --preset); give --preset once");
        }

        string name = (given ?? old ?? "default").Trim().ToLowerInvariant();
        return Names.Contains(name) ? name : throw UsageException.OutOfRange(given is null && old is not null ? "--precision" : Name, "one of fast, default, precise", Numerics.InputEcho.Quote(given ?? old));
    }

    /// <summary>The settings of the preset given on the command line.</summary>
    public T Select<T>(ParseResult parse, T fast, T @default, T precise) => Choose(Read(parse), fast, @default, precise);

    /// <summary>The settings of the preset named <paramref name="name"/> (as returned by <see cref="Read"/>).</summary>
    public static T Choose<T>(string name, T fast, T @default, T precise) => name switch
    {
        "fast" => fast,
        "precise" => precise,
        _ => @default,
    };
}
