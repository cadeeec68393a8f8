using BenchmarkDotNet.Attributes;
using Freestream.Numerics;
using Freestream.Production;
using Freestream.Thermal;

namespace Freestream.Bench;

/// <summary>
/// One scalar-decay point at m_S = 100 GeV with the Standard-Model g*(T) at the default (converged)
/// resolution: freeze-in (λ = 1e-8) and freeze-out (λ = 1e-6, 1e-3), y = 1e-8. Targets (issue #3):
/// &lt; 0.5 s for freeze-in and &lt; 2 s for freeze-out on one core. Also the S equation alone through a stiff
/// regime-I freeze-out, by the solver's exponential integrator and by the generic <see cref="Rodas4"/> with an
/// analytic Jacobian, to justify the choice of integrator.
/// </summary>
[MemoryDiagnoser]
public class ScalarDecayBenchmark
{
    private const double StiffEnd = 30;
    private static readonly ScalarDecaySettings ConstantG = ScalarDecaySettings.Default with { DegreesOfFreedom = new ConstantDegreesOfFreedom(106.75) };
    private static readonly ScalarDecayModel StiffModel = new(1000, 1e-3, 1e-9, electroweakTemperatureGeV: 0);

    /// <summary>Freeze-in: S never thermalises (regimes I and II).</summary>
    [Benchmark(Baseline = true)]
    public double FreezeIn100GeV() => new ScalarDecaySolver().Solve(new ScalarDecayModel(100, 1e-8, 1e-8)).YieldN;

    /// <summary>Freeze-out at T ≈ 13 GeV followed by decays.</summary>
    [Benchmark]
    public double FreezeOut100GeV() => new ScalarDecaySolver().Solve(new ScalarDecayModel(100, 1e-6, 1e-8)).YieldN;

    /// <summary>Decays of S kept in equilibrium (annihilation rate up to 10¹³ H).</summary>
    [Benchmark]
    public double EquilibriumDecays100GeV() => new ScalarDecaySolver().Solve(new ScalarDecayModel(100, 1e-3, 1e-8)).YieldN;

    /// <summary>f_S alone through a regime-I freeze-out (λ = 1e-3, m_S = 1 TeV, constant g) to r = 30: exponential integrator.</summary>
    [Benchmark]
    public double StiffScalarExponential()
    {
        var evolution = new ScalarDecayEvolution(StiffModel, ConstantG);
        evolution.Run(stopAtR: StiffEnd);
        return evolution.ScalarNumber();
    }

    /// <summary>The same with <see cref="Rodas4"/> (rtol 1e-6) and the analytic Jacobian.</summary>
    [Benchmark]
    public double StiffScalarRodas4() => StiffScalarByRodas4(1e-6).Number;

    /// <summary>Integrates f_S(ξ, r) with Rodas4 from the solver's seed at r_ini to r = 30; returns Σ V f_S and the statistics.</summary>
    internal static (double Number, OdeStatistics Statistics) StiffScalarByRodas4(double relativeTolerance)
    {
        var evolution = new ScalarDecayEvolution(StiffModel, ConstantG);
        double rIni = StiffModel.ScalarMassGeV / evolution.InitialTemperatureGeV;
        evolution.Run(stopAtR: rIni);
        var grid = evolution.Grid;
        var terms = new ScalarCollisionTerms(StiffModel, grid, 0);
        int n = terms.Count;
        double[] y = evolution.ScalarOccupation.ToArray();
        double[] loss = new double[n];
        double[] unit = new double[n];
        double[] column = new double[n];
        var dof = ConstantG.DegreesOfFreedom;
        double mS = StiffModel.ScalarMassGeV;
        double TimePerR(double r) => 1 / (r * RadiationEra.HubbleRateGeV(mS / r, dof));
        void Rhs(double r, ReadOnlySpan<double> f, Span<double> dfdr)
        {
            terms.Prepare(ScalarDecayRegime.I, mS / r, mS / r, collisions: true);
            terms.LossRates(f, loss);
            double c = TimePerR(r);
            for (int i = 0; i < n; i++)
            {
                dfdr[i] = c * (terms.Gain[i] - (loss[i] + terms.Decay[i]) * f[i]);
            }
        }

        void Jacobian(double r, ReadOnlySpan<double> f, Span<double> jac)
        {
            terms.Prepare(ScalarDecayRegime.I, mS / r, mS / r, collisions: true);
            terms.LossRates(f, loss);
            double c = TimePerR(r);
            for (int j = 0; j < n; j++)
            {
                Array.Clear(unit);
                unit[j] = 1;
                terms.LossRates(unit, column);
                for (int i = 0; i < n; i++)
                {
                    jac[i * n + j] = -c * (f[i] * column[i] + (i == j ? loss[i] + terms.Decay[i] : 0));
                }
            }
        }

        var options = new OdeOptions { RelativeTolerance = relativeTolerance, AbsoluteTolerance = 1e-30 };
        var statistics = new Rodas4().Integrate(Rhs, rIni, y, StiffEnd, options, Jacobian);
        double number = 0;
        for (int j = 0; j < n; j++)
        {
            number += grid.Weight[grid.ScalarStart + j] * y[j];
        }

        return (number, statistics);
    }
}
