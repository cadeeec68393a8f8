using MathNet.Numerics.Interpolation;

namespace Freestream.Thermal;

/// <summary>
/// g*(T) and g*s(T) of the Standard Model from 10 TeV down to 1 keV, computed once from the particle
/// content (<see cref="StandardModelPlasma"/>: ideal Bose/Fermi gases with masses, the HotQCD lattice
/// equation of state joined to a hadron resonance gas through the QCD crossover, neutrino decoupling
/// before e± annihilation) on a dense grid in ln T, then interpolated.
/// </summary>
/// <remarks>
/// <para>Values: g*s = 106.75 above ~1 TeV (106.67 at 1 TeV, top-mass and lattice 1/T corrections),
/// 10.75 at 1–5 MeV (to 0.7 %), 43/11 = 3.909 and g* = 3.363 today (instantaneous neutrino
/// decoupling, N_eff = 3). The derivatives d ln g/d ln T are computed analytically from the heat
/// capacities (not by differencing g), so they are smooth, including through the QCD crossover
/// (HotQCD, arXiv:1407.6387) and e± annihilation.</para>
/// <para>Table: <see cref="DefaultPointsPerEFold"/> nodes per e-fold of T between 1 keV and 10 TeV.
/// ln g*, ln g*s are cubic-Hermite interpolated in ln T with the exact node slopes; the two logarithmic
/// derivatives are natural cubic splines (C²). Lookups do not allocate. Outside 1 keV–10 TeV all four
/// functions are clamped to their end values (both ends are plateaus: nothing in the Standard Model
/// changes g below m_e/500 or above m_t·60); a temperature ≤ 0 or not finite throws.</para>
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

    private readonly CubicSpline _logEnergyDof;
    private readonly CubicSpline _logEntropyDof;
    private readonly CubicSpline _energySlope;
    private readonly CubicSpline _entropySlope;
    private readonly double _lnMin = Math.Log(MinimumTemperatureGeV);
    private readonly double _lnMax = Math.Log(MaximumTemperatureGeV);

    /// <summary>Builds the table with a given density (the default instance is <see cref="Instance"/>).</summary>
    /// <param name="pointsPerEFold">Table nodes per e-fold of T (8–1024).</param>
    public StandardModelDegreesOfFreedom(int pointsPerEFold)
    {
        if (pointsPerEFold < 8 || pointsPerEFold > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(pointsPerEFold), pointsPerEFold, $"{nameof(pointsPerEFold)} must lie in [8, 1024], got {pointsPerEFold}");
        }

        PointsPerEFold = pointsPerEFold;
        int n = (int)Math.Ceiling((_lnMax - _lnMin) * pointsPerEFold) + 1;
        var lnT = new double[n];
        var lnG = new double[n];
        var lnGs = new double[n];
        var slopeG = new double[n];
        var slopeGs = new double[n];
        for (int i = 0; i < n; i++)
        {
            lnT[i] = i == n - 1 ? _lnMax : _lnMin + i * (_lnMax - _lnMin) / (n - 1);
            var state = StandardModelPlasma.Evaluate(Math.Exp(lnT[i]));
            lnG[i] = Math.Log(state.EnergyDof);
            lnGs[i] = Math.Log(state.EntropyDof);
            slopeG[i] = state.LogEnergyDofDerivative;
            slopeGs[i] = state.LogEntropyDofDerivative;
        }

        _logEnergyDof = CubicSpline.InterpolateHermiteSorted(lnT, lnG, slopeG);
        _logEntropyDof = CubicSpline.InterpolateHermiteSorted(lnT, lnGs, slopeGs);
        _energySlope = CubicSpline.InterpolateNaturalSorted(lnT, slopeG);
        _entropySlope = CubicSpline.InterpolateNaturalSorted(lnT, slopeGs);
    }

    /// <summary>The shared Standard-Model table (built on first use, ~0.1 s).</summary>
    public static StandardModelDegreesOfFreedom Instance => Shared.Value;

    /// <summary>Table nodes per e-fold of T.</summary>
    public int PointsPerEFold { get; }

    /// <inheritdoc />
    public double EnergyDof(double temperatureGeV) => Math.Exp(_logEnergyDof.Interpolate(ClampedLog(temperatureGeV)));

    /// <inheritdoc />
    public double EntropyDof(double temperatureGeV) => Math.Exp(_logEntropyDof.Interpolate(ClampedLog(temperatureGeV)));

    /// <inheritdoc />
    public double LogEntropyDofDerivative(double temperatureGeV) => _entropySlope.Interpolate(ClampedLog(temperatureGeV));

    /// <inheritdoc />
    public double LogEnergyDofDerivative(double temperatureGeV) => _energySlope.Interpolate(ClampedLog(temperatureGeV));

    private double ClampedLog(double temperatureGeV)
    {
        TemperatureCheck.Validate(temperatureGeV);
        return Math.Clamp(Math.Log(temperatureGeV), _lnMin, _lnMax);
    }
}
