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
        var specification = ScanSpecification.ScalarDecay(100, plane.X, plane.Y, CosmologyParameters.Planck2018, new Dictionary<string, double> { ["boltzmann_preset"] = 3 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ScanEvaluators.Create(specification, 2));
    }
}
