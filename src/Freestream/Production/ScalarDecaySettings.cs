using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>
/// Precision knobs and cosmological background of the scalar-decay solver, separate from the physical
/// inputs in <see cref="ScalarDecayModel"/>.
/// </summary>
public sealed record ScalarDecaySettings
{
    /// <summary>The converged default resolution (doubling it changes Y_N and ⟨q⟩ by &lt; 0.3 %).</summary>
    public static ScalarDecaySettings Default { get; } = new();

    /// <summary>Points per decade of the logarithmic comoving-momentum grid ξ.</summary>
    public int PointsPerDecade { get; init; } = 24;

    /// <summary>Smallest ξ of the N grid.</summary>
    public double MinXi { get; init; } = 1e-4;

    /// <summary>Largest ξ of the N grid; raised automatically to 20 √(π/8K) for late decays (decay parameter K).</summary>
    public double MaxXi { get; init; } = 1e3;

    /// <summary>Smallest ξ of the S grid (S below it carry a fraction ~ξ² of the number).</summary>
    public double ScalarMinXi { get; init; } = 1e-3;

    /// <summary>Largest ξ of the S grid (S are produced with e^{−E/T} tails; ξ ≤ 2.2 p/T for the SM g*s).</summary>
    public double ScalarMaxXi { get; init; } = 100;

    /// <summary>Largest step in ln r.</summary>
    public double MaxLogStep { get; init; } = 0.03;

    /// <summary>Largest step in r = m_S/T while S is produced or annihilates.</summary>
    public double MaxStepR { get; init; } = 0.15;

    /// <summary>T_ini = this factor × max(m_S, T_EW); the regime-I tail before T_ini is seeded analytically.</summary>
    public double InitialTemperatureFactor { get; init; } = 100;

    /// <summary>g*(T) and g*s(T); <see cref="ConstantDegreesOfFreedom"/> reproduces the constant-g setting of MT15.</summary>
    public IDegreesOfFreedom DegreesOfFreedom { get; init; } = StandardModelDegreesOfFreedom.Instance;

    /// <summary>Statistics of the S ↔ NN collision term; <see cref="ScalarDecayStatistics.Classical"/> is the MT15/KMT16 decay-only limit.</summary>
    public ScalarDecayStatistics Statistics { get; init; } = ScalarDecayStatistics.Quantum;

    /// <summary>Whether f_S keeps its own momentum shape (MT15/KMT16, default) or is held in kinetic equilibrium with the plasma.</summary>
    public ScalarKinetics Kinetics { get; init; } = ScalarKinetics.Momentum;

    /// <summary>The same settings with twice the momentum and time resolution (for convergence checks).</summary>
    public ScalarDecaySettings Doubled() => this with
    {
        PointsPerDecade = 2 * PointsPerDecade,
        MaxLogStep = MaxLogStep / 2,
        MaxStepR = MaxStepR / 2,
    };
}
