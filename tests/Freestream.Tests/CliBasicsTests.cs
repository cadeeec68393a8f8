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

    [Theory]
    [InlineData("run", "--no-such-option")]
    [InlineData("psd", "info", "--no-such-option")]
    [InlineData("thermo", "--temperature-gev", "1", "--no-such-option")]
    public void UnknownOptionExitsWithCode2AndOneLine(params string[] args)
    {
        var (code, output, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--no-such-option", err);
        Assert.DoesNotContain("does not exist", err);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("transfer", "--thermal-mass-kev", "inf")]
    [InlineData("power", "--redshift", "abc")]
    public void ValueThatIsNotANumberNamesTheOption(string command, string option, string value)
    {
        var (code, _, err) = Run(command, option, value);
        Assert.Equal(2, code);
        Assert.Equal($"freestream: {option}: '{value}' is not a number", err.Trim());
    }

    [Fact]
    public void RepeatedNumericOptionIsNotCalledANonNumber()
    {
        var (code, _, err) = Run("power", "--redshift", "1", "--redshift", "2");
        Assert.Equal(2, code);
        Assert.Contains("--redshift", err);
        Assert.DoesNotContain("is not a number", err);
    }

    [Fact]
    public void NegativeNumberIsNotTakenForAnUnknownOption()
    {
        var (code, _, err) = Run("power", "--redshift", "-1");
        Assert.Equal(2, code);
        Assert.StartsWith("freestream: --redshift:", err);
    }

    [Fact]
    public void HelpListsRunCommand()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("run", output);
    }
}
