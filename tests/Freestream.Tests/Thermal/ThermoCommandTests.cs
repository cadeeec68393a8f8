using System.Text.Json.Nodes;

namespace Freestream.Tests.Thermal;

/// <summary>The <c>freestream thermo</c> command.</summary>
public class ThermoCommandTests
{
    [Fact]
    public void JsonGivesTheThreePlateausOfGStarS()
    {
        // 106.75 (all SM species relativistic), 10.75 (γ, e±, ν at a few MeV), 43/11 = 3.909 (today).
        var (code, output, _) = CliBasicsTests.Run("thermo", "--temperature-gev", "1000,0.003,1e-6", "--json");
        Assert.Equal(0, code);
        var points = JsonNode.Parse(output)!["points"]!.AsArray();
        Assert.Equal(3, points.Count);
        Assert.Equal(106.75, points[0]!["gStarS"]!.GetValue<double>(), 0.1);
        Assert.Equal(10.75, points[1]!["gStarS"]!.GetValue<double>(), 0.03);
        Assert.Equal(3.91, points[2]!["gStarS"]!.GetValue<double>(), 0.005);
        foreach (var key in new[] { "temperatureGeV", "gStar", "dlnGStarSdlnT", "hubbleGeV", "timeSeconds" })
        {
            Assert.True(double.IsFinite(points[1]![key]!.GetValue<double>()), key);
        }

        // t = 1/(2H) to 0.1 % at 3 MeV, where g* has been constant since the muons annihilated.
        Assert.Equal(1.0, points[1]!["timeSeconds"]!.GetValue<double>() * 2 * points[1]!["hubblePerSecond"]!.GetValue<double>(), 0.001);
    }

    [Fact]
    public void HumanOutputHasOneRowPerTemperature()
    {
        var (code, output, _) = CliBasicsTests.Run("thermo", "--temperature-gev", "1,0.1");
        Assert.Equal(0, code);
        Assert.Equal(4, output.Trim().Split('\n').Length);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1,0")]
    [InlineData("1,abc")]
    [InlineData("1,nan")]
    public void BadTemperatureExitsWith2AndOneLineNamingTheOption(string list)
    {
        var (code, output, err) = CliBasicsTests.Run("thermo", "--temperature-gev", list);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--temperature-gev", err);
        Assert.Single(err.Trim().Split('\n'));
    }
}
