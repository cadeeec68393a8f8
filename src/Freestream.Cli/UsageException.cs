namespace Freestream.Cli;

/// <summary>
/// Bad command-line input: printed as one line on stderr, exit code 2.
/// </summary>
public sealed class UsageException(string message) : Exception(message)
{
    /// <summary>Builds the standard message "--option: must be ..., got ...".</summary>
    public static UsageException OutOfRange(string option, string allowed, object? got) =>
        new($"{option}: must be {allowed}, got {got}");
}
