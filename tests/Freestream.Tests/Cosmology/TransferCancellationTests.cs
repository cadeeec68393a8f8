using Freestream.Cosmology;

namespace Freestream.Tests.Cosmology;

/// <summary>A scan stopped by a signal must not wait for a whole T²(k) run.</summary>
public class TransferCancellationTests
{
    [Fact]
    public void CancelledTokenStopsTheModelRunBeforeItStarts()
    {
        var cosmology = CosmologyParameters.Planck2018;
        var calculator = new LinearPowerCalculator(cosmology, BoltzmannSettings.Fast);
        var species = NcdmSpecies.ThermalRelic(3.3, cosmology.OmegaDarkMatterH2, cosmology.CmbTemperatureK, BoltzmannSettings.Fast);
        calculator.Cdm();
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => calculator.Transfer(species, cancellationToken: source.Token));
    }
}
