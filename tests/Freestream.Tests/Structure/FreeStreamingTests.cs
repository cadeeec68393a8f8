using Freestream.Cosmology;
using Freestream.Structure;

namespace Freestream.Tests.Structure;

public class FreeStreamingTests
{
    // Planck 2015 TT,TE,EE+lowP+lensing+ext, the cosmology of the docs/physics/structure.md §1.5 reference values.
    private static readonly CosmologyParameters P15 = new(
        H: 0.6774, OmegaBaryonH2: 0.0486 * 0.6774 * 0.6774, OmegaDarkMatterH2: 0.2603 * 0.6774 * 0.6774, EffectiveNeutrinoNumber: 3.046);

    private static (double[] Q, double[] F) FermiDirac(double temperatureRatio, int points = 4001, double qMax = 60)
    {
        var q = Enumerable.Range(0, points).Select(i => qMax * temperatureRatio * i / (points - 1)).ToArray();
        var f = q.Select(x => 1 / (Math.Exp(x / temperatureRatio) + 1)).ToArray();
        return (q, f);
    }

    private static FreeStreamingResult Length((double[] Q, double[] F) spectrum, double massKeV, FreeStreamingSettings? settings = null) =>
        FreeStreamingLength.Compute(spectrum.Q, spectrum.F, massKeV, P15, settings ?? new FreeStreamingSettings());

    [Theory]
    [InlineData(1.0, 1.0, 2.014, 2.049)]
    [InlineData(1.0, 7.1, 0.3512, 0.3561)]
    [InlineData(1.0, 20, 0.1373, double.NaN)]
    [InlineData(0.4652, 7.1, 0.1757, double.NaN)]
    [InlineData(0.4652, 50, 0.0294, double.NaN)]
    public void FermiDiracLengthsMatchTheReferenceIntegral(double temperatureRatio, double massKeV, double exact, double meanMomentum)
    {
        // docs/physics/structure.md §1.5 ([derived] ±1 %, P15): exact ⟨v⟩ and the mean-momentum variant.
        var result = Length(FermiDirac(temperatureRatio), massKeV);
        Assert.InRange(result.ExactMpc / exact, 0.99, 1.01);
        if (!double.IsNaN(meanMomentum))
        {
            Assert.InRange(result.MeanMomentumMpc / meanMomentum, 0.99, 1.01);
        }
    }

    [Fact]
    public void SterileNeutrinoAtSevenKeVWithNeutrinoTemperatureIsHot()
    {
        // FD at T_ν, m = 7.1 keV: λ_FS ≈ 0.35 Mpc > 0.1 Mpc → hot (Boyarsky et al. 2009 classes).
        var result = Length(FermiDirac(1), 7.1);
        Assert.Equal(FreeStreamingClass.Hot, result.Class);
        Assert.Equal(3.151, result.MeanQ, 3);
        Assert.Equal(VerdictLevel.Excluded, FreeStreamingLength.Judge(result, new FreeStreamingSettings()).Level);
    }

    [Theory]
    [InlineData(0.02, 50)]
    [InlineData(0.01, 100)]
    public void ColdSpectraAreLabelledCold(double temperatureRatio, double massKeV)
    {
        var result = Length(FermiDirac(temperatureRatio), massKeV);
        Assert.True(result.LengthMpc < 0.01);
        Assert.Equal(FreeStreamingClass.Cold, result.Class);
    }

    [Theory]
    [InlineData(1.0, 7.1)]
    [InlineData(0.4652, 50)]
    public void ClosedFormAgreesWithTheIntegral(double temperatureRatio, double massKeV)
    {
        // docs/physics/structure.md §1.3: C = 1.897 fitted for FD shapes, constant to 1e-3 over 1–50 keV.
        var result = Length(FermiDirac(temperatureRatio), massKeV);
        Assert.InRange(result.ClosedFormMpc / result.ExactMpc, 0.99, 1.01);
    }

    [Fact]
    public void LengthConvergesWhenStepsAreDoubled()
    {
        var spectrum = FermiDirac(1);
        var coarse = Length(spectrum, 7.1, new FreeStreamingSettings(StepsPerEFold: 40));
        var fine = Length(spectrum, 7.1, new FreeStreamingSettings(StepsPerEFold: 80));
        Assert.InRange(fine.ExactMpc / coarse.ExactMpc, 0.999, 1.001);
    }

    [Fact]
    public void LengthScalesAsMeanMomentumOverMassUpToTheLogarithm()
    {
        // λ ∝ (⟨p⟩/m) [ln(a_eq/a_nr) + C]: doubling both ⟨q⟩ and m leaves a_nr, hence λ, unchanged.
        var a = Length(FermiDirac(1), 7.1);
        var b = Length(FermiDirac(2), 14.2);
        Assert.InRange(b.ExactMpc / a.ExactMpc, 0.999, 1.001);
    }

    [Fact]
    public void SpectraWithTheSameMeanMomentumShareTheirFreeStreamingLength()
    {
        // The talk's "mock spectra": a single FD and a two-peaked mixture (60 % cold FD at 0.3 T_ν + 40 % hot FD)
        // tuned to the same ⟨q⟩ have the same mean-momentum λ_FS and exact λ_FS within a few per cent, though the
        // mixture keeps a 60 % cold component that no thermal spectrum has (its T² cannot fall below ~0.36).
        const double fermiDiracMeanQ = 7 * Math.PI * Math.PI * Math.PI * Math.PI / (180 * 1.2020569031595942);
        const double coldRatio = 0.3;
        double hotRatio = (1 - 0.6 * coldRatio) / 0.4;
        var grid = Enumerable.Range(0, 8001).Select(i => 80.0 * i / 8000).ToArray();

        // Each component normalised to the same number density: f(q/T)/T³.
        double Component(double x, double t) => 1 / (Math.Exp(x / t) + 1) / (t * t * t);
        var mixture = grid.Select(x => 0.6 * Component(x, coldRatio) + 0.4 * Component(x, hotRatio)).ToArray();
        var mixed = Length((grid, mixture), 7.1);
        var reference = Length(FermiDirac(1), 7.1);
        Assert.Equal(fermiDiracMeanQ, reference.MeanQ, 3);
        Assert.Equal(reference.MeanQ, mixed.MeanQ, 3);
        Assert.InRange(mixed.MeanMomentumMpc / reference.MeanMomentumMpc, 0.999, 1.001);
        Assert.InRange(mixed.ExactMpc / reference.ExactMpc, 0.9, 1.1);
        Assert.Equal(reference.Class, mixed.Class);
    }
}
