using Freestream.Cosmology;
using Freestream.Structure;
using Freestream.Thermal;

namespace Freestream.Tests.Structure;

public class HighRedshiftTests
{
    private static readonly CosmologyParameters Cosmology = CosmologyParameters.Planck2018;
    private static readonly LateTimeExpansion Background = new(Cosmology);

    private static double MaximumDensity(TransferFunction transfer, StructureNumerics? numerics = null)
    {
        numerics ??= new StructureNumerics();
        var settings = new HighRedshiftSettings();
        var grid = PowerSpectrumGrid.Create(transfer, numerics.PointsPerDecade);
        double growth = Background.GrowthFactorAtRedshift(settings.Redshift) / Background.GrowthFactorAtRedshift(transfer.Redshift);
        return HighRedshiftGalaxyCount.Compute(grid, growth, Cosmology, settings, numerics).MaximumDensityMpc3;
    }

    [Fact]
    public void MenciThermalBoundsAreOrderedAndNearOneGalaxyPerCubicMpc()
    {
        // Menci et al. 2016 (arXiv:1606.02530, abstract): m_X > 2.1 / 2.4 / 2.9 keV at 3σ / 2σ / 1σ, from an
        // observed density ≈ 1 Mpc⁻³ (Menci et al. 2017 abstract). Thermal relics (Viel fit on the CLASS P_CDM)
        // at those masses give φ̄ increasing with mass, bracketing 1 Mpc⁻³; docs/physics/structure.md §6.3 ([derived], c = 2.7,
        // P15/EH98, ±20 %): 0.42 / 0.72 / 1.49 Mpc⁻³.
        var cdm = ClassTables.ColdDarkMatter();
        double[] expected = [0.423, 0.719, 1.494];
        double previous = 0;
        int i = 0;
        foreach (double m in new[] { 2.1, 2.4, 2.9 })
        {
            double phi = MaximumDensity(ThermalWarmDarkMatter.FitTransfer(cdm, m, Cosmology));
            Assert.True(phi > previous);
            Assert.InRange(phi, expected[i] * 0.8, expected[i] * 1.2);
            previous = phi;
            i++;
        }
    }

    [Theory]
    [InlineData(2.0, 3, VerdictLevel.Excluded)]
    [InlineData(2.2, 2, VerdictLevel.Marginal)]
    [InlineData(2.6, 1, VerdictLevel.Allowed)]
    [InlineData(3.0, 0, VerdictLevel.Allowed)]
    public void ThermalRelicsReproduceMenciBoundsWhenCalibratedLikeForLike(double massKeV, int excludedAtSigma, VerdictLevel expected)
    {
        // References and models both from the Viel fit on the CLASS P_CDM: limits = φ̄(2.9, 2.4, 2.1 keV), so a
        // relic between two bounds is excluded exactly at the σ of the lower one (Menci et al. 2016 abstract).
        var cdm = ClassTables.ColdDarkMatter();
        var settings = StructureSettings.Default;
        var thresholds = ThermalThresholds.Compute(ThermalReferences.FromFit(cdm, Cosmology), Cosmology, settings);
        var model = ThermalWarmDarkMatter.FitTransfer(cdm, massKeV, Cosmology);
        double phi = MaximumDensity(model);
        var (limits, _) = HighRedshiftGalaxyCount.ObservedLimits(thresholds, settings.HighRedshift);
        Assert.Equal(excludedAtSigma, HighRedshiftGalaxyCount.ExcludedAtSigma(phi, limits));
        Assert.Equal(expected, StructureJudge.Judge(model, thresholds, Cosmology, settings).Verdicts["highRedshift"].Level);
    }

    [Fact]
    public void ExplicitObservedDensitiesReplaceTheThermalCalibration()
    {
        var settings = StructureSettings.Default with { HighRedshift = new HighRedshiftSettings(ObservedDensitiesMpc3: [1.5, 0.7, 0.4]) };
        var thresholds = ThermalThresholds.Compute(ClassTables.References(), Cosmology, TestSettings.ForClassTables() with { HighRedshift = settings.HighRedshift });
        var (limits, source) = HighRedshiftGalaxyCount.ObservedLimits(thresholds, settings.HighRedshift);
        Assert.Equal([1.5, 0.7, 0.4], limits);
        Assert.Contains("settings", source);
    }

    [Fact]
    public void RedshiftZeroAndFivePointFourTablesAgreeAfterGrowthScaling()
    {
        // The z = 6 spectrum can come from the z = 0 or the z = 5.4 CLASS columns scaled by the ΛCDM growth
        // ratio; the two routes agree to 1 % (the scale-independent growth misses baryon and ncdm effects).
        Assert.InRange(MaximumDensity(ClassTables.Thermal(3.3, 5.4)) / MaximumDensity(ClassTables.Thermal(3.3, 0)), 0.99, 1.01);
    }

    [Fact]
    public void MaximumDensityConvergesWhenTheGridsAreDoubled()
    {
        var transfer = ClassTables.Thermal(2.0);
        var numerics = new StructureNumerics();
        Assert.InRange(MaximumDensity(transfer, numerics.Doubled()) / MaximumDensity(transfer, numerics), 0.999, 1.001);
    }

    [Fact]
    public void ColdDarkMatterExceedsEveryThermalRelic()
    {
        double cdm = MaximumDensity(ClassTables.ColdDarkMatter());
        Assert.True(cdm > MaximumDensity(ClassTables.Thermal(5.3)));
    }

    [Fact]
    public void PlanckGrowthToRedshiftSixIsSuppressedByDarkEnergy()
    {
        // The growth factor used to reach z = 6: D(6)/D(0) ≈ 0.18 (docs/physics/structure.md §6.3: 0.1819 for P15), below the
        // Einstein–de Sitter 1/7 = 0.143 scaled by the Λ suppression of D(0).
        Assert.InRange(Background.GrowthFactorAtRedshift(6), 0.175, 0.19);
    }
}
