namespace Freestream.Cli;

/// <summary>
/// The command-line option of a declared <see cref="Quantity"/>: its name, help text (meaning, unit, range, default)
/// and range check come from the declaration; its former names are accepted as hidden aliases for one release.
/// </summary>
public sealed class QuantityOption
{
    private readonly Option<double?> main;
    private readonly IReadOnlyList<Option<double?>> aliases;

    /// <summary>Declares the option of <paramref name="quantity"/>.</summary>
    /// <param name="quantity">The declared quantity.</param>
    /// <param name="role">What the value does in this command, appended to the declared description (may be empty).</param>
    /// <param name="withAliases">False where a former name now means another quantity of the same command.</param>
    public QuantityOption(Quantity quantity, string role = "", bool withAliases = true)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        ArgumentNullException.ThrowIfNull(role);
        Quantity = quantity;
        string unit = quantity.Unit.Length > 0 ? quantity.Unit : "dimensionless";
        string range = quantity.Range.Describe();
        string fallback = quantity.Default is double d ? $"; default {QuantityRange.Format(d)}" : string.Empty;
        main = new Option<double?>(quantity.CliOption)
        {
            Description = $"{Capitalised(quantity.Description)} ({unit}, {range}{fallback}){(role.Length > 0 ? ": " + role : string.Empty)}",
        };
        aliases = withAliases
            ? [.. quantity.CliAliases.Select(a => new Option<double?>(a) { Description = $"Former name of {quantity.CliOption}", Hidden = true })]
            : [];
    }

    /// <summary>The declared quantity.</summary>
    public Quantity Quantity { get; }

    /// <summary>The option name, e.g. <c>--sterile-mass-kev</c>.</summary>
    public string Name => Quantity.CliOption;

    /// <summary>Adds the option and its hidden aliases to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(main);
        foreach (var alias in aliases)
        {
            command.Options.Add(alias);
        }
    }

    /// <summary>True when the option (or a former name) was given.</summary>
    public bool IsGiven(ParseResult parse) => Given(parse) is not null;

    /// <summary>The name the value was given under (a former name when that was used), for messages.</summary>
    public string NameGiven(ParseResult parse) => Given(parse)?.Name ?? Name;

    /// <summary>The given value, range-checked, or null when absent.</summary>
    /// <exception cref="UsageException">The option and a former name both given.</exception>
    /// <exception cref="QuantityOutOfRangeException">Outside the declared range (names the option as given).</exception>
    public double? Value(ParseResult parse) =>
        Given(parse) is var (name, value) ? Quantity.Check(value, name) : null;

    /// <summary>The given value, or the declared default when absent.</summary>
    public double ValueOrDefault(ParseResult parse) =>
        Value(parse) ?? Quantity.Default ?? throw new InvalidOperationException($"{Name} has no declared default");

    /// <summary>The given value; absent, a usage error saying what it is needed for.</summary>
    public double Required(ParseResult parse, string neededFor) =>
        Value(parse) ?? throw new UsageException($"{Name}: required {neededFor}, {Quantity.Range.Describe(Quantity.Unit)}");

    private (string Name, double Value)? Given(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        (string, double)? found = parse.GetValue(main) is double v ? (Name, v) : null;
        foreach (var alias in aliases)
        {
            if (parse.GetValue(alias) is double a)
            {
                if (found is not null)
                {
                    throw new UsageException($"{found.Value.Item1} and {alias.Name}: the same quantity given twice ({alias.Name} is the former name of {Name}); give {Name} once");
                }

                found = (alias.Name, a);
            }
        }

        return found;
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
