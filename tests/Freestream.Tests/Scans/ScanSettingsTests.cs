using Freestream.Cosmology;
using Freestream.Scans;
using Freestream.Structure;

namespace Freestream.Tests.Scans;

public class ScanSettingsTests
{
    [Fact]
    public void NamedThresholdsOverrideTheStructureDefaults()
    {
        var settings = ScanSettings.Structure(new Dictionary<string, double>
        {
            ["half_mode_strict_mass_kev"] = 4.0,
            ["lyman_alpha_conservative_mass_kev"] = 3.0,
            ["satellites_observed"] = 50,
        });
        Assert.Equal(4.0, settings.HalfMode.StrictReferenceMassKeV);
        Assert.Equal(StructureSettings.Default.HalfMode.ConservativeReferenceMassKeV, settings.HalfMode.ConservativeReferenceMassKeV);
        Assert.Equal(3.0, settings.LymanAlpha.ConservativeReferenceMassKeV);
        Assert.Equal(50, settings.Subhalos.ObservedSatellites);
    }

    [Fact]
    public void UnknownSettingIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => ScanSettings.Structure(new Dictionary<string, double> { ["half_mode_strict_mass"] = 4.0 }));
        Assert.Contains("half_mode_strict_mass", error.Message);
    }

    [Theory]
    [InlineData(0, 12)]
    [InlineData(1, 20)]
    [InlineData(2, 30)]
    public void BoltzmannPresetSelectsTheSolverSettings(double preset, int kPerDecade)
    {
        Assert.Equal(kPerDecade, ScanSettings.Boltzmann(new Dictionary<string, double> { ["boltzmann_preset"] = preset }).KPerDecade);
    }

    [Fact]
    public void BadPresetIsRejectedBeforeAnyWork()
    {
        var plane = ScanTestSpecs.Plane(2, 2);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScanSpecification.ScalarDecay(100, plane.X, plane.Y, CosmologyParameters.Planck2018, new Dictionary<string, double> { ["boltzmann_preset"] = 3 }));
    }

    [Fact]
    public void SettingsOfAnotherModelAndBadXRayBoundsAreRejected()
    {
        var plane = ScanTestSpecs.Plane(2, 2);
        var foreign = Assert.Throws<ArgumentException>(() => ScanSpecification.ScalarDecay(100, plane.X, plane.Y, CosmologyParameters.Planck2018, new Dictionary<string, double> { ["x_ray_min_lifetime_s"] = 1e28 }));
        Assert.Contains("x_ray_min_lifetime_s", foreign.Message);
        var masses = ScanAxis.FromValues("sterile_mass_kev", [7.1]);
        var mixings = ScanAxis.FromValues("sin2_2theta", [1e-11]);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScanSpecification.ShiFuller(masses, mixings, CosmologyParameters.Planck2018, new Dictionary<string, double> { ["x_ray_min_lifetime_s"] = 2e28, ["x_ray_strict_min_lifetime_s"] = 1e28 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScanSpecification.ShiFuller(masses, mixings, CosmologyParameters.Planck2018, new Dictionary<string, double> { ["shi_fuller_preset"] = 5 }));
    }
}
