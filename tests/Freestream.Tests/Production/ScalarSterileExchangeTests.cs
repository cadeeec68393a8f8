using Freestream.Production;

namespace Freestream.Tests.Production;

/// <summary>
/// The S ↔ NN collision term with quantum statistics on its own (docs/physics/scalar_decay_validity.md §1):
/// detailed balance, number conservation, Pauli bound and relaxation to a common equilibrium.
/// </summary>
public class ScalarSterileExchangeTests
{
    private static readonly ComovingMomentumGrid Grid = new(24, 1e-4, 1e3, 1e-3, 100);

    private static double BoseEinstein(double x) => 1 / double.ExpM1(x);

    private static double FermiDirac(double x) => 1 / (Math.Exp(x) + 1);

    private static (double[] Scalar, double[] Content) Equilibrium(double mu, double tau)
    {
        var scalar = new double[Grid.ScalarCount];
        for (int k = 0; k < scalar.Length; k++)
        {
            double xi = Grid.Xi[Grid.ScalarStart + k];
            scalar[k] = BoseEinstein(Math.Sqrt(xi * xi + mu * mu) / tau);
        }

        var content = new double[Grid.Xi.Length];
        for (int i = 0; i < content.Length; i++)
        {
            content[i] = ScalarDecaySolver.SterileDegeneracy * Grid.Weight[i] * FermiDirac(Grid.Xi[i] / tau);
        }

        return (scalar, content);
    }

    private static double[] DecayRates(double mu, double widthTimesMass)
    {
        var rates = new double[Grid.ScalarCount];
        for (int k = 0; k < rates.Length; k++)
        {
            double xi = Grid.Xi[Grid.ScalarStart + k];
            rates[k] = widthTimesMass / Math.Sqrt(xi * xi + mu * mu);
        }

        return rates;
    }

    /// <summary>g_N n_N + 2 n_S in cell-content units (Σ V_i g_N f_i + 2 Σ V_k f_S,k).</summary>
    private static double Conserved(double[] scalar, double[] content)
    {
        double total = content.Sum();
        for (int k = 0; k < scalar.Length; k++)
        {
            total += 2 * Grid.Weight[Grid.ScalarStart + k] * scalar[k];
        }

        return total;
    }

    [Theory]
    [InlineData(0.3, 1.0)]
    [InlineData(3.0, 1.0)]
    [InlineData(20.0, 1.3)]
    public void BoseEinsteinScalarsAndFermiDiracSterilesAreInDetailedBalance(double mu, double tau)
    {
        // f_S(1 − f_N(p))(1 − f_N(E − p)) = f_N(p) f_N(E − p)(1 + f_S) for E = p + (E − p) at one temperature: the discrete
        // pairs (node p_i, partner interpolated linearly in f_N,eq) must keep the identity to rounding.
        var exchange = new ScalarSterileExchange(Grid);
        exchange.BuildPairs(mu, mu, mu, tau);
        var (scalar, content) = Equilibrium(mu, tau);
        var sterile = new double[content.Length];
        for (int i = 0; i < sterile.Length; i++)
        {
            sterile[i] = FermiDirac(Grid.Xi[i] / tau);
        }

        Assert.True(exchange.MaxRelativeImbalance(scalar, sterile) < 1e-12, $"imbalance {exchange.MaxRelativeImbalance(scalar, sterile)}");
    }

    [Theory]
    [InlineData(1e-3)]
    [InlineData(1e3)]
    public void EquilibriumIsAFixedPointOfTheTimeStepWhetherStiffOrNot(double widthTimesMassTimesStep)
    {
        // Both solver paths (fixed-point iteration for ΓΔt ≪ 1, Newton for ΓΔt ≫ 1) must leave equilibrium where it is.
        const double Mu = 5;
        const double Tau = 1;
        var exchange = new ScalarSterileExchange(Grid);
        var (scalar, content) = Equilibrium(Mu, Tau);
        double[] scalar0 = [.. scalar];
        double[] content0 = [.. content];
        Assert.True(exchange.Advance(scalar, content, DecayRates(Mu, widthTimesMassTimesStep), Mu, Mu, Mu, Tau, 1));
        for (int k = 0; k < scalar.Length; k++)
        {
            Assert.True(Math.Abs(scalar[k] - scalar0[k]) <= 1e-9 * scalar0[k] + 1e-300, $"f_S node {k}: {scalar0[k]} -> {scalar[k]}");
        }

        for (int i = 0; i < content.Length; i++)
        {
            Assert.True(Math.Abs(content[i] - content0[i]) <= 1e-9 * content0[i] + 1e-300, $"f_N node {i}: {content0[i]} -> {content[i]}");
        }
    }

    [Fact]
    public void FastDecaysOfADenseScalarPopulationConserveNumberAndKeepOccupationsPhysical()
    {
        // A cold, dense S population (f_S = 3 below ξ = 1, μ = 4) decaying with ΓΔt = 10⁴ per step (Newton path):
        // g_N n_N + 2 n_S is conserved (no daughters leave the grid), f_S ≥ 0 and 0 ≤ f_N ≤ 1.
        const double Mu = 4;
        var exchange = new ScalarSterileExchange(Grid);
        var scalar = new double[Grid.ScalarCount];
        for (int k = 0; k < scalar.Length; k++)
        {
            scalar[k] = Grid.Xi[Grid.ScalarStart + k] < 1 ? 3 : 0;
        }

        var content = new double[Grid.Xi.Length];
        double before = Conserved(scalar, content);
        for (int step = 0; step < 5; step++)
        {
            Assert.True(exchange.Advance(scalar, content, DecayRates(Mu, 1e4), Mu, Mu, Mu, 1, 1));
        }

        Assert.Equal(0, exchange.Leaked);
        Assert.Equal(before, Conserved(scalar, content), 1e-9 * before);
        double[] sterile = [.. content.Select((c, i) => c / (ScalarDecaySolver.SterileDegeneracy * Grid.Weight[i]))];
        Assert.All(sterile, f => Assert.InRange(f, 0, 1));
        Assert.All(scalar, f => Assert.True(f >= 0));
    }
}
