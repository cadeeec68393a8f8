using Freestream.Thermal;
using Freestream.Distributions;

namespace Freestream.Production;

/// <summary>
/// Numerical and physical knobs of the Shi–Fuller solver, separate from the physical inputs (mass, mixing,
/// asymmetry, flavour). Null models mean the full Standard-Model choice (the same as Dodelson–Widrow).
/// </summary>
public sealed record ShiFullerSettings
{
    /// <summary>Temperature where the integration starts, GeV (at most 20 GeV). The resonance sits at x ≪ 10⁻⁴ there for keV masses.</summary>
    public double StartTemperatureGeV { get; init; } = 10.0;

    /// <summary>Temperature where it stops and where x = p/T (= q today) is defined, GeV.</summary>
    public double EndTemperatureGeV { get; init; } = 0.005;

    /// <summary>Temperature steps per decade (the resonance is integrated exactly inside each step; this resolves L(T)).</summary>
    public int StepsPerDecade { get; init; } = 200;

    /// <summary>
    /// Largest relative change of L in one (implicit) step; longer steps are halved in ln T (adaptive stepping at the end of
    /// the sweep). In [0.02, 0.5]: much smaller values make halved steps resolve single-node resonance crossings, which then
    /// self-quench (warmer spectra, see <see cref="ShiFullerSolver"/>). Halving it from 0.1 moves Ω and ⟨q⟩ by &lt; 0.5 %.
    /// </summary>
    public double MaxAsymmetryChangePerStep { get; init; } = 0.1;

    /// <summary>Starting log-spaced grid in q = x; refined where the spectrum jumps (<see cref="RefinementPasses"/>).</summary>
    public MomentumGrid Grid { get; init; } = new(1e-4, 25.0, 300);

    /// <summary>Adaptive refinement passes: each run bisects every interval where f_ν or f̄_ν jumps by more than <see cref="RefinementTolerance"/>.</summary>
    public int RefinementPasses { get; init; } = 3;

    /// <summary>Largest allowed jump |f_{i+1} − f_i| between neighbouring nodes, relative to the channel's largest q³f.</summary>
    public double RefinementTolerance { get; init; } = 0.01;

    /// <summary>Upper bound on the refined grid size.</summary>
    public int MaxPoints { get; init; } = 4000;

    /// <summary>Drop the thermal potential V_T (analytic resonance tests: x_res ∝ T⁻⁴).</summary>
    public bool NeglectThermalPotential { get; init; }

    /// <summary>Asymmetry redistribution; null: <see cref="LeptonAsymmetryRedistribution.For"/> of the flavour (full chemical equilibrium).</summary>
    public LeptonAsymmetryRedistribution? Redistribution { get; init; }

    /// <summary>Active-neutrino opacity; null: the tabulated default <see cref="ActiveNeutrinoOpacities.Default"/> of the flavour (as Dodelson–Widrow).</summary>
    public IActiveNeutrinoOpacity? Opacity { get; init; }

    /// <summary>Thermal potential; null: <see cref="ThermalPotential.NotzoldRaffelt"/> of the flavour.</summary>
    public ThermalPotential? Potential { get; init; }

    /// <summary>g*(T), g*s(T); null: <see cref="StandardModelDegreesOfFreedom.Instance"/>.</summary>
    public IDegreesOfFreedom? DegreesOfFreedom { get; init; }

    /// <summary>Default settings (Ω, ⟨q⟩ converged to ≲ 0.3 % in steps and grid, see the tests).</summary>
    public static ShiFullerSettings Default { get; } = new();

    /// <summary>Half the steps and points of <see cref="Default"/>.</summary>
    public static ShiFullerSettings Fast { get; } = new() { StepsPerDecade = 100, Grid = new MomentumGrid(1e-4, 25.0, 150), RefinementTolerance = 0.02 };

    /// <summary>Twice the steps and points of <see cref="Default"/>.</summary>
    public static ShiFullerSettings Precise { get; } = new() { StepsPerDecade = 400, Grid = new MomentumGrid(1e-5, 30.0, 600), RefinementTolerance = 0.005, MaxPoints = 8000 };

    /// <summary>Checks the settings; throws <see cref="ArgumentOutOfRangeException"/> naming the setting.</summary>
    public ShiFullerSettings Validated()
    {
        _ = ToDodelsonWidrow().Validated();
        if (RefinementPasses is < 0 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(RefinementPasses), RefinementPasses, "refinement passes must be in [0, 20]");
        }

        if (!(RefinementTolerance > 0) || RefinementTolerance >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(RefinementTolerance), RefinementTolerance, "the refinement tolerance must be in (0, 1)");
        }

        if (!(MaxAsymmetryChangePerStep >= 0.02) || MaxAsymmetryChangePerStep > 0.5)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAsymmetryChangePerStep), MaxAsymmetryChangePerStep, "the largest change of L per step must be in [0.02, 0.5] (smaller steps resolve single-node crossings and self-quench)");
        }

        if (MaxPoints < Grid.Points || MaxPoints > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPoints), MaxPoints, "the point cap must be at least the starting grid size and at most 100000");
        }

        return this;
    }

    /// <summary>The Dodelson–Widrow settings with the same background, opacity, potential, steps and starting grid.</summary>
    public DodelsonWidrowSettings ToDodelsonWidrow() => new()
    {
        StartTemperatureGeV = StartTemperatureGeV,
        EndTemperatureGeV = EndTemperatureGeV,
        StepsPerDecade = StepsPerDecade,
        Grid = Grid,
        Opacity = Opacity,
        Potential = Potential,
        DegreesOfFreedom = DegreesOfFreedom,
    };
}
