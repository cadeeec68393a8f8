using global::Freestream.Cosmology;

namespace Freestream.Tests.Cosmology;

public class BoltzmannSettingsTests
{
    [Theory]
    [InlineData("PhotonLMax")]
    [InlineData("PolarisationLMax")]
    [InlineData("MasslessNeutrinoLMax")]
    [InlineData("NcdmLMax")]
    public void MultipoleCutoffsOutsideTheTabulatedStreamingRatiosAreRefusedByName(string name)
    {
        // The hierarchies' streaming ratios l/(2l+1), (l+1)/(2l+1) are tabulated to l = 256; the presets stop at 30.
        var settings = BoltzmannSettings.Default;
        var tooHigh = name switch
        {
            "PhotonLMax" => settings with { PhotonLMax = 257 },
            "PolarisationLMax" => settings with { PolarisationLMax = 257 },
            "MasslessNeutrinoLMax" => settings with { MasslessNeutrinoLMax = 257 },
            _ => settings with { NcdmLMax = 257 },
        };
        var error = Assert.ThrowsAny<ArgumentException>(() => tooHigh.Validated());
        Assert.Contains(name, error.Message);
        Assert.Contains("[4, 256]", error.Message);
        // The largest preset (l_max 30) and the bound itself pass.
        BoltzmannSettings.Precise.Validated();
        (settings with { NcdmLMax = 256 }).Validated();
    }
}
