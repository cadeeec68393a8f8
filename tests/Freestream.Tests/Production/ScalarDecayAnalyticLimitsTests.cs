using Freestream.Production;
using Freestream.Thermal;

namespace Freestream.Tests.Production;

/// <summary>
/// The full solver in the analytic limits of docs/physics/scalar_decay.md §5: constant g, MB statistics, regime I only
/// (T_EW = 0), massless doublet.
/// </summary>
public class ScalarDecayAnalyticLimitsTests
{
    private const double G = 106.75;
    private const double ScalarMass = 1000;
    private static readonly ScalarDecaySettings ConstantG = ScalarDecaySettings.Default with { DegreesOfFreedom = new ConstantDegreesOfFreedom(G) };

    /// <summary>M_0 = M_Pl √(45/(4π³g)), H = T²/M_0 (docs/physics/scalar_decay.md §2).</summary>
    private static double PlanckScale => PhysicalConstants.PlanckMassGeV * Math.Sqrt(45 / (4 * Math.Pow(Math.PI, 3) * G));

    /// <summary>The Yukawa coupling giving decay parameter K = M_0Γ/m_S², Γ = y²m_S/(16π).</summary>
    internal static double YukawaForK(double k, double scalarMassGeV) => Math.Sqrt(16 * Math.PI * k * scalarMassGeV / PlanckScale);

    private static ScalarDecayModel FreezeInModel(double k, double lambda = 1e-10) =>
        new(ScalarMass, lambda, YukawaForK(k, ScalarMass), electroweakTemperatureGeV: 0);

    [Fact]
    public void FrozenInScalarHasMeanMomentum2Point306AndFreezeInNumber()
    {
        // U3: n_S/T³ = (3/64) A, A = M_0λ²/(2π³m_S); U4: ⟨x_S⟩ = 1024/(45π²) = 2.3056 (docs/physics/scalar_decay.md §5).
        var model = FreezeInModel(1e-14);
        var evolution = new ScalarDecayEvolution(model, ConstantG);
        evolution.Run(stopAtR: 60);
        var f = evolution.ScalarOccupation;
        var grid = evolution.Grid;
        double n2 = 0;
        double n3 = 0;
        for (int j = 0; j < f.Length; j++)
        {
            double x = grid.Xi[grid.ScalarStart + j];
            n2 += grid.Weight[grid.ScalarStart + j] * f[j];
            n3 += grid.Weight[grid.ScalarStart + j] * x * f[j];
        }

        double amplitude = PlanckScale * model.Lambda * model.Lambda / (2 * Math.Pow(Math.PI, 3) * ScalarMass);
        Assert.Equal(1024 / (45 * Math.PI * Math.PI), n3 / n2, 0.005 * 2.3056);
        Assert.Equal(1, n2 / (2 * Math.PI * Math.PI) / (3.0 / 64 * amplitude), 0.005);
    }

    [Fact]
    public void FreezeInThenDecayGivesTwiceTheScalarYield()
    {
        // U5: Y_N = 2Y_S = 135 M_0 λ²/(128 π⁵ g_s m_S) (docs/physics/scalar_decay.md §5).
        var model = FreezeInModel(1);
        var result = new ScalarDecaySolver(ConstantG).Solve(model);
        double expected = 135 * PlanckScale * model.Lambda * model.Lambda / (128 * Math.Pow(Math.PI, 5) * G * ScalarMass);
        Assert.Equal(1, result.YieldN / expected, 0.005);
        Assert.True(result.NumberConservationError < 0.003, $"number conservation error {result.NumberConservationError}");
    }

    [Theory]
    [InlineData(10, 1.3092)]
    [InlineData(1, 1.5658)]
    [InlineData(0.1, 2.6634)]
    [InlineData(1e-2, 6.676)]
    [InlineData(1e-3, 20.02)]
    public void FreezeInPlusDecayMeanMomentumMatchesReferenceTable(double k, double expectedMeanX)
    {
        // docs/physics/scalar_decay.md §5, "Numerical ⟨x_N⟩ for regime-I freeze-in plus decay" (±0.1 %), tested to 0.5 %.
        var result = new ScalarDecaySolver(ConstantG).Solve(FreezeInModel(k));
        double meanX = result.MeanQ * Math.Cbrt(G / 10.75);
        Assert.Equal(expectedMeanX, meanX, 0.005 * expectedMeanX);
    }

    [Fact]
    public void LateNonRelativisticDecaysGiveMeanMomentumSqrtPiOver8K()
    {
        // U8: K ≪ 1, ⟨x_N⟩ = √(π/(8K)) (docs/physics/scalar_decay.md §5); the thermal motion of S adds O(K) (0.02 % at K = 1e-5).
        const double k = 1e-5;
        var result = new ScalarDecaySolver(ConstantG).Solve(FreezeInModel(k));
        double meanX = result.MeanQ * Math.Cbrt(G / 10.75);
        Assert.Equal(Math.Sqrt(Math.PI / (8 * k)), meanX, 0.005 * meanX);
    }

    [Fact]
    public void DecaysOfScalarsInEquilibriumGiveInverseSquareRootSpectrumWithMeanFiveHalves()
    {
        // U7: S kept in equilibrium by fast annihilation (λ = 0.01, freeze-out at r ≈ 23) decaying with K = 0.01:
        // f_N(x) = 2√π K x^{−1/2} e^{−x}, n_N/T³ = 3K/(2π), ⟨x_N⟩ = 5/2 (docs/physics/scalar_decay.md §5).
        // N at x = 0.01 come from decays at r ≲ 0.2, so the run starts at T_ini = 1000 m_S (r_ini = 10⁻³).
        const double k = 1e-2;
        var model = new ScalarDecayModel(ScalarMass, 1e-2, YukawaForK(k, ScalarMass), electroweakTemperatureGeV: 0);
        var result = new ScalarDecaySolver(ConstantG with { InitialTemperatureFactor = 1000 }).Solve(model);
        double scale = Math.Cbrt(G / 10.75);
        Assert.True(result.ScalarThermalised);
        Assert.Equal(2.5, result.MeanQ * scale, 0.005 * 2.5);
        double expectedYield = 135 * k / (4 * Math.Pow(Math.PI, 3) * G);
        Assert.Equal(1, result.YieldN / expectedYield, 0.005);
        IReadOnlyList<double> q = result.Distribution.Q;
        IReadOnlyList<double> f = result.Distribution.F;
        for (int i = 0; i < q.Count; i++)
        {
            double x = q[i] * scale;
            if (x > 0.01 && x < 10)
            {
                double shape = 2 * Math.Sqrt(Math.PI) * k * Math.Exp(-x) / Math.Sqrt(x);
                Assert.True(Math.Abs(f[i] / shape - 1) < 0.01, $"f_N({x}) = {f[i]} vs {shape}");
            }
        }
    }
}
