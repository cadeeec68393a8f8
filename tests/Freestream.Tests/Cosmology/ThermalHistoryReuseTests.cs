using global::Freestream.Cosmology;

namespace Freestream.Tests.Cosmology;

public class ThermalHistoryReuseTests
{
    private static readonly CosmologyParameters Cosmology = CosmologyParameters.Planck2018;
    private static readonly BoltzmannSettings Settings = BoltzmannSettings.Fast;

    private static Background AllDarkMatterRelic(double massKeV) => new(
        Cosmology,
        NcdmSpecies.ThermalRelic(massKeV, Cosmology.OmegaDarkMatterH2, Cosmology.CmbTemperatureK, Settings),
        LinearPowerCalculator.GaugeCdmFraction * Cosmology.H * Cosmology.H,
        Settings);

    [Fact]
    public void KeVRelicReusesTheLambdaCdmHistoryAndItsOwnAgreesWithinTheTolerance()
    {
        var reuse = new ThermalHistoryReuse(new Background(Cosmology, null, Cosmology.OmegaDarkMatterH2, Settings));
        var relic = AllDarkMatterRelic(3.3);
        Assert.True(reuse.Matches(relic));
        Assert.Same(reuse.Reference, reuse.For(relic));

        // The history the relic's own H(z) gives: x_e and κ' through recombination and the drag epoch agree with
        // ΛCDM's to the reuse tolerance (a keV relic is as cold as CDM there, ⟨p²⟩/2m² ~ 1e-10).
        var own = Thermodynamics.Compute(Cosmology, relic.HubbleInvMpc);
        foreach (double z in new[] { 50.0, 300, 800, 1100, 1400, 3000, 6000 })
        {
            double xe = own.FreeElectronFraction(z) / reuse.Reference.FreeElectronFraction(z) - 1;
            Assert.True(Math.Abs(xe) <= 2 * ThermalHistoryReuse.HubbleTolerance, $"z = {z}: x_e differs by {xe:G3}");
        }

        Assert.Equal(reuse.Reference.RecombinationRedshift, own.RecombinationRedshift, 1e-3);
    }

    [Fact]
    public void WarmSpeciesStillSemiRelativisticAtHighRedshiftGetsItsOwnHistory()
    {
        // A 10 eV relic has ⟨p²⟩/m² ~ 1e-3 at z = 10⁶: H differs from ΛCDM by far more than the tolerance there.
        var reuse = new ThermalHistoryReuse(new Background(Cosmology, null, Cosmology.OmegaDarkMatterH2, Settings));
        var light = AllDarkMatterRelic(0.01);
        Assert.False(reuse.Matches(light));
        var own = reuse.For(light);
        Assert.NotSame(reuse.Reference, own);
        Assert.True(Math.Abs(own.FreeElectronFraction(1100) / reuse.Reference.FreeElectronFraction(1100) - 1) < 0.05);
    }
}
