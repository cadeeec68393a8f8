using System.CommandLine.Parsing;

namespace Freestream.Cli;

/// <summary>Entry point of the <c>freestream</c> command.</summary>
public static class Program
{
    /// <summary>Exit code for bad input (unknown option, value out of range, malformed file).</summary>
    public const int UsageExitCode = 2;

    /// <summary>Exit code for a computation that failed (for example a solver that did not converge).</summary>
    public const int FailureExitCode = 1;

    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers (used by the tests).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

        var root = BuildRoot();
        var parse = root.Parse(args);
        var config = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
        };

        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"freestream: {Describe(parse.Errors[0])}");
            return UsageExitCode;
        }

        if (UnknownOption(parse) is { } unknown)
        {
            stderr.WriteLine($"freestream: unknown option {InputEcho.Quote(unknown)} (see --help)");
            return UsageExitCode;
        }

        bool verbose = parse.GetValue(GlobalOptions.Verbose);
        try
        {
            if (parse.GetValue(GlobalOptions.Out) is { } outDirectory)
            {
                OutputDirectory.CheckWritable(outDirectory);
            }

            return parse.Invoke(config);
        }
        catch (Exception ex) when (Unwrap(ex) is UsageException or ArgumentException or FormatException or FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            var inner = Unwrap(ex);
            stderr.WriteLine($"freestream: {OneLine(UserMessage(inner))}");
            if (verbose)
            {
                stderr.WriteLine(inner);
            }

            return UsageExitCode;
        }
        catch (Exception ex)
        {
            var inner = Unwrap(ex);
            stderr.WriteLine($"freestream: error: {OneLine(inner.Message)}");
            if (verbose)
            {
                stderr.WriteLine(inner);
            }

            return FailureExitCode;
        }
    }

    /// <summary>Builds the root command with the global options and every registered subcommand.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "Freestream: from a dark-matter production model to its momentum distribution f(q), " +
            "linear power spectrum, transfer function and structure-formation verdicts.");
        root.Options.Add(GlobalOptions.Json);
        root.Options.Add(GlobalOptions.Out);
        root.Options.Add(GlobalOptions.Verbose);
        foreach (var command in CommandRegistry.All)
        {
            root.Subcommands.Add(command.Build());
        }

        return root;
    }

    /// <summary>
    /// The parse error as one line naming the option: a value that is not a number becomes
    /// "--option: 'text' is not a number" instead of the parser's message about .NET types.
    /// </summary>
    private static string Describe(ParseError error)
    {
        var option = error.SymbolResult as OptionResult ?? (error.SymbolResult as ArgumentResult)?.Parent as OptionResult;
        if (option is not null && IsNumber(option.Option.ValueType)
            && option.Tokens.FirstOrDefault(t => !double.TryParse(t.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) is { } bad)
        {
            return $"{option.Option.Name}: {InputEcho.Quote(bad.Value)} is not a number";
        }

        return OneLine(error.Message).Length <= 2 * InputEcho.MaxLength ? error.Message : InputEcho.Quote(OneLine(error.Message)).Trim('\'');
    }

    private static bool IsNumber(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(double) || t == typeof(int) || t == typeof(long));

    /// <summary>
    /// A token taken as the value of a positional argument that looks like an option (starts with '-' and is
    /// not a number), e.g. <c>run --bogus</c>, where the parser would otherwise read "--bogus" as FILE.
    /// </summary>
    private static string? UnknownOption(ParseResult parse)
    {
        for (var result = parse.CommandResult; result is not null; result = result.Parent as CommandResult)
        {
            foreach (var argument in result.Children.OfType<ArgumentResult>())
            {
                foreach (var token in argument.Tokens)
                {
                    string value = token.Value;
                    if (value.Length > 1 && value[0] == '-' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    {
                        return value;
                    }
                }
            }
        }

        return null;
    }

    private static Exception Unwrap(Exception ex) =>
        ex is AggregateException { InnerExceptions.Count: 1 } agg ? Unwrap(agg.InnerExceptions[0])
        : ex is System.Reflection.TargetInvocationException { InnerException: { } ti } ? Unwrap(ti)
        : ex;

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    /// <summary>
    /// The message of a bad-input exception without the " (Parameter 'x')" and "Actual value was ..." lines
    /// that ArgumentException appends (the library's messages already name the parameter and the value).
    /// </summary>
    private static string UserMessage(Exception ex) => ex switch
    {
        ArgumentOutOfRangeException range when range.ParamName is not null =>
            $"{StripParameterSuffix(range.Message.Split(Environment.NewLine)[0], range.ParamName)}",
        ArgumentException argument when argument.ParamName is not null => StripParameterSuffix(argument.Message, argument.ParamName),
        _ => ex.Message,
    };

    private static string StripParameterSuffix(string message, string parameter)
    {
        string suffix = $" (Parameter '{parameter}')";
        return message.EndsWith(suffix, StringComparison.Ordinal) ? message[..^suffix.Length] : message;
    }
}
