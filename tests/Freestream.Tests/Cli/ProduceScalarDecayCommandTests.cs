using System.Text.Json.Nodes;
using Freestream.Distributions;

namespace Freestream.Tests.Cli;

/// <summary><c>freestream produce scalar-decay</c>: JSON contract, output files, bad input.</summary>
public class ProduceScalarDecayCommandTests
{
    [Fact]
    public void JsonOutputHasTheContractFields()
    {
        var (code, output, _) = CliBasicsTests.Run("produce", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-8", "--yukawa", "1e-8", "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal("scalar-decay", (string?)json["model"]);
        Assert.Equal(["I", "II"], json["regime"]!.AsArray().Select(r => (string?)r));
        Assert.False((bool)json["scalarThermalised"]!);
        double yield = (double)json["yieldN"]!;
        double mass = (double)json["sterileMassKeV"]!;
        // m_N = 4.373e-4 keV (Ωh²/0.12)/Y_N (docs/physics/scalar_decay.md §4.2).
        Assert.Equal(4.373e-4 / yield, mass, 2e-3 * mass);
        Assert.Equal(0.12, (double)json["omegaH2"]!, 1e-9);
        Assert.InRange((double)json["meanQ"]!, 1, 10);
        Assert.Single(json["peaksQ"]!.AsArray());
        Assert.InRange((double)json["numberConservationError"]!, 0, 3e-3);
    }

    [Fact]
    public void OutDirectoryGetsClassTableSummaryAndPlots()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"freestream-sd-{Guid.NewGuid():N}");
        try
        {
            var (code, _, _) = CliBasicsTests.Run("produce", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-8", "--yukawa", "1e-8", "--out", directory);
            Assert.Equal(0, code);
            foreach (string file in new[] { "psd.dat", "summary.json", "spectrum.png", "spectrum.svg" })
            {
                Assert.True(File.Exists(Path.Combine(directory, file)), file);
            }

            var psd = PsdFile.Read(Path.Combine(directory, "psd.dat"));
            var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "summary.json")))!;
            Assert.Equal((double)summary["meanQ"]!, psd.MeanQ, 1e-6 * psd.MeanQ);
            Assert.Equal(0.12, psd.OmegaH2((double)summary["sterileMassKeV"]!), 1e-6);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("--lambda", "0")]
    [InlineData("--lambda", "-1e-8")]
    [InlineData("--yukawa", "0")]
    [InlineData("--scalar-mass-gev", "-100")]
    [InlineData("--scalar-mass-gev", "NaN")]
    [InlineData("--yukawa", "Infinity")]
    [InlineData("--sterile-mass-kev", "5e7")]
    [InlineData("--omega-h2", "0")]
    [InlineData("--sin2-2theta", "0")]
    [InlineData("--sin2-2theta", "1.5")]
    [InlineData("--flavour", "sterile")]
    public void BadInputExitsWithCode2NamingTheOption(string option, string value)
    {
        var arguments = new Dictionary<string, string>
        {
            ["--scalar-mass-gev"] = "100",
            ["--lambda"] = "1e-8",
            ["--yukawa"] = "1e-8",
        };
        arguments[option] = value;
        var (code, _, error) = CliBasicsTests.Run(["produce", "scalar-decay", .. arguments.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(2, code);
        Assert.Contains(option, error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void MixingRunsDodelsonWidrowOnTopAndKeepsTheTargetAbundance()
    {
        var (code, output, _) = CliBasicsTests.Run(
            "produce", "scalar-decay", "--scalar-mass-gev", "100", "--lambda", "1e-8", "--yukawa", "1e-8", "--sin2-2theta", "2e-10", "--json");
        Assert.Equal(0, code);
        var json = System.Text.Json.Nodes.JsonNode.Parse(output)!;
        Assert.Equal("scalar-decay+dodelson-widrow", json["model"]!.GetValue<string>());
        Assert.Equal(0.12, json["omegaH2"]!.GetValue<double>(), 1e-6);
        double dw = json["dodelsonWidrow"]!["omegaH2DodelsonWidrowPart"]!.GetValue<double>();
        double sd = json["dodelsonWidrow"]!["omegaH2ScalarDecayPart"]!.GetValue<double>();
        Assert.True(dw > 0 && sd > 0);
        Assert.Equal(0.12, dw + sd, 1e-3);
    }
}
