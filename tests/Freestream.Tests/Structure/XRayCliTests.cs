using System.Text.Json.Nodes;
using Freestream.Production;
using Freestream.Structure;

namespace Freestream.Tests.Structure;

/// <summary><c>freestream xray</c>: numbers, JSON, halo presets and the exit-code-2 contract.</summary>
public class XRayCliTests
{
    [Fact]
    public void LifetimeAndLineEnergyOf3p55KeVLine()
    {
        // Bulbul et al. 2014 (arXiv:1402.2301): m = 7.1 keV, sin²2θ = 7e-11 → τ = 5.8e27 s (physics note §4.2).
        var (code, output, _) = CliBasicsTests.Run("xray", "--sterile-mass-kev", "7.1", "--sin2-2theta", "7e-11", "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(5.8e27, (double)json["lifetimeSeconds"]!, 0.05e27);
        Assert.Equal(3.55, (double)json["lineEnergyKeV"]!, 1e-12);
        Assert.Equal("milky-way", (string)json["halo"]!["name"]!);
        double expected = XRayLineFlux.PhotonFlux(7.1, 7e-11, XRayLineFlux.DFactor(XRayHalo.MilkyWay, 0.25, 0));
        Assert.Equal(1.0, (double)json["photonFluxPerCm2PerS"]! / expected, 9);
    }

    [Fact]
    public void InputsAreEchoedUnderTheirDeclaredJsonKeys()
    {
        // One name per quantity (issue 13 item 4): the JSON keys of the inputs are the Quantity declarations'.
        var (code, output, _) = CliBasicsTests.Run("xray", "--sterile-mass-kev", "7.1", "--sin2-2theta", "7e-11", "--fov-radius-deg", "0.5", "--json");
        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(7.1, (double)json[ProductionQuantities.SterileMassKeV.JsonKey]!);
        Assert.Equal(7e-11, (double)json[ProductionQuantities.Sin2TwoTheta.JsonKey]!);
        Assert.Equal(0.5, (double)json[StructureQuantities.FieldOfViewRadiusDeg.JsonKey]!);
        Assert.Equal(XRayHalo.MilkyWay.ScaleRadiusKpc, (double)json["halo"]![StructureQuantities.HaloScaleRadiusKpc.JsonKey]!);
        Assert.False(json.ContainsKey("massKeV"));
    }

    [Fact]
    public void DiracHalvesTheFlux()
    {
        var (_, majorana, _) = CliBasicsTests.Run("xray", "--sterile-mass-kev", "7.1", "--sin2-2theta", "7e-11", "--halo", "m31", "--json");
        var (_, dirac, _) = CliBasicsTests.Run("xray", "--sterile-mass-kev", "7.1", "--sin2-2theta", "7e-11", "--halo", "m31", "--dirac", "--json");
        double ratio = (double)JsonNode.Parse(dirac)!["photonFluxPerCm2PerS"]! / (double)JsonNode.Parse(majorana)!["photonFluxPerCm2PerS"]!;
        Assert.Equal(0.5, ratio, 12);
    }

    [Fact]
    public void CustomHaloNeedsItsParameters()
    {
        var (code, _, error) = CliBasicsTests.Run("xray", "--sterile-mass-kev", "7.1", "--sin2-2theta", "7e-11", "--halo", "custom", "--rs-kpc", "20");
        Assert.Equal(2, code);
        Assert.Contains("--rhos-gev-cm3", error);
        var (ok, output, _) = CliBasicsTests.Run("xray", "--sterile-mass-kev", "7.1", "--sin2-2theta", "7e-11", "--halo", "custom", "--rs-kpc", "20",
            "--rhos-gev-cm3", "0.345206", "--distance-kpc", "8.5", "--rmax-kpc", "300", "--json");
        Assert.Equal(0, ok);
        double custom = (double)JsonNode.Parse(output)!["photonFluxPerCm2PerS"]!;
        double preset = XRayLineFlux.PhotonFlux(7.1, 7e-11, XRayLineFlux.DFactor(XRayHalo.MilkyWay, 0.25, 0));
        Assert.Equal(1.0, custom / preset, 4);
    }

    [Theory]
    [InlineData("--sterile-mass-kev", "--sterile-mass-kev", "0", "--sin2-2theta", "7e-11")]
    [InlineData("--sin2-2theta", "--sterile-mass-kev", "7.1", "--sin2-2theta", "2")]
    [InlineData("--halo", "--sterile-mass-kev", "7.1", "--sin2-2theta", "7e-11", "--halo", "coma")]
    [InlineData("--fov-radius-deg", "--sterile-mass-kev", "7.1", "--sin2-2theta", "7e-11", "--fov-radius-deg", "-1")]
    public void BadInputExitsWith2NamingTheOption(string option, params string[] args)
    {
        var (code, _, error) = CliBasicsTests.Run(["xray", .. args]);
        Assert.Equal(2, code);
        Assert.Contains(option, error);
        Assert.Single(error.Trim().Split('\n'));
    }
}
