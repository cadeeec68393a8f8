using System.Text.Json.Nodes;
using Freestream.Cli.Commands;
using Freestream.Cosmology;
using Freestream.Production;
using Freestream.Distributions;

namespace Freestream.Tests.Production;

/// <summary><c>freestream produce dodelson-widrow</c> through the real command line.</summary>
public sealed class DodelsonWidrowCliTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("freestream-dwcli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    /// <summary>Runs <c>freestream produce dodelson-widrow ...</c> through the real command line.</summary>
    private static (int Code, string Out, string Err) Run(params string[] args) =>
        CliBasicsTests.Run(["produce", "dodelson-widrow", .. args]);

    [Fact]
    public void JsonReportsOmegaAndMeanQOfTheLibraryRun()
    {
        var (code, output, _) = Run("--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-10", "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        var library = DodelsonWidrowModel.Produce(7.1, 1e-10, ActiveNeutrinoFlavour.Muon);
        Assert.Equal(library.OmegaH2, (double)json["omegaH2"]!, 1e-12);
        Assert.Equal(library.MeanQ, (double)json["meanQ"]!, 1e-9);
        Assert.Equal("mu", (string)json["flavour"]!);
        Assert.Equal(7.1, (double)json[ProductionQuantities.SterileMassKeV.JsonKey]!);
        Assert.Equal(1e-10, (double)json[ProductionQuantities.Sin2TwoTheta.JsonKey]!);
    }

    [Fact]
    public void SolveMixingHitsTarget()
    {
        var (code, output, _) = Run("--sterile-mass-kev", "7.1", "--solve-mixing", "--flavour", "e", "--json", "--precision", "fast");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(0.12, (double)json["omegaH2"]!, 6);
        Assert.Equal(0.12, (double)json[CosmologyQuantities.OmegaDarkMatterH2.JsonKey]!);
        Assert.Equal("e", (string)json["flavour"]!);
    }

    [Fact]
    public void OutWritesClassPsdSummaryAndPlots()
    {
        var (code, _, _) = Run("--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-10", "--out", directory);
        Assert.Equal(0, code);
        foreach (string name in new[] { "psd.dat", "class.ini", "summary.json", "spectrum.png", "spectrum.svg" })
        {
            Assert.True(File.Exists(Path.Combine(directory, name)), name);
        }

        var psd = PsdFile.Read(Path.Combine(directory, "psd.dat"));
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "summary.json")))!.AsObject();
        Assert.Equal((double)summary["omegaH2"]!, psd.OmegaH2(7.1), 5);

        // The CLASS lines to paste follow the numbers; class.ini carries the same ncdm block.
        string psdText = File.ReadAllText(Path.Combine(directory, "psd.dat"));
        Assert.Contains("#   deg_ncdm = 0.00806288360829987", psdText);
        Assert.Contains("#   m_ncdm = 7100", psdText);
        Assert.Contains("\ndeg_ncdm = 0.00806288360829987", File.ReadAllText(Path.Combine(directory, "class.ini")));
        Assert.Equal(0.00806288360829987, (double)summary["class"]!["deg_ncdm"]!, 1e-15);
    }

    [Fact]
    public void InitialPsdIsEvolvedAndAdditionErrorReported()
    {
        string file = Path.Combine(directory, "initial.dat");
        PsdFile.Write(file, MomentumDistribution.FermiDirac(0.5, 2).Scaled(0.05));
        var (code, output, _) = Run("--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-9", "--initial-psd", file, "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        double total = (double)json["omegaH2"]!;
        double initial = (double)json["initialOmegaH2"]!;
        double dw = (double)json["dodelsonWidrowOmegaH2"]!;
        double error = (double)json["additiveApproximationError"]!;
        Assert.Equal(1.0, (initial + dw) / total, 2);
        Assert.InRange(error, 1e-6, 1e-2);
    }

    [Theory]
    [InlineData("--sin2-2theta", "--sterile-mass-kev", "7.1", "--sin2-2theta", "1.5")]
    [InlineData("--sin2-2theta", "--sterile-mass-kev", "7.1", "--sin2-2theta", "0")]
    [InlineData("--sin2-2theta", "--sterile-mass-kev", "7.1", "--sin2-2theta", "-1e-10")]
    [InlineData("--flavour", "--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-10", "--flavour", "sterile")]
    [InlineData("--sterile-mass-kev", "--sterile-mass-kev", "0", "--sin2-2theta", "1e-10")]
    [InlineData("--sterile-mass-kev", "--sterile-mass-kev", "-3", "--sin2-2theta", "1e-10")]
    [InlineData("--sin2-2theta", "--sterile-mass-kev", "7.1")]
    [InlineData("--rates", "--sterile-mass-kev", "7.1", "--sin2-2theta", "1e-10", "--rates", "magic")]
    public void BadInputExitsWith2NamingTheOption(string option, params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Contains(option, error);
    }
}
