using Freestream.Thermal;
using Freestream.Distributions;

namespace Freestream.Production;

/// <summary>
/// Numerical and physical knobs of the Dodelson–Widrow solver, separate from the physical inputs
/// (mass, mixing, flavour). Null models mean the full Standard-Model choice.
/// </summary>
public sealed record DodelsonWidrowSettings
{
    /// <summary>Temperature where the integration starts, GeV (≫ T_peak ≈ 0.13 GeV (m/keV)^{1/3}); at most 20 GeV.</summary>
    public double StartTemperatureGeV { get; init; } = 10.0;

    /// <summary>
    /// Temperature where it stops and where the comoving momentum x = p/T is defined, GeV. Below ~10 MeV
    /// nothing is produced any more, and after e± annihilation x = p/T_ν = q today.
    /// </summary>
    public double EndTemperatureGeV { get; init; } = 0.005;

    /// <summary>Temperature steps per decade (midpoint rule in ln T, exact exponential update per step).</summary>
    public int StepsPerDecade { get; init; } = 200;

    /// <summary>Log-spaced comoving-momentum grid q = x (used as is when no initial population is given).</summary>
    public MomentumGrid Grid { get; init; } = new(1e-3, 25.0, 160);

    /// <summary>Active-neutrino opacity; null: the tabulated default <see cref="ActiveNeutrinoOpacities.Default"/> of the flavour.</summary>
    public IActiveNeutrinoOpacity? Opacity { get; init; }

    /// <summary>Thermal potential; null: <see cref="ThermalPotential.NotzoldRaffelt"/> of the flavour.</summary>
    public ThermalPotential? Potential { get; init; }

    /// <summary>g*(T), g*s(T) for H(T), t(T) and a(T); null: <see cref="StandardModelDegreesOfFreedom.Instance"/>.</summary>
    public IDegreesOfFreedom? DegreesOfFreedom { get; init; }

    /// <summary>The default settings (Ω h² converged to ~1e-4 in steps and grid).</summary>
    public static DodelsonWidrowSettings Default { get; } = new();

    /// <summary>Half the steps and points of <see cref="Default"/> (~1e-3).</summary>
    public static DodelsonWidrowSettings Fast { get; } = new() { StepsPerDecade = 100, Grid = new MomentumGrid(1e-3, 25.0, 80) };

    /// <summary>Twice the steps and points of <see cref="Default"/>.</summary>
    public static DodelsonWidrowSettings Precise { get; } = new() { StepsPerDecade = 400, Grid = new MomentumGrid(1e-4, 30.0, 320) };

    /// <summary>The analytic-limit settings: constant AFP opacity, low-temperature potential and constant g* = g*s.</summary>
    public static DodelsonWidrowSettings AnalyticLimit(ActiveNeutrinoFlavour flavour, double dof = 10.75) => Default with
    {
        Opacity = ConstantActiveNeutrinoOpacity.ForFlavour(flavour),
        Potential = ThermalPotential.LowTemperatureLimit(flavour),
        DegreesOfFreedom = new ConstantDegreesOfFreedom(dof),
    };

    /// <summary>Checks the numerical settings; throws <see cref="ArgumentOutOfRangeException"/> naming the setting.</summary>
    public DodelsonWidrowSettings Validated()
    {
        if (!double.IsFinite(EndTemperatureGeV) || EndTemperatureGeV <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(EndTemperatureGeV), EndTemperatureGeV, "the end temperature must be a finite number > 0 GeV");
        }

        if (!double.IsFinite(StartTemperatureGeV) || StartTemperatureGeV <= EndTemperatureGeV || StartTemperatureGeV > StandardModelActiveNeutrinoOpacity.MaxTemperatureGeV)
        {
            throw new ArgumentOutOfRangeException(nameof(StartTemperatureGeV), StartTemperatureGeV, $"the start temperature must be above the end temperature and at most {StandardModelActiveNeutrinoOpacity.MaxTemperatureGeV} GeV");
        }

        if (StepsPerDecade < 10 || StepsPerDecade > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(StepsPerDecade), StepsPerDecade, "steps per decade must be in [10, 100000]");
        }

        ArgumentNullException.ThrowIfNull(Grid);
        if (!(Grid.QMinOverT > 0) || !(Grid.QMaxOverT > Grid.QMinOverT) || Grid.Points < MomentumDistribution.MinimumPoints)
        {
            throw new ArgumentOutOfRangeException(nameof(Grid), Grid, $"the grid needs 0 < q_min < q_max and at least {MomentumDistribution.MinimumPoints} points");
        }

        return this;
    }
}
