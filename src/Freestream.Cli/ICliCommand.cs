namespace Freestream.Cli;

/// <summary>One <c>freestream</c> subcommand; every implementation is listed in <see cref="CommandRegistry"/>.</summary>
public interface ICliCommand
{
    /// <summary>Builds the System.CommandLine command with its options and action.</summary>
    Command Build();
}
