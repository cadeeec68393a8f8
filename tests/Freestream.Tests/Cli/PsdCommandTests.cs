using System.Text.Json.Nodes;
using Freestream.Production;
using Freestream.Distributions;

namespace Freestream.Tests.Cli;

/// <summary><c>freestream psd info</c>: numbers, JSON keys, plots and the exit-code-2 contract.</summary>
public sealed class PsdCommandTests : IDisposable
{
    private static readonly string Example = Path.Combine(AppContext.BaseDirectory, "Data", "psd", "fermi_dirac.dat");
    private readonly string directory = Directory.CreateTempSubdirectory("freestream-psdcli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void FermiDiracTableGivesThermalMeanMomentum()
    {
        // ⟨q⟩ = 7π⁴/(180 ζ(3)) = 3.15137, ⟨q²⟩^{1/2} = (15 ζ(5)/ζ(3))^{1/2} = 3.59714, n = 112.0 cm⁻³ for g = 2.
        var (code, output, error) = CliBasicsTests.Run("psd", "info", Example);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("⟨q⟩:", output);
        Assert.Contains("3.15137", output);
        Assert.Contains("3.59714", output);
        Assert.Contains("112.016 cm⁻³", output);
    }

    [Fact]
    public void JsonHasCamelCaseKeysAndOmegaWithMass()
    {
        var (code, output, _) = CliBasicsTests.Run("psd", "info", Example, "--json", "--sterile-mass-kev", "0.01");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(400, (int)json["points"]!);
        Assert.Equal(1e-4, (double)json["qMin"]!, 1e-15);
        Assert.Equal(60, (double)json["qMax"]!, 1e-12);
        Assert.Equal(3.1514, (double)json["meanQ"]!, 1e-4);
        Assert.Equal(Math.Sqrt(12.939417665), (double)json["rmsQ"]!, 1e-6);
        Assert.Equal(112.0, (double)json["numberDensityCm3"]!, 0.1);

        // One neutrino-like species of 10 eV: Ω h² = m/(94.07 eV) (instantaneous decoupling, see MomentumDistributionTests).
        Assert.Equal(10 / 94.07, (double)json["omegaH2"]!, 2e-5);

        var (_, withoutMass, _) = CliBasicsTests.Run("psd", "info", Example, "--json");
        Assert.Null(JsonNode.Parse(withoutMass)!["omegaH2"]);
    }

    [Fact]
    public void SterileDmSnapshotIsReadAtItsTemperatureAndRefusedWithoutIt()
    {
        string snapshot = Path.Combine(AppContext.BaseDirectory, "Data", "psd", "sterile-dm_ms7.115keV_Snapshot100_T10MeV.dat");
        var (code, output, _) = CliBasicsTests.Run("psd", "info", snapshot, "--psd-temperature-mev", "10", "--mass-kev", "7.115", "--json");
        Assert.Equal(0, code);

        // sterile-dm's own Ω h² of this run (Data/psd/README.md): 0.118791.
        Assert.Equal(1.0, (double)JsonNode.Parse(output)!["omegaH2"]! / 0.118791, 5e-3);

        var (missing, _, error) = CliBasicsTests.Run("psd", "info", snapshot);
        Assert.Equal(2, missing);
        Assert.Contains("--psd-temperature-mev", error);
        var (badFormat, _, formatError) = CliBasicsTests.Run("psd", "info", snapshot, "--psd-format", "camb");
        Assert.Equal(2, badFormat);
        Assert.Contains("--psd-format: must be freestream, class, sterile-dm, got camb", formatError);
    }

    [Fact]
    public void DegeneracyScalesNumberDensity()
    {
        var (_, two, _) = CliBasicsTests.Run("psd", "info", Example, "--json");
        var (_, one, _) = CliBasicsTests.Run("psd", "info", Example, "--json", "--degeneracy", "1");
        Assert.Equal((double)JsonNode.Parse(two)!["numberDensityCm3"]! / 2, (double)JsonNode.Parse(one)!["numberDensityCm3"]!, 1e-10);
    }

    [Fact]
    public void OutWritesPngAndSvgPlots()
    {
        string outDirectory = Path.Combine(directory, "plots");
        var (code, output, _) = CliBasicsTests.Run("psd", "info", Example, "--out", outDirectory);
        Assert.Equal(0, code);
        Assert.True(new FileInfo(Path.Combine(outDirectory, "psd.png")).Length > 10_000);
        Assert.Contains("q² f(q)", File.ReadAllText(Path.Combine(outDirectory, "psd.svg")));
        Assert.Contains("psd.png", output);
        Assert.Equal(["psd.png", "psd.svg"], Directory.GetFileSystemEntries(outDirectory).Select(p => Path.GetFileName(p)!).Order().ToArray());
    }

    [Fact]
    public void MalformedFileExitsWith2AndNamesFileAndLine()
    {
        string path = Path.Combine(directory, "bad.dat");
        File.WriteAllLines(path, ["# q f", "0.1 0.5", "0.2 oops", "0.3 0.4"]);
        string outDirectory = Path.Combine(directory, "never");
        var (code, _, error) = CliBasicsTests.Run("psd", "info", path, "--out", outDirectory);
        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains(path, error);
        Assert.Contains("line 3", error);
        Assert.False(Directory.Exists(outDirectory));
    }

    [Fact]
    public void MissingFileExitsWith2AndNamesFile()
    {
        string path = Path.Combine(directory, "missing.dat");
        var (code, _, error) = CliBasicsTests.Run("psd", "info", path);
        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains(path, error);
    }

    [Theory]
    [InlineData("--mass-kev", "0")]
    [InlineData("--mass-kev", "-3")]
    [InlineData("--degeneracy", "0")]
    [InlineData("--mass-kev", "NaN")]
    public void NonPositiveOptionExitsWith2AndNamesOption(string option, string value)
    {
        var (code, _, error) = CliBasicsTests.Run("psd", "info", Example, option, value);
        Assert.Equal(2, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains(option, error);
    }

    [Fact]
    public void TruncatedTableWarnsOnStderr()
    {
        // A Fermi–Dirac table cut at q = 2 misses about 70 % of ∫q²f: the command still reports, with a warning.
        double[] q = [.. Enumerable.Range(1, 40).Select(i => 0.05 * i)];
        string path = Path.Combine(directory, "truncated.dat");
        PsdFile.Write(path, new MomentumDistribution(q, [.. q.Select(x => 1 / (Math.Exp(x) + 1))]));
        var (code, _, error) = CliBasicsTests.Run("psd", "info", path);
        Assert.Equal(0, code);
        Assert.Contains("warning", error);
        Assert.Contains(path, error);
    }
}
