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
        var warnings = new List<string>();
        if (lateDecayTemperature < BbnTemperatureGeV)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"S decays after BBN begins: 1 % of the S decay below T = {lateDecayTemperature * 1e3:G3} MeV (< 1 MeV)"));
        }

        if (evolution.MaxEnergyFraction > 0.1)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"S carries up to {evolution.MaxEnergyFraction:P1} of the energy density; entropy injection by its decays is neglected"));
        }

        if (evolution.MaxSterileToEquilibrium > 0.1)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"n_N reaches {evolution.MaxSterileToEquilibrium:G3} n_N,eq; inverse decays NN -> S are neglected"));
        }

        if (evolution.Leaked > 1e-3 * 2 * evolution.Decayed)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{evolution.Leaked / (2 * evolution.Decayed):P2} of the N fell outside the momentum grid; widen it"));
        }

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
            DeltaNeff = 60 * SterileDegeneracy * distribution.Moment(3) / (7 * Math.Pow(Math.PI, 4)),
            DecayParameter = evolution.DecayParameter,
            ReferenceEntropyDof = evolution.ReferenceEntropyDof,
            Steps = evolution.Steps,
            History = evolution.History,
            Warnings = warnings,
        };
    }
}
