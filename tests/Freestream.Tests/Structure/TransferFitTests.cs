using Freestream.Cosmology;
using Freestream.Structure;

namespace Freestream.Tests.Structure;

public class TransferFitTests
{
    private static readonly CosmologyParameters Cosmology = CosmologyParameters.Planck2018;

    private static TransferFunction Analytic(double alpha, double beta, double gamma)
    {
        var k = Enumerable.Range(0, 801).Select(i => Math.Pow(10, -2 + 4.0 * i / 800)).ToArray();
        var cdm = k.Select(x => 1e4 / (1 + x * x * x)).ToArray();
        var model = k.Select((x, i) => Math.Pow(TransferFit.Evaluate(x, alpha, beta, gamma), 2) * cdm[i]).ToArray();
        return new TransferFunction(k, model, cdm, 0);
    }

    [Theory]
    [InlineData(0.0126, 2.24, -4.464)]
    [InlineData(0.02, 5.0, -1.0)]
    [InlineData(0.01, 3.0, -10.0)]
    [InlineData(20.0, 2.24, -4.464)]
    public void FitRecoversTheParametersOfAnExactCurve(double alpha, double beta, double gamma)
    {
        // Murgia et al. 2017 eq. 2.1 sampled exactly: the fit must return (α, β, γ) with ~zero residual.
        // α = 20 Mpc/h is a very hot spectrum (k_1/2 ≈ 0.02 h/Mpc), as scalar decays after S froze out give.
        var fit = TransferFit.Fit(new TransferShape(Analytic(alpha, beta, gamma)), new TransferFitSettings())!;
        Assert.InRange(fit.RmsResidual, 0, 1e-5);
        Assert.InRange(fit.AlphaMpcH / alpha, 0.99, 1.01);
        Assert.InRange(fit.Beta / beta, 0.99, 1.01);
        Assert.InRange(fit.Gamma / gamma, 0.99, 1.01);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(5.3)]
    public void FitOfClassRelicIsCloseAndKeepsItsHalfMode(double massKeV)
    {
        var shape = new TransferShape(ClassTables.Thermal(massKeV));
        var fit = TransferFit.Fit(shape, new TransferFitSettings())!;
        Assert.InRange(fit.RmsResidual, 0, 0.01);
        double crossing = HalfModeScale.Compute(shape, Cosmology, HalfModeConvention.Amplitude).KAmplitudeHMpc!.Value;
        Assert.InRange(fit.HalfModeHMpc(HalfModeConvention.Amplitude) / crossing, 0.99, 1.01);
        Assert.True(fit.Gamma < 0 && fit.Beta > 0 && fit.AlphaMpcH > 0);
    }

    [Fact]
    public void FitHalfModeFormulaMatchesStuckerConstantForThermalShape()
    {
        // k_1/2 α = [(1/2)^{1/γ} − 1]^{1/β} = 0.45094 (T = 1/2) and 0.32513 (T² = 1/2) for β = 2.24, γ = −4.464.
        var thermal = new TransferFitResult(1, 2.24, -5 / 1.12, 0, 0, [0, 0]);
        Assert.Equal(0.45094, thermal.HalfModeHMpc(HalfModeConvention.Amplitude), 4);
        Assert.Equal(0.32513, thermal.HalfModeHMpc(HalfModeConvention.Power), 4);
    }

    [Fact]
    public void NoSuppressionGivesNoFit()
    {
        Assert.Null(TransferFit.Fit(new TransferShape(ClassTables.ColdDarkMatter()), new TransferFitSettings()));
    }
}
