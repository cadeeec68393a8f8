using Freestream.Cosmology;

namespace Freestream.Tests.Cosmology;

/// <summary>Recombination, matter temperature and reionisation of <see cref="Thermodynamics"/>.</summary>
public class ThermodynamicsTests
{
    private const double CmbTemperatureK = 2.7255;

    private static readonly CosmologyParameters Planck = CosmologyParameters.Planck2018;

    private static readonly Lazy<Thermodynamics> Default = new(() => Thermodynamics.Compute(Planck, Hubble));

    private static double HeliumFraction => Planck.HeliumMassFraction / (3.9715 * (1.0 - Planck.HeliumMassFraction));

    /// <summary>
    /// H(z)/c in 1/Mpc of flat ΛCDM + radiation for the reference cosmology: ω_m = 0.14237,
    /// ω_r = 4.1826e-5 (T_CMB = 2.7255 K, N_eff = 3.044), h = 0.6736, Λ closing the budget.
    /// </summary>
    internal static double Hubble(double z)
    {
        const double h = 0.6736;
        const double omegaM = 0.14237;
        const double omegaR = 4.1826e-5;
        double a = 1.0 + z;
        return 100.0 / 299792.458 * Math.Sqrt(omegaR * a * a * a * a + omegaM * a * a * a + h * h - omegaM - omegaR);
    }

    [Fact]
    public void FullyIonisedHydrogenAndHeliumAtHighRedshift()
    {
        // Above z ≈ 8000 He III dominates: x_e = 1 + 2 f_He (Saha, SSS99 fig. 1).
        var thermo = Default.Value;
        Assert.Equal(1.0 + 2.0 * HeliumFraction, thermo.FreeElectronFraction(1e4), 6);
        Assert.Equal(1.0 + 2.0 * HeliumFraction, thermo.FreeElectronFraction(1e7), 12);

        // Between the two helium recombinations (z ≈ 4000) helium is singly ionised: x_e = 1 + f_He.
        Assert.Equal(1.0 + HeliumFraction, thermo.FreeElectronFraction(4000.0), 4);
    }

    [Theory]
    [InlineData(6000.0)]
    [InlineData(5500.0)]
    public void SahaSolverMatchesClosedFormHeliumIIRecombination(double z)
    {
        // With H and He I fully ionised: (x_e − 1 − f)x_e/(1 + 2f − x_e) = r_HeII, a quadratic in x_e [derived].
        double f = HeliumFraction;
        double temperature = CmbTemperatureK * (1.0 + z);
        double density = HydrogenDensityToday() * Math.Pow(1.0 + z, 3);
        double r = SahaEquilibrium.HeliumIIRatio(temperature, density);
        double b = r - 1.0 - f;
        double expected = 0.5 * (-b + Math.Sqrt(b * b + 4.0 * r * (1.0 + 2.0 * f)));
        double actual = SahaEquilibrium.FreeElectronFraction(temperature, density, f, out _, out _);
        Assert.Equal(expected, actual, 1e-8);
    }

    [Fact]
    public void SahaSolverMatchesClosedFormHeliumIAndHydrogen()
    {
        double f = HeliumFraction;

        // z = 2500: H fully ionised, (x_e − 1)x_e/(1 + f − x_e) = r_HeI (statistical factor 4 inside r) [derived].
        double t1 = CmbTemperatureK * 2501.0;
        double n1 = HydrogenDensityToday() * Math.Pow(2501.0, 3);
        double r1 = SahaEquilibrium.HeliumIRatio(t1, n1);
        double expected1 = 0.5 * (-(r1 - 1.0) + Math.Sqrt((r1 - 1.0) * (r1 - 1.0) + 4.0 * r1 * (1.0 + f)));
        Assert.Equal(expected1, SahaEquilibrium.FreeElectronFraction(t1, n1, f, out _, out _), 1e-7);

        // z = 1300: helium neutral, x_e²/(1 − x_e) = r_H (hydrogen Saha) [derived].
        double t2 = CmbTemperatureK * 1301.0;
        double n2 = HydrogenDensityToday() * Math.Pow(1301.0, 3);
        double r2 = SahaEquilibrium.HydrogenRatio(t2, n2);
        double expected2 = 0.5 * (-r2 + Math.Sqrt(r2 * r2 + 4.0 * r2));
        double actual2 = SahaEquilibrium.FreeElectronFraction(t2, n2, f, out double xp, out _);
        Assert.Equal(expected2, actual2, 1e-9);
        Assert.Equal(expected2, xp, 1e-9);
    }

    [Fact]
    public void RateEquationsVanishInSahaEquilibrium()
    {
        // The net recombination bracket of the three-level atom is zero in Saha equilibrium at T_b = T_γ,
        // whatever the Peebles factor C (detailed balance, SSS99 eqs. 1–2) [derived]; a small departure
        // drives a rate linear in the departure.
        double f = HeliumFraction;
        foreach (RecombinationScheme scheme in new[] { RecombinationScheme.Recfast15, RecombinationScheme.Recfast10 })
        {
            var equations = new RecombinationRateEquations(u => Hubble(Math.Exp(u) - 1.0), HydrogenDensityToday(), f, CmbTemperatureK, scheme);
            // Hydrogen midway through its recombination (z = 1400), neutral helium midway through its own (z = 2200).
            foreach ((double z, int component) in new[] { (1400.0, 0), (2200.0, 1) })
            {
                double temperature = CmbTemperatureK * (1.0 + z);
                double density = HydrogenDensityToday() * Math.Pow(1.0 + z, 3);
                SahaEquilibrium.FreeElectronFraction(temperature, density, f, out double xp, out double y1);
                double u = Math.Log(1.0 + z);
                var equilibrium = new double[3];
                equations.Derivatives(u, [xp, y1, 1.0], equilibrium);
                var perturbed = new double[3];
                double dx = 1e-4 * Math.Min(xp, 1.0 - xp);
                double dy = 1e-4 * Math.Min(y1, 1.0 - y1);
                equations.Derivatives(u, [xp + dx, y1 + dy, 1.0], perturbed);
                Assert.True(
                    Math.Abs(equilibrium[component]) < 1e-3 * Math.Abs(perturbed[component]),
                    $"{scheme} component {component} at z={z}: {equilibrium[component]} vs {perturbed[component]}");
            }
        }
    }

    [Fact]
    public void LastScatteringAndDragRedshiftsMatchPlanck2018()
    {
        // Planck 2018 VI (arXiv:1807.06209), table 2, TT,TE,EE+lowE+lensing: z_* = 1089.92 ± 0.25 (optical depth
        // of recombination = 1, CAMB's definition) and z_drag = 1059.94 ± 0.30. Tolerance 0.05 % (≈ 2σ).
        var thermo = Default.Value;
        Assert.InRange(thermo.OpticalDepthUnityRedshift, 1089.92 * (1 - 5e-4), 1089.92 * (1 + 5e-4));
        Assert.InRange(thermo.DragRedshift, 1059.94 * (1 - 5e-4), 1059.94 * (1 + 5e-4));
    }

    [Fact]
    public void RecombinationRedshiftIsTheVisibilityMaximum()
    {
        var thermo = Default.Value;
        double best = 0.0;
        double bestZ = 0.0;
        for (double z = 1000.0; z <= 1200.0; z += 0.005)
        {
            double g = thermo.VisibilityFunctionInvMpc(z);
            if (g > best)
            {
                best = g;
                bestZ = z;
            }
        }

        Assert.Equal(bestZ, thermo.RecombinationRedshift, 0.01);

        // The visibility peak lies just below the τ = 1 redshift (by ~1 for Planck-like cosmologies).
        Assert.InRange(thermo.OpticalDepthUnityRedshift - thermo.RecombinationRedshift, 0.0, 3.0);
    }

    [Fact]
    public void IonisationHistoryHasTheRecfastShape()
    {
        var thermo = Default.Value;

        // Midway through hydrogen recombination, x_e(1100) ≈ 0.14 (RECFAST 1.5 and HyRec for Planck-like
        // cosmologies; e.g. Ali-Haïmoud & Hirata 2011, arXiv:1011.3758, fig. 5).
        Assert.InRange(thermo.FreeElectronFraction(1100.0), 0.13, 0.15);

        // Residual ionisation freezes out at x_e ≈ 2e-4 (Peebles 1968; SSS99 fig. 1), before reionisation.
        Assert.InRange(thermo.FreeElectronFraction(30.0), 1.5e-4, 3e-4);
        Assert.InRange(thermo.FreeElectronFraction(200.0), 2e-4, 5e-4);

        // He I recombines later than Saha predicts (SSS99 fig. 1; Switzer & Hirata 2008).
        double z = 2000.0;
        double saha = SahaEquilibrium.FreeElectronFraction(
            CmbTemperatureK * (1.0 + z), HydrogenDensityToday() * Math.Pow(1.0 + z, 3), HeliumFraction, out _, out _);
        Assert.True(thermo.FreeElectronFraction(z) > saha + 0.005, $"x_e = {thermo.FreeElectronFraction(z)}, Saha {saha}");
    }

    [Fact]
    public void Recfast10AndRecfast15AgreeAtTheLevelOfTheirCorrections()
    {
        // WMS08 (arXiv:0711.1357): the RECFAST 1.5 updates change x_e by a few per cent during He I and
        // the start of H recombination, and z_* by ≲ 0.1 %.
        var old = Thermodynamics.Compute(Planck, Hubble, new ThermodynamicsSettings { Scheme = RecombinationScheme.Recfast10 });
        var thermo = Default.Value;
        Assert.InRange(Math.Abs(old.OpticalDepthUnityRedshift / thermo.OpticalDepthUnityRedshift - 1.0), 1e-5, 1e-3);
        for (double z = 500.0; z < 3000.0; z += 10.0)
        {
            Assert.InRange(Math.Abs(old.FreeElectronFraction(z) / thermo.FreeElectronFraction(z) - 1.0), 0.0, 0.05);
        }
    }

    [Fact]
    public void BaryonTemperatureFollowsPhotonsThenDecouples()
    {
        var thermo = Default.Value;
        Assert.Equal(1.0, thermo.BaryonTemperatureK(3000.0) / (CmbTemperatureK * 3001.0), 6);
        Assert.Equal(1.0, thermo.BaryonTemperatureK(1e5) / (CmbTemperatureK * 100001.0), 9);

        // Quasi-static Compton equilibrium: 1 − T_b/T_γ ≈ H/Γ_C, Γ_C = (8σ_T a_R T_γ⁴/3 m_e c) x_e/(1 + f_He + x_e)
        // (SSS99 eq. 3 with dT_b/dz ≈ T_b/(1+z)); σ_T, a_R, m_e c from CODATA 2018.
        const double z = 1000.0;
        double tGamma = CmbTemperatureK * (1.0 + z);
        double xe = thermo.FreeElectronFraction(z);
        double compton = 8.0 / 3.0 * 6.6524587e-29 * 7.5657333e-16 / (9.1093837e-31 * 299792458.0)
            * Math.Pow(tGamma, 4) * xe / (1.0 + HeliumFraction + xe);
        double hubblePerSecond = Hubble(z) * 299792458.0 / 3.0856775814913673e22;
        double expected = hubblePerSecond / compton;
        Assert.Equal(expected, 1.0 - thermo.BaryonTemperatureK(z) / tGamma, 0.05 * expected);

        // After decoupling (before reionisation) the gas cools adiabatically, T_b ∝ (1+z)², and sits well below T_γ.
        double slope = Math.Log(thermo.BaryonTemperatureK(25.0) / thermo.BaryonTemperatureK(20.0)) / Math.Log(26.0 / 21.0);
        Assert.InRange(slope, 1.8, 2.0);
        Assert.True(thermo.BaryonTemperatureK(20.0) < 0.25 * CmbTemperatureK * 21.0);
    }

    [Fact]
    public void SoundSpeedOfCoupledFullyIonisedGas()
    {
        // c_s² = (k_B T_b/μ m_H c²)(1 − (1/3) dln T_b/dln a) = (4/3) k_B T_γ/(μ m_H c²) while T_b = T_γ ∝ 1/a,
        // μ⁻¹ = (1 − Y)(1 + x_e) + Y/3.9715 (MB95 eq. 68), x_e = 1 + 2 f_He.
        var thermo = Default.Value;
        double y = Planck.HeliumMassFraction;
        double inverseMu = (1.0 - y) * (2.0 + 2.0 * HeliumFraction) + y / 3.9715;
        foreach (double z in new[] { 5e4, 5e6 })
        {
            double expected = 4.0 / 3.0 * 1.380649e-23 * CmbTemperatureK * (1.0 + z) * inverseMu / (1.673575e-27 * 299792458.0 * 299792458.0);
            Assert.Equal(expected, thermo.BaryonSoundSpeedSquared(z), 1e-6 * expected);
        }

        // Decoupled adiabatic gas: the factor tends to 5/3.
        double z20 = 20.0;
        double xe = thermo.FreeElectronFraction(z20);
        double isothermal = 1.380649e-23 * thermo.BaryonTemperatureK(z20) * ((1.0 - y) * (1.0 + xe) + y / 3.9715) / (1.673575e-27 * 299792458.0 * 299792458.0);
        Assert.InRange(thermo.BaryonSoundSpeedSquared(z20) / isothermal, 1.6, 5.0 / 3.0);
    }

    [Fact]
    public void ReionisationReproducesTheOpticalDepth()
    {
        var thermo = Default.Value;

        // τ_reio is the optical depth up to z_re + 8Δz (CLASS's definition); the table integral must match the
        // adaptive quadrature used in the root finding.
        Assert.Equal(Planck.ReionizationOpticalDepth, thermo.OpticalDepth(thermo.ReionizationStartRedshift), 1e-3 * Planck.ReionizationOpticalDepth);

        // CLASS v3.3.4 gives z_reio = 7.678 for τ_reio = 0.0544 in this cosmology (docs/physics/boltzmann.md §4).
        Assert.Equal(7.678, thermo.ReionizationRedshift, 0.02);

        // Today hydrogen and both helium electrons are free; at z = 5 helium is only singly ionised.
        Assert.Equal(1.0 + 2.0 * HeliumFraction, thermo.FreeElectronFraction(0.0), 5);
        Assert.Equal(1.0 + HeliumFraction, thermo.FreeElectronFraction(5.0), 3);
    }

    [Fact]
    public void LargerOpticalDepthMeansEarlierReionisation()
    {
        var early = Thermodynamics.Compute(Planck with { ReionizationOpticalDepth = 0.08 }, Hubble);
        Assert.True(early.ReionizationRedshift > Default.Value.ReionizationRedshift + 1.0);
        Assert.Equal(0.08, early.OpticalDepth(early.ReionizationStartRedshift), 1e-3 * 0.08);

        var none = Thermodynamics.Compute(Planck with { ReionizationOpticalDepth = 0.0 }, Hubble);
        Assert.Equal(0.0, none.ReionizationRedshift);
        Assert.InRange(none.FreeElectronFraction(0.0), 1e-4, 3e-4);
    }

    [Fact]
    public void OpticalDepthIncreasesMonotonicallyAndContinuously()
    {
        var thermo = Default.Value;
        double previous = -1.0;
        for (double lz = -3.0; lz <= 8.0; lz += 0.001)
        {
            double z = Math.Pow(10.0, lz);
            double kappa = thermo.OpticalDepth(z);
            Assert.True(kappa > previous, $"κ not increasing at z = {z}");
            Assert.True(thermo.ThomsonOpacityInvMpc(z) > 0.0);
            previous = kappa;
        }

        Assert.Equal(0.0, thermo.OpticalDepth(0.0), 12);
        double edge = 1e6;
        Assert.Equal(thermo.OpticalDepth(edge * (1.0 - 1e-9)), thermo.OpticalDepth(edge * (1.0 + 1e-9)), 1e-6 * thermo.OpticalDepth(edge));
    }

    [Fact]
    public void OpacityLogDerivativeMatchesFiniteDifference()
    {
        var thermo = Default.Value;
        foreach (double z in new[] { 7.5, 100.0, 1100.0, 1800.0, 6000.0, 2e6 })
        {
            double du = 1e-5;
            double numeric = (Math.Log(thermo.ThomsonOpacityInvMpc((1.0 + z) * Math.Exp(du) - 1.0))
                - Math.Log(thermo.ThomsonOpacityInvMpc((1.0 + z) * Math.Exp(-du) - 1.0))) / (2.0 * du);
            Assert.Equal(numeric, thermo.ThomsonOpacityLogDerivative(z), 1e-4 * Math.Max(1.0, Math.Abs(numeric)));
        }
    }

    [Fact]
    public void SampleAgreesWithTheSeparateAccessors()
    {
        var thermo = Default.Value;
        foreach (double z in new[] { 0.0, 3.5, 7.7, 30.0, 1089.0, 1800.0, 5000.0, 999999.0, 1e6, 1e8 })
        {
            var sample = thermo.Sample(z);
            Assert.Equal(thermo.FreeElectronFraction(z), sample.FreeElectronFraction, 1e-13 * sample.FreeElectronFraction);
            Assert.Equal(thermo.ThomsonOpacityInvMpc(z), sample.ThomsonOpacityInvMpc, 1e-13 * sample.ThomsonOpacityInvMpc);
            Assert.Equal(thermo.ThomsonOpacityLogDerivative(z), sample.ThomsonOpacityLogDerivative, 1e-11);
            Assert.Equal(thermo.BaryonTemperatureK(z), sample.BaryonTemperatureK, 1e-13 * sample.BaryonTemperatureK);
            Assert.Equal(thermo.BaryonSoundSpeedSquared(z), sample.BaryonSoundSpeedSquared, 1e-12 * Math.Abs(sample.BaryonSoundSpeedSquared));
        }
    }

    [Fact]
    public void HalvingTheGridStepChangesLittle()
    {
        // Convergence of the tabulation and of the stiff integration: x_e within 1e-4 relative everywhere
        // below z = 1e4, derived redshifts within 0.01.
        var thermo = Default.Value;
        var fine = Thermodynamics.Compute(Planck, Hubble, ThermodynamicsSettings.Precise);
        for (double u = 0.0; u < Math.Log(1e4); u += 3.7e-4)
        {
            double z = Math.Exp(u) - 1.0;
            Assert.Equal(1.0, thermo.FreeElectronFraction(z) / fine.FreeElectronFraction(z), 1e-4);
            Assert.Equal(1.0, thermo.BaryonTemperatureK(z) / fine.BaryonTemperatureK(z), 1e-4);
            Assert.Equal(fine.OpticalDepth(z), thermo.OpticalDepth(z), 1e-4 * fine.OpticalDepth(z) + 1e-12);
        }

        Assert.Equal(fine.RecombinationRedshift, thermo.RecombinationRedshift, 0.01);
        Assert.Equal(fine.OpticalDepthUnityRedshift, thermo.OpticalDepthUnityRedshift, 0.01);
        Assert.Equal(fine.DragRedshift, thermo.DragRedshift, 0.01);
        Assert.Equal(fine.ReionizationRedshift, thermo.ReionizationRedshift, 1e-3);
    }

    [Fact]
    public void AccessorsDoNotAllocate()
    {
        // 60 000 accessor calls; a single allocating call would cost ≥ 24 bytes each (≥ 1.4 MB). The bound of
        // one byte per call leaves room for the JIT's occasional on-stack replacement on this thread.
        var thermo = Default.Value;
        double sum = Evaluate(thermo, 1000);
        const int count = 10000;
        long before = GC.GetAllocatedBytesForCurrentThread();
        sum += Evaluate(thermo, count);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(double.IsFinite(sum));
        Assert.InRange(after - before, 0, 6 * count);
    }

    [Theory]
    [InlineData(0.005, 0.2454)]
    [InlineData(0.05, 0.2454)]
    [InlineData(0.02237, 0.0)]
    [InlineData(0.02237, 0.3)]
    public void OtherBaryonAndHeliumContentsGivePhysicalHistories(double omegaB, double heliumMassFraction)
    {
        var cosmology = Planck with { OmegaBaryonH2 = omegaB, HeliumMassFraction = heliumMassFraction };
        var thermo = Thermodynamics.Compute(cosmology, Hubble);
        double full = 1.0 + 2.0 * thermo.HeliumFraction;
        for (double u = 0.0; u < Math.Log(1e5); u += 0.01)
        {
            double z = Math.Exp(u) - 1.0;
            Assert.InRange(thermo.FreeElectronFraction(z), 1e-6, full * (1.0 + 1e-9));
            Assert.InRange(thermo.BaryonTemperatureK(z), 1e-3, CmbTemperatureK * (1.0 + z) * (1.0 + 1e-9));
        }

        Assert.InRange(thermo.OpticalDepthUnityRedshift, 1000.0, 1200.0);
        Assert.Equal(cosmology.ReionizationOpticalDepth, thermo.OpticalDepth(thermo.ReionizationStartRedshift), 1e-3 * cosmology.ReionizationOpticalDepth);
    }

    [Theory]
    [InlineData(0.2, 0.0, 1.0, 0.3)]
    [InlineData(0.2, 0.0, 5.0, 0.3)]
    [InlineData(0.2, 0.5, 1.0, 0.3)]
    [InlineData(1e-4, 0.5, 5.0, 0.02)]
    public void CornersOfTheAllowedParameterBoxIntegrate(double omegaB, double heliumMassFraction, double cmbTemperatureK, double tau)
    {
        // Stiff start far from the reference cosmology: trial states of the integrator overshoot full
        // ionisation, which the escape factors must survive (they failed before max(0, 1 − x) was used).
        var cosmology = Planck with
        {
            OmegaBaryonH2 = omegaB,
            HeliumMassFraction = heliumMassFraction,
            CmbTemperatureK = cmbTemperatureK,
            ReionizationOpticalDepth = tau,
        };
        var thermo = Thermodynamics.Compute(cosmology, Hubble);
        for (double u = 0.0; u < Math.Log(1e5); u += 0.01)
        {
            Assert.InRange(thermo.FreeElectronFraction(Math.Exp(u) - 1.0), 1e-9, (1.0 + 2.0 * thermo.HeliumFraction) * (1.0 + 1e-9));
        }

        Assert.Equal(tau, thermo.OpticalDepth(thermo.ReionizationStartRedshift), 1e-3 * tau);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(2.0)]
    [InlineData(4.0)]
    public void RecombinationHappensNearAFixedTemperature(double cmbTemperatureK)
    {
        // Recombination is set by the atomic physics: T_* = T_CMB(1 + z_*) ≈ 2970 K, shifting only
        // logarithmically with the baryon-to-photon ratio (Saha: E_ion/kT_* ≈ 40 + ln η terms; Dodelson §3.3).
        var reference = Default.Value;
        var thermo = Thermodynamics.Compute(Planck with { CmbTemperatureK = cmbTemperatureK }, Hubble);
        double expected = CmbTemperatureK * (1.0 + reference.RecombinationRedshift);
        Assert.Equal(expected, cmbTemperatureK * (1.0 + thermo.RecombinationRedshift), 0.05 * expected);
        Assert.Equal(expected, cmbTemperatureK * (1.0 + thermo.OpticalDepthUnityRedshift), 0.05 * expected);
    }

    [Fact]
    public void ResidualIonisationFallsWithBaryonDensity()
    {
        // Peebles freeze-out: x_e^∞ ∝ H/(n_H α) ∝ 1/ω_b (Peebles 1968; Dodelson, Modern Cosmology, eq. 3.47).
        var low = Thermodynamics.Compute(Planck with { OmegaBaryonH2 = 0.01 }, Hubble);
        var high = Thermodynamics.Compute(Planck with { OmegaBaryonH2 = 0.04 }, Hubble);
        double ratio = low.FreeElectronFraction(30.0) / high.FreeElectronFraction(30.0);
        Assert.InRange(ratio, 2.5, 5.0);
    }

    [Fact]
    public void InvalidInputsAreRejectedByName()
    {
        var bad = Assert.Throws<ArgumentOutOfRangeException>(
            () => Thermodynamics.Compute(Planck, Hubble, new ThermodynamicsSettings { LogRedshiftStep = 0.0 }));
        Assert.Equal(nameof(ThermodynamicsSettings.LogRedshiftStep), bad.ParamName);

        var hubble = Assert.Throws<ArgumentException>(() => Thermodynamics.Compute(Planck, _ => -1.0));
        Assert.Equal("hubbleInvMpc", hubble.ParamName);

        var tau = Assert.Throws<ArgumentOutOfRangeException>(
            () => Thermodynamics.Compute(Planck with { ReionizationOpticalDepth = 1e-3 }, Hubble));
        Assert.Equal(nameof(CosmologyParameters.ReionizationOpticalDepth), tau.ParamName);
    }

    private static double Evaluate(Thermodynamics thermo, int count)
    {
        double sum = 0.0;
        for (int i = 0; i < count; i++)
        {
            double z = 1e-3 + 1e5 * i / count;
            sum += thermo.FreeElectronFraction(z) + thermo.ThomsonOpacityInvMpc(z) + thermo.BaryonTemperatureK(z)
                + thermo.BaryonSoundSpeedSquared(z) + thermo.OpticalDepth(z) + thermo.ThomsonOpacityLogDerivative(z)
                + thermo.Sample(z).BaryonSoundSpeedSquared;
        }

        return sum;
    }

    private static double HydrogenDensityToday()
    {
        // n_H = (1 − Y) ω_b ρ_c,100/m_H with ρ_c,100 = 3(100 km/s/Mpc)²/(8πG) = 1.87834e-26 kg/m³ (CODATA G).
        double criticalOverH2 = 3.0 * Math.Pow(1e5 / 3.0856775814913673e22, 2) / (8.0 * Math.PI * 6.67430e-11);
        return (1.0 - Planck.HeliumMassFraction) * Planck.OmegaBaryonH2 * criticalOverH2 / 1.673575e-27;
    }
}
