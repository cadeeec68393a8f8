using Freestream.Cosmology;

namespace Freestream.Tests.Cosmology;

/// <summary>The right-hand side of the perturbation equations, block by block.</summary>
public class PerturbationEquationsTests
{
    [Fact]
    public void PhotonBaryonRowsAreThoseOfTheFullRightHandSide()
    {
        // The W-method differences only the rows up to the massless neutrinos (EvaluatePhotonBaryon); they must be the
        // full right-hand side's rows to the bit, with the non-cold hierarchy present (a 1 keV thermal relic, no tight
        // coupling), and the rows after them untouched.
        var settings = BoltzmannSettings.Fast;
        var cosmology = CosmologyParameters.Planck2018;
        var relic = NcdmSpecies.ThermalRelic(1, cosmology.OmegaDarkMatterH2, cosmology.CmbTemperatureK, settings);
        var background = new Background(cosmology, relic, 0, settings);
        var equations = new PerturbationEquations(background, ThermodynamicsTable.Compute(background, settings), 0.3);
        var layout = new PerturbationLayout(settings, equations.NcdmNodes, tightCoupling: false, urFluid: false, radiationStreaming: false, ncdmFluid: false);
        equations.Layout = layout;
        var random = new Random(7);
        double[] y = [.. Enumerable.Range(0, layout.Size).Select(_ => random.NextDouble() - 0.5)];
        double x = Math.Log(1.0 / 3001);
        var full = new double[layout.Size];
        equations.Evaluate(x, y, full);
        var rows = Enumerable.Repeat(double.NaN, layout.Size).ToArray();
        equations.EvaluatePhotonBaryon(x, y, rows);
        Assert.Equal(full[..layout.Ur], rows[..layout.Ur]);
        Assert.All(rows[layout.Ur..], v => Assert.True(double.IsNaN(v)));
        Assert.True(equations.NcdmNodes >= settings.NcdmMinNodes, "the non-cold hierarchy is part of the state");
    }
}
