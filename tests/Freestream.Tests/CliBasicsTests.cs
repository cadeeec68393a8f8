using Freestream.Cli;

namespace Freestream.Tests;

/// <summary>The command-line contract shared by every subcommand.</summary>
public class CliBasicsTests
{
    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void UnknownOptionExitsWithCode2AndOneLine()
    {
        var (code, _, err) = Run("run", "--no-such-option");
        Assert.Equal(2, code);
        Assert.Contains("--no-such-option", err);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void HelpListsRunCommand()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("run", output);
    }
}
