using System.Globalization;
using Freestream.Distributions;

namespace Freestream.Production;

/// <summary>
/// Solves the coupled Boltzmann equations for f_S(ξ, r) and f_N(ξ, r) of scalar-decay production in all
/// three regimes (Merle &amp; Totzauer arXiv:1502.01011; König, Merle &amp; Totzauer arXiv:1609.01289;
/// docs/physics/scalar_decay.md §3) and returns f_N(q) today with the production diagnostics.
/// </summary>
/// <remarks>The numerical method is described on <see cref="ScalarDecayEvolution"/>.</remarks>
public sealed class ScalarDecaySolver(ScalarDecaySettings? settings = null)
{
    /// <summary>Start of BBN for the late-decay warning, T = 1 MeV.</summary>
    public const double BbnTemperatureGeV = 1e-3;

    /// <summary>ρ_S/ρ_SM above which a warning says that H omits ρ_S (H then off by ≥ 5 %).</summary>
    public const double EnergyFractionWarning = 0.1;

    /// <summary>
    /// ρ_S/ρ_SM above which the point is outside validity: H ∝ √ρ is then off by more than 10 %, and so are the
    /// freeze-in/freeze-out yields, which scale as 1/H.
    /// </summary>
    public const double EnergyFractionLimit = 0.25;

    /// <summary>Occupations up to 1 + this are rounding of the implicit solver, not a Pauli violation.</summary>
    private const double PauliTolerance = 1e-6;

    /// <summary>n_N/n_N,eq above 1 + this while NN → S is fast marks a classical result as impossible.</summary>
    private const double EquilibriumTolerance = 0.05;

    /// <summary>Degeneracy of the Majorana N (two helicities).</summary>
    public const double SterileDegeneracy = 2;

    /// <summary>The settings in use.</summary>
    public ScalarDecaySettings Settings { get; } = settings ?? ScalarDecaySettings.Default;

    /// <summary>
    /// Runs one point. m_N is taken from the model when given (then <see cref="ScalarDecayResult.OmegaH2"/> is the
    /// prediction); otherwise it is fixed by Ω_N h² = <paramref name="omegaH2"/> (iso-mass condition).
    /// </summary>
    /// <exception cref="ScalarDecayConvergenceException">The solver failed at this point.</exception>
    public ScalarDecayResult Solve(ScalarDecayModel model, double omegaH2 = 0.12, IProgress<string>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!double.IsFinite(omegaH2) || omegaH2 <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(omegaH2), omegaH2, "Omega h^2 must be a finite number > 0");
        }

        var evolution = new ScalarDecayEvolution(model, Settings);
        evolution.Run(progress: progress, cancellation: cancellation);
        return Summarise(model, evolution, omegaH2);
    }

    private static ScalarDecayResult Summarise(ScalarDecayModel model, ScalarDecayEvolution evolution, double omegaH2)
    {
        var grid = evolution.Grid;
        double[] f = evolution.SterileOccupation();
        double number = evolution.SterileNumber() / SterileDegeneracy;

        if (evolution.Decayed <= 0 || number <= 0 || !double.IsFinite(number))
        {
            throw new ScalarDecayConvergenceException(model, "no sterile neutrinos were produced");
        }

        int first = Array.FindIndex(f, v => v > 0);
        int last = Array.FindLastIndex(f, v => v > 0);
        if (last - first + 1 < MomentumDistribution.MinimumPoints)
        {
            throw new ScalarDecayConvergenceException(model, "the sterile-neutrino spectrum covers fewer than 8 grid points");
        }

        var distribution = MomentumDistribution.FromProductionVariable(grid.Xi[first..(last + 1)], f[first..(last + 1)], evolution.ReferenceEntropyDof, SterileDegeneracy);
        double yield = 45 * SterileDegeneracy / (4 * Math.Pow(Math.PI, 4) * evolution.ReferenceEntropyDof) * number;
        double massKeV = model.SterileMassKeV ?? distribution.MassKeVForOmegaH2(omegaH2);
        double omega = distribution.OmegaH2(massKeV);
        double cube = 10.75 / evolution.ReferenceEntropyDof;
        double sterileFromDistribution = SterileDegeneracy * distribution.Moment(2) / cube;
        double conservation = Math.Abs(sterileFromDistribution - 2 * evolution.Decayed) / (2 * evolution.Decayed);
        double meanQ = distribution.MeanQ;
        if (!double.IsFinite(yield) || !double.IsFinite(meanQ) || !double.IsFinite(massKeV) || !double.IsFinite(conservation))
        {
            throw new ScalarDecayConvergenceException(model, "non-finite result");
        }

        double decayTemperature = evolution.DecayTemperature(0.5);
        double lateDecayTemperature = evolution.DecayTemperature(0.99);
        var statistics = evolution.Statistics;
        var warnings = Warnings(evolution, lateDecayTemperature, statistics);
        var (validity, reason) = Validity(model, evolution, distribution, massKeV, statistics);
        double freezeOut = evolution.FreezeOutR is double rf ? model.ScalarMassGeV / rf : double.NaN;
        return new ScalarDecayResult
        {
            Model = model,
            Distribution = distribution,
            Regimes = evolution.RegimesOfProduction,
            ScalarThermalised = evolution.Thermalised,
            FreezeOutTemperatureGeV = double.IsNaN(freezeOut) ? null : freezeOut,
            DecayTemperatureGeV = decayTemperature,
            LateDecayTemperatureGeV = lateDecayTemperature,
            YieldN = yield,
            SterileMassKeV = massKeV,
            OmegaH2 = omega,
            MeanQ = meanQ,
            Peaks = SpectrumPeaks.Find(distribution.Q, distribution.F),
            NumberConservationError = conservation,
            DeltaNeffBbn = DarkRadiationDensity.DeltaNeff(distribution, massKeV, DarkRadiationDensity.BbnNeutrinoTemperatureGeV),
            DeltaNeffRecombination = DarkRadiationDensity.DeltaNeff(distribution, massKeV, DarkRadiationDensity.RecombinationNeutrinoTemperatureGeV),
            Components = SpectrumComponents.Find(distribution.Q, distribution.F),
            Statistics = statistics,
            Kinetics = evolution.Kinetics,
            Validity = validity,
            ValidityReason = reason,
            DecayParameter = evolution.DecayParameter,
            ReferenceEntropyDof = evolution.ReferenceEntropyDof,
            Steps = evolution.Steps,
            History = evolution.History,
            Warnings = warnings,
        };
    }

    /// <summary>
    /// Warnings whose premise holds at this point: late decays (1 % of the S decay below T = 1 MeV), S carrying more
    /// than 10 % of the energy density, N near equilibrium while NN → S is fast but neglected (classical statistics
    /// only), N lost off the grid.
    /// </summary>
    private static List<string> Warnings(ScalarDecayEvolution evolution, double lateDecayTemperature, ScalarDecayStatistics statistics)
    {
        var warnings = new List<string>();
        if (lateDecayTemperature < BbnTemperatureGeV)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"S decays after BBN begins: 1 % of the S decay below T = {lateDecayTemperature * 1e3:G3} MeV (< 1 MeV)"));
        }

        if (evolution.MaxEnergyFraction > EnergyFractionWarning)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"S reaches {evolution.MaxEnergyFraction:P1} of the Standard-Model energy density; H omits rho_S and rho_N (S -> NN moves energy into N, it injects no Standard-Model entropy)"));
        }

        if (statistics == ScalarDecayStatistics.Classical && evolution.MaxInverseDecayOverHubble > 1 && evolution.MaxSterileToEquilibrium > 0.1)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"n_N reaches {evolution.MaxSterileToEquilibrium:G3} n_N,eq while NN -> S would be {evolution.MaxInverseDecayOverHubble:G3} H; classical statistics neglect it (use --statistics quantum)"));
        }

        if (evolution.Leaked > 1e-3 * 2 * evolution.Decayed)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{evolution.Leaked / (2 * evolution.Decayed):P2} of the N fell outside the momentum grid; widen it"));
        }

        return warnings;
    }

    /// <summary>The gates of docs/physics/scalar_decay_validity.md §5, first failing one named.</summary>
    private static (ScalarDecayValidity Validity, string? Reason) Validity(ScalarDecayModel model, ScalarDecayEvolution evolution, MomentumDistribution distribution, double massKeV, ScalarDecayStatistics statistics)
    {
        double halfScalarKeV = model.ScalarMassGeV / 2 / Thermal.PhysicalConstants.KeVInGeV;
        if (massKeV >= halfScalarKeV)
        {
            return (ScalarDecayValidity.KinematicallyForbidden, string.Create(CultureInfo.InvariantCulture,
                $"kinematically forbidden: Omega h^2 needs m_N = {massKeV:G4} keV >= m_S/2 = {halfScalarKeV:G4} keV, so S -> NN is closed"));
        }

        double maxOccupation = distribution.F.Max();
        if (maxOccupation > 1 + PauliTolerance)
        {
            return (ScalarDecayValidity.OutsideValidity, string.Create(CultureInfo.InvariantCulture,
                $"outside validity: f_N reaches {maxOccupation:G4} > 1 (Pauli principle); classical statistics do not apply here (use --statistics quantum)"));
        }

        if (statistics == ScalarDecayStatistics.Classical && evolution.MaxSterileToEquilibriumCoupled > 1 + EquilibriumTolerance)
        {
            return (ScalarDecayValidity.OutsideValidity, string.Create(CultureInfo.InvariantCulture,
                $"outside validity: n_N reaches {evolution.MaxSterileToEquilibriumCoupled:G4} n_N,eq while NN -> S is faster than H; classical statistics do not apply here (use --statistics quantum)"));
        }

        if (evolution.MaxEnergyFraction > EnergyFractionLimit)
        {
            return (ScalarDecayValidity.OutsideValidity, string.Create(CultureInfo.InvariantCulture,
                $"outside validity: S reaches {evolution.MaxEnergyFraction:P0} of the Standard-Model energy density (early matter domination) but H omits it"));
        }

        return (ScalarDecayValidity.Valid, null);
    }
}
