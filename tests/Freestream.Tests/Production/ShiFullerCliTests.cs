using System.Text.Json.Nodes;
using Freestream.Cli.Commands;
using Freestream.Production;
using Freestream.Distributions;

namespace Freestream.Tests.Production;

/// <summary><c>freestream produce shi-fuller</c> through the real command line.</summary>
public sealed class ShiFullerCliTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("freestream-sfcli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>Runs <c>freestream produce shi-fuller ...</c> through the real command line.</summary>
    private static (int Code, string Out, string Err) Run(params string[] args) =>
        CliBasicsTests.Run(["produce", "shi-fuller", .. args]);

    [Fact]
    public void JsonReportsBothHelicitiesOfTheLibraryRun()
    {
        // The example of issue 8.
        var (code, output, _) = Run("--sterile-mass-kev", "7.1", "--sin2-2theta", "5e-11", "--lepton-asymmetry-l6", "10", "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        var library = ShiFullerModel.Produce(7.1, 5e-11, LeptonAsymmetry.FromL6(10), ActiveNeutrinoFlavour.Muon);
        Assert.Equal(library.OmegaH2, (double)json["omegaH2"]!, 12);
        Assert.Equal(library.NeutrinoOmegaH2, (double)json["neutrino"]!["omegaH2"]!, 12);
        Assert.Equal(library.AntineutrinoMeanQ, (double)json["antineutrino"]!["meanQ"]!, 9);
        Assert.Equal(10, (double)json["initialAsymmetry"]!["l6"]!, 9);
        Assert.Equal(library.FinalAsymmetry.L6, (double)json["finalAsymmetry"]!["l6"]!, 9);
        Assert.Equal(library.InitialAsymmetry.PerPhoton(10), (double)json["initialAsymmetry"]!["perPhoton"]!, 15);
    }

    [Fact]
    public void TreeLevelRatesAreKeptForComparison()
    {
        // --rates tree-level runs the library with the own tree-level channel sum instead of the tabulated default; the
        // tabulated rates lower the non-resonant ν̄ part (the table's Pauli blocking and p/T dependence).
        var (code, output, _) = Run("--sterile-mass-kev", "7.1", "--sin2-2theta", "5e-11", "--lepton-asymmetry-l6", "10", "--rates", "tree-level", "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        var settings = ShiFullerSettings.Default with { Opacity = StandardModelActiveNeutrinoOpacity.For(ActiveNeutrinoFlavour.Muon) };
        var library = ShiFullerModel.Produce(7.1, 5e-11, LeptonAsymmetry.FromL6(10), ActiveNeutrinoFlavour.Muon, settings);
        Assert.Equal("tree-level", (string)json["rates"]!);
        Assert.Equal(library.OmegaH2, (double)json["omegaH2"]!, 12);
        Assert.True(ShiFullerModel.Produce(7.1, 5e-11, LeptonAsymmetry.FromL6(10), ActiveNeutrinoFlavour.Muon).AntineutrinoOmegaH2 < library.AntineutrinoOmegaH2);
    }

    [Fact]
    public void AsymmetryConventionsDescribeTheSameRun()
    {
        // L₆ = 10 given as L/n_γ and as L/T³ at 0.5 GeV: the same L/s, the same Ω.
        var l = LeptonAsymmetry.FromL6(10);
        string perPhoton = l.PerPhoton(0.5).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        string perCube = l.PerCubicTemperature(0.5).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var omegas = new[]
        {
            new[] { "--lepton-asymmetry-l6", "10" },
            ["--lepton-asymmetry-per-entropy", "1e-5"],
            ["--lepton-asymmetry-per-photon", perPhoton, "--asymmetry-reference-temperature-gev", "0.5"],
            ["--lepton-asymmetry-per-t3", perCube, "--asymmetry-reference-temperature-gev", "0.5"],
        }.Select(option =>
        {
            var (code, output, _) = Run(["--sterile-mass-kev", "7.1", "--sin2-2theta", "5e-11", "--precision", "fast", "--json", .. option]);
            Assert.Equal(0, code);
            return (double)JsonNode.Parse(output)!["omegaH2"]!;
        }).ToList();
        Assert.All(omegas, o => Assert.Equal(1.0, o / omegas[0], 9));
    }

    [Fact]
    public void SolveAsymmetryHitsTarget()
    {
        // Fast settings: Ω(L) steps by up to ~1e-3 where the adaptive grid and step halving change with L.
        var (code, output, _) = Run("--sterile-mass-kev", "7.1", "--sin2-2theta", "5e-11", "--solve-asymmetry", "--precision", "fast", "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(1.0, (double)json["omegaH2"]! / 0.12, 2e-3);
        Assert.True((double)json["initialAsymmetry"]!["l6"]! > 50);
    }

    [Fact]
    public void OutWritesPsdFilesSummaryAndPlots()
    {
        var (code, _, _) = Run("--sterile-mass-kev", "7.1", "--sin2-2theta", "5e-11", "--lepton-asymmetry-l6", "30", "--precision", "fast", "--out", directory);
        Assert.Equal(0, code);
        foreach (string name in new[] { "psd.dat", "psd_nu.dat", "psd_nubar.dat", "summary.json", "spectrum.png", "spectrum.svg" })
        {
            Assert.True(File.Exists(Path.Combine(directory, name)), name);
        }

        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "summary.json")))!.AsObject();
        Assert.Equal((double)summary["omegaH2"]!, PsdFile.Read(Path.Combine(directory, "psd.dat")).OmegaH2(7.1), 5);
        Assert.Equal((double)summary["neutrino"]!["omegaH2"]!, PsdFile.Read(Path.Combine(directory, "psd_nu.dat"), 1).OmegaH2(7.1), 5);
    }

    [Theory]
    [InlineData("--lepton-asymmetry-l6", "--sterile-mass-kev", "7.1", "--sin2-2theta", "5e-11")]
    [InlineData("--lepton-asymmetry-l6", "--sterile-mass-kev", "7.1", "--sin2-2theta", "5e-11", "--lepton-asymmetry-l6", "-3")]
    [InlineData("--lepton-asymmetry-per-photon", "--sterile-mass-kev", "7.1", "--sin2-2theta", "5e-11", "--lepton-asymmetry-l6", "3", "--lepton-asymmetry-per-photon", "1e-3")]
    [InlineData("--lepton-asymmetry-l6", "--sterile-mass-kev", "7.1", "--sin2-2theta", "5e-11", "--lepton-asymmetry-l6", "3", "--solve-asymmetry")]
    [InlineData("--asymmetry-reference-temperature-gev", "--sterile-mass-kev", "7.1", "--sin2-2theta", "5e-11", "--lepton-asymmetry-per-t3", "1e-3", "--asymmetry-reference-temperature-gev", "100")]
    [InlineData("--sin2-2theta", "--sterile-mass-kev", "7.1", "--sin2-2theta", "2", "--lepton-asymmetry-l6", "3")]
    [InlineData("--sterile-mass-kev", "--sterile-mass-kev", "0", "--sin2-2theta", "5e-11", "--lepton-asymmetry-l6", "3")]
    [InlineData("--redistribution", "--sterile-mass-kev", "7.1", "--sin2-2theta", "5e-11", "--lepton-asymmetry-l6", "3", "--redistribution", "magic")]
    [InlineData("--flavour", "--sterile-mass-kev", "7.1", "--sin2-2theta", "5e-11", "--lepton-asymmetry-l6", "3", "--flavour", "x")]
    [InlineData("--rates", "--sterile-mass-kev", "7.1", "--sin2-2theta", "5e-11", "--lepton-asymmetry-l6", "3", "--rates", "loop-level")]
    public void BadInputExitsWith2NamingTheOption(string option, params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains(option, error);
    }

    [Fact]
    public void SolveAsymmetryRejectsAMixingThatOverproducesAlready()
    {
        // sin²2θ = 1e-8 at 7.1 keV gives Ω h² ≈ 0.6 by Dodelson–Widrow alone: no asymmetry can lower it.
        var (code, _, error) = Run("--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-8", "--solve-asymmetry", "--precision", "fast");
        Assert.Equal(2, code);
        Assert.Contains("--sin2-2theta", error);
    }
}
