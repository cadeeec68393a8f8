namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream produce MODEL ...</c>: run a production model and report the sterile-neutrino momentum
/// distribution f(q) it leaves today. Each model is one subcommand.
/// </summary>
public sealed class ProduceCommand : ICliCommand
{
    /// <summary>Builders of the production-model subcommands; a new model is added with one line here.</summary>
    public static IReadOnlyList<Func<Command>> Models { get; } =
    [
        new ProduceScalarDecayCommand().Build,
        ProduceDodelsonWidrowCommand.Build,
        ProduceShiFullerCommand.Build,
    ];

    /// <inheritdoc />
    public Command Build()
    {
        var command = new Command("produce", "Run a dark-matter production model and report f(q) today (q = p/T_ν0), the relic abundance and the spectrum diagnostics");
        foreach (var build in Models)
        {
            command.Subcommands.Add(build());
        }

        return command;
    }
}
