using Freestream.Cli.Commands;

namespace Freestream.Cli;

/// <summary>The one place where subcommands are registered.</summary>
public static class CommandRegistry
{
    /// <summary>Every top-level subcommand of <c>freestream</c>.</summary>
    public static IReadOnlyList<ICliCommand> All { get; } =
    [
        new RunCommand(),
        new ThermoCommand(),
        new PsdCommand(),
        new ProduceCommand(),
        new XRayCommand(),
        new TransferCommand(),
        new PowerCommand(),
        new JudgeCommand(),
        new ScanCommand(),
        new MergeCommand(),
        new FigureCommand(),
    ];
}
