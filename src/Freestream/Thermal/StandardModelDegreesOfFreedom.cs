using System.Globalization;
using Freestream.Numerics;

namespace Freestream.Thermal;

/// <summary>
/// g*(T) and g*s(T) of the Standard Model from 10 TeV down to 1 keV, computed once from the particle
/// content (<see cref="StandardModelPlasma"/>: ideal Bose/Fermi gases with masses, the HotQCD lattice
/// equation of state joined to a hadron resonance gas through the QCD crossover, neutrino decoupling
/// before e± annihilation) on a dense grid in ln T, then interpolated.
/// </summary>
/// <remarks>
/// <para>Values: g*s = 106.75 above ~1 TeV (106.70 at 1 TeV: top-mass and lattice 1/T corrections),
/// 10.73–10.76 at 3–10 MeV, 10.56 at 1 MeV (massive e±, neutrinos already 0.6 % cooler), 43/11 = 3.909 and
/// g* = 3.363 today (neutrinos decoupled before e± annihilation, N_eff = 3). Within 1.7 % of the
/// lattice-based table of Borsanyi et al. (arXiv:1606.07494) from 3 MeV to 1 GeV; 1–3.5 % above it at
/// 10–300 GeV, where perturbative QCD corrections (not modelled) lower the interacting plasma's g.
/// The derivatives d ln g/d ln T are computed analytically from the heat capacities (not by
/// differencing g), so they are smooth, including through the QCD crossover (HotQCD, arXiv:1407.6387)
/// and e± annihilation.</para>
/// <para>Table: <see cref="DefaultPointsPerEFold"/> nodes per e-fold of T between 1 keV and 10 TeV.
/// g*, g*s are cubic-Hermite interpolated in ln T with the exact node slopes dg/d ln T; the two logarithmic
/// derivatives are natural cubic splines (C², MathNet). Lookups index the uniform grid directly and do
/// not allocate. Outside 1 keV–10 TeV all four functions are clamped to their end values (both ends
/// are plateaus: beyond them the Standard-Model g changes by less than 1e-5 relative); a temperature
/// ≤ 0 or not finite throws.</para>
/// </remarks>
public sealed class StandardModelDegreesOfFreedom : IDegreesOfFreedom
{
    /// <summary>Default table density (nodes per e-fold of T).</summary>
    public const int DefaultPointsPerEFold = 128;

    /// <summary>Lowest tabulated temperature, 1 keV, in GeV.</summary>
    public const double MinimumTemperatureGeV = 1e-6;

    /// <summary>Highest tabulated temperature, 10 TeV, in GeV.</summary>
    public const double MaximumTemperatureGeV = 1e4;

    private static readonly Lazy<StandardModelDegreesOfFreedom> Shared = new(() => new StandardModelDegreesOfFreedom(DefaultPointsPerEFold));

    private readonly UniformHermiteTable _energyDof;
    private readonly UniformHermiteTable _entropyDof;
    private readonly UniformHermiteTable _energySlope;
    private readonly UniformHermiteTable _entropySlope;
    private readonly double _lnMin = Math.Log(MinimumTemperatureGeV);
    private readonly double _lnMax = Math.Log(MaximumTemperatureGeV);

    /// <summary>Builds the table with a given density (the default instance is <see cref="Instance"/>).</summary>
    /// <param name="pointsPerEFold">Table nodes per e-fold of T (8–1024).</param>
    public StandardModelDegreesOfFreedom(int pointsPerEFold)
    {
        if (pointsPerEFold < 8 || pointsPerEFold > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(pointsPerEFold), pointsPerEFold, string.Create(CultureInfo.InvariantCulture, $"{nameof(pointsPerEFold)} must lie in [8, 1024], got {pointsPerEFold}"));
        }

        PointsPerEFold = pointsPerEFold;
        int n = (int)Math.Ceiling((_lnMax - _lnMin) * pointsPerEFold) + 1;
        double step = (_lnMax - _lnMin) / (n - 1);
        var g = new double[n];
        var gs = new double[n];
        var slopeG = new double[n];
        var slopeGs = new double[n];
        var dg = new double[n];
        var dgs = new double[n];
        for (int i = 0; i < n; i++)
        {
            double lnT = i == n - 1 ? _lnMax : _lnMin + i * step;
            var state = StandardModelPlasma.Evaluate(Math.Exp(lnT));
            g[i] = state.EnergyDof;
            gs[i] = state.EntropyDof;
            slopeG[i] = state.LogEnergyDofDerivative;
            slopeGs[i] = state.LogEntropyDofDerivative;
            dg[i] = state.EnergyDof * state.LogEnergyDofDerivative;
            dgs[i] = state.EntropyDof * state.LogEntropyDofDerivative;
        }

        _energyDof = new UniformHermiteTable(step, g, dg, _lnMin);
        _entropyDof = new UniformHermiteTable(step, gs, dgs, _lnMin);
        _energySlope = UniformHermiteTable.NaturalSpline(_lnMin, step, slopeG);
        _entropySlope = UniformHermiteTable.NaturalSpline(_lnMin, step, slopeGs);
    }

    /// <summary>The shared Standard-Model table (built on first use, ~0.3 s).</summary>
    public static StandardModelDegreesOfFreedom Instance => Shared.Value;

    /// <summary>Table nodes per e-fold of T.</summary>
    public int PointsPerEFold { get; }

    /// <inheritdoc />
    public double EnergyDof(double temperatureGeV) => _energyDof.Evaluate(ClampedLog(temperatureGeV));

    /// <inheritdoc />
    public double EntropyDof(double temperatureGeV) => _entropyDof.Evaluate(ClampedLog(temperatureGeV));

    /// <inheritdoc />
    public double LogEntropyDofDerivative(double temperatureGeV) => _entropySlope.Evaluate(ClampedLog(temperatureGeV));

    /// <inheritdoc />
    public double LogEnergyDofDerivative(double temperatureGeV) => _energySlope.Evaluate(ClampedLog(temperatureGeV));

    private double ClampedLog(double temperatureGeV)
    {
        TemperatureCheck.Validate(temperatureGeV);
        return Math.Clamp(Math.Log(temperatureGeV), _lnMin, _lnMax);
    }
}
