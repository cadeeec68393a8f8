using Freestream.Cosmology;
using Freestream.Thermal;

namespace Freestream.Tests.Cosmology;

/// <summary>The late-time background H(a), τ(a), t(a) and D(a) against analytic solutions and Planck 2018.</summary>
public class LateTimeExpansionTests
{
    private static readonly LateTimeExpansion Planck = new(CosmologyParameters.Planck2018);

    /// <summary>A flat universe of matter and radiation only (Ω_Λ = 0 to 1e-15): closed-form τ, t and D.</summary>
    private static LateTimeExpansion MatterAndRadiationOnly()
    {
        var probe = new LateTimeExpansion(CosmologyParameters.Planck2018 with { H = 0.5 });
        double omegaDm = 0.25 - probe.Parameters.OmegaBaryonH2 - probe.OmegaRadiationH2;
        return new LateTimeExpansion(probe.Parameters with { OmegaDarkMatterH2 = omegaDm });
    }

    [Fact]
    public void HubbleRateTodayIs100hKmPerSecondPerMpc()
    {
        Assert.Equal(67.36, Planck.HubbleKmPerSecPerMpc(1.0), 10);
        Assert.Equal(67.36 / PhysicalConstants.SpeedOfLightKmPerS, Planck.HubbleInvMpc(1.0), 14);
    }

    [Fact]
    public void RadiationDensityMatchesTheCmbAndNeff()
    {
        // docs/physics/boltzmann.md §3: Ω_γ h² = 2.4730e-5, Ω_r h² = 4.1826e-5 (T_CMB = 2.7255 K, N_eff = 3.044).
        Assert.Equal(2.4730e-5, Planck.OmegaPhotonH2, 1e-4 * 2.4730e-5);
        Assert.Equal(4.1826e-5, Planck.OmegaRadiationH2, 1e-4 * 4.1826e-5);
        Assert.Equal(1.0, Planck.OmegaMatter + Planck.OmegaRadiation + Planck.OmegaLambda, 14);
    }

    [Fact]
    public void AgeIsThePlanckValueOnceTheMassiveNeutrinoIsRestored()
    {
        // Planck 2018 VI (arXiv:1807.06209) table 2: age 13.797 ± 0.023 Gyr for ΛCDM with one 0.06 eV neutrino,
        // whose ω_ν = Σm/93.14 eV = 6.4e-4 is matter today. Massless (our budget): ~0.02 Gyr older.
        Assert.InRange(Planck.AgeGyr, 13.797, 13.797 + 0.03);
        var withNeutrinoAsMatter = new LateTimeExpansion(CosmologyParameters.Planck2018 with { OmegaDarkMatterH2 = 0.12 + 0.06 / 93.14 });
        Assert.Equal(13.797, withNeutrinoAsMatter.AgeGyr, 0.023);
    }

    [Fact]
    public void ConformalTimeTodayIsAbout14170Mpc()
    {
        // Matter + Λ alone gives τ₀ = (2c/H₀√Ω_m) ₂F₁(1/6, 1/2; 7/6; −Ω_Λ/Ω_m) = 14 443.8 Mpc for h = 0.6736,
        // Ω_m = 0.313772, Ω_Λ = 0.686136 (mpmath hyp2f1); radiation shortens it by (2c/H₀√Ω_m)√a_eq = 272 Mpc at
        // first order in √a_eq (exact for matter + radiation); the remaining O(a_eq) terms are a few Mpc.
        double omegaM = Planck.OmegaMatter;
        double radiationShift = 2 * Planck.HubbleLengthMpc / Math.Sqrt(omegaM) * Math.Sqrt(Planck.EqualityScaleFactor);
        Assert.InRange(Planck.ConformalTimeTodayMpc, 14000, 14200);
        Assert.Equal(14443.8 - radiationShift, Planck.ConformalTimeTodayMpc, 10.0);
    }

    [Fact]
    public void MatterRadiationUniverseFollowsTheClosedForms()
    {
        // H² = H₀²(Ω_r a⁻⁴ + Ω_m a⁻³): τ = (c/H₀)(2/Ω_m)(√(Ω_r + Ω_m a) − √Ω_r),
        // H₀t = [(2/3)u^{3/2} − 2Ω_r u^{1/2} + (4/3)Ω_r^{3/2}]/Ω_m², u = Ω_r + Ω_m a,
        // D ∝ 1 + 3a/(2a_eq) (Mészáros 1974).
        var universe = MatterAndRadiationOnly();
        Assert.True(universe.OmegaLambda < 1e-12);
        double r = universe.OmegaRadiation, m = universe.OmegaMatter, aEq = universe.EqualityScaleFactor;
        foreach (double a in new[] { 1e-6, 1e-4, 3e-3, 0.1, 1.0 })
        {
            double u = r + m * a;
            double tau = universe.HubbleLengthMpc * 2 / m * (Math.Sqrt(u) - Math.Sqrt(r));
            double time = universe.HubbleTimeGyr * ((2.0 / 3.0) * Math.Pow(u, 1.5) - 2 * r * Math.Sqrt(u) + (4.0 / 3.0) * Math.Pow(r, 1.5)) / (m * m);
            Assert.Equal(1.0, universe.ConformalTimeMpc(a) / tau, 1e-9);
            Assert.Equal(1.0, universe.CosmicTimeGyr(a) / time, 1e-9);
            Assert.Equal(1.0, universe.GrowthFactor(a) / ((1 + 1.5 * a / aEq) / (1 + 1.5 / aEq)), 1e-9);
        }
    }

    [Fact]
    public void GrowthIsProportionalToScaleFactorInMatterDomination()
    {
        // Deep in matter domination (a_eq ≪ a, Λ negligible) d ln D/d ln a → 1; Mészáros: f = 1.5y/(1 + 1.5y).
        var universe = MatterAndRadiationOnly();
        double y = 0.5 / universe.EqualityScaleFactor;
        Assert.Equal(1.5 * y / (1 + 1.5 * y), universe.GrowthRate(0.5), 9);
        Assert.Equal(1.0, universe.GrowthRate(1.0), 3);
        Assert.Equal(0.5, universe.GrowthFactor(0.5), 3);
    }

    [Fact]
    public void LambdaGrowthMatchesHeathIntegralWhenRadiationIsNegligible()
    {
        // With (almost) no radiation, D ∝ E(a) ∫₀^a da′/(a′E)³ exactly (Heath 1977); T_CMB = 1 K and N_eff = 0
        // leave Ω_r = 7e-7, a_eq = 2e-6, a relative effect on D(z = 6)/D(0) of order 1e-5.
        var universe = new LateTimeExpansion(CosmologyParameters.Planck2018 with { CmbTemperatureK = 1.0, EffectiveNeutrinoNumber = 0.0 });
        double m = universe.OmegaMatter, l = universe.OmegaLambda;
        double Heath(double a) => Math.Sqrt(m / (a * a * a) + l) *
            MathNet.Numerics.Integrate.GaussKronrod(x => Math.Pow(x / (m + l * x * x * x), 1.5), 0, a, 1e-12, 20);
        Assert.Equal(Heath(1.0 / 7.0) / Heath(1.0), universe.GrowthFactorAtRedshift(6), 5e-5);
        Assert.Equal(Heath(0.5) / Heath(1.0), universe.GrowthFactor(0.5), 5e-5);
    }

    [Fact]
    public void GrowthAtRedshiftSixForPlanck()
    {
        // Carroll, Press & Turner (1992, ARA&A 30, 499) fit g = D(1+z): g(Ω) = (5/2)Ω_m/(Ω_m^{4/7} − Ω_Λ +
        // (1 + Ω_m/2)(1 + Ω_Λ/70)), accurate to ~1 %; at z = 6 matter dominates (g ≈ 1).
        static double Cpt(double om, double ol) => 2.5 * om / (Math.Pow(om, 4.0 / 7.0) - ol + (1 + om / 2) * (1 + ol / 70));
        double om0 = Planck.OmegaMatter, ol0 = Planck.OmegaLambda;
        double e2 = om0 * 343 + ol0;
        double expected = Cpt(om0 * 343 / e2, ol0 / e2) / 7.0 / Cpt(om0, ol0);
        Assert.Equal(expected, Planck.GrowthFactorAtRedshift(6), 0.01 * expected);
    }

    [Fact]
    public void DoublingTheGrowthStepsChangesDBelow1e9()
    {
        var fine = new LateTimeExpansion(CosmologyParameters.Planck2018, 2 * LateTimeExpansion.DefaultGrowthStepsPerEFold);
        foreach (double z in new[] { 0.0, 1.0, 6.0, 100.0, 3000.0 })
        {
            Assert.Equal(fine.GrowthFactorAtRedshift(z), Planck.GrowthFactorAtRedshift(z), 1e-9);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void ScaleFactorOutsideZeroToOneThrows(double a)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Planck.ConformalTimeMpc(a));
        Assert.Equal("scaleFactor", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Planck.GrowthFactor(a));
    }
}
