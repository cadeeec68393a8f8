using System.Globalization;
using Freestream.Cosmology;
using MathNet.Numerics.Integration;
using MathNet.Numerics.Interpolation;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.OdeSolvers;
using Freestream.Thermal;

namespace Freestream.Cosmology;

/// <summary>
/// Homogeneous expansion of a flat universe after e± annihilation: photons (from T_CMB), N_eff massless
/// neutrinos, pressureless matter (ω_b + ω_dm) and a cosmological constant closing the budget,
/// H(a) = H₀ √(Ω_r a⁻⁴ + Ω_m a⁻³ + Ω_Λ). Gives conformal time, cosmic time (age) and the linear growth
/// factor D(a).
/// </summary>
/// <remarks>
/// <para>Ω_γ h² = (π²/15) T_CMB⁴/(ħc)³ / (ρ_c/h²) (2.4730e-5 for 2.7255 K), Ω_ν h² = N_eff (7/8)(4/11)^{4/3} Ω_γ h²
/// (Ω_r h² = 4.1826e-5 for N_eff = 3.044, docs/physics/boltzmann.md §3). There are no massive neutrinos: the
/// Planck 2018 ΛCDM age 13.797 ± 0.023 Gyr (arXiv:1807.06209, table 2) includes one 0.06 eV neutrino, which
/// adds ω ≈ 6.4e-4 of matter today; without it, at the same h and ω_b, ω_c, the age is ~0.02 Gyr higher.</para>
/// <para>Growth: the scale-independent growing mode of a pressureless total-matter perturbation with smooth
/// radiation and Λ, from the ODE (Peebles, The Large-Scale Structure of the Universe, 1980, §10, written in ln a)
/// D″ + (2 + d ln H/d ln a) D′ − (3/2) Ω_m(a) D = 0, ′ = d/d ln a, started deep in the radiation era on the
/// exact Mészáros growing mode D ∝ 1 + 3a/(2a_eq) (Mészáros 1974; a_eq = Ω_r/Ω_m) and integrated with
/// fourth-order Runge–Kutta on a uniform grid in ln a; D is cubic-Hermite interpolated with its exact
/// slope and normalised to D(1) = 1. The integral form D ∝ H∫da/(aH)³ (Heath 1977) is exact only without
/// radiation and is used in the tests as a check. Baryons are counted as clustering like CDM (their
/// suppression by photon drag before recombination is a scale-dependent effect of the Boltzmann stage).</para>
/// </remarks>
public sealed class LateTimeExpansion
{
    /// <summary>Default number of Runge–Kutta steps per e-fold of a for the growth factor.</summary>
    public const int DefaultGrowthStepsPerEFold = 200;

    private const double IntegrationRelativeTolerance = 1e-10;
    private const double InitialScaleFactorOverEquality = 1e-4;
    private readonly CubicSpline _lnGrowth;
    private readonly CubicSpline _growthRate;
    private readonly double _lnAStart;

    /// <summary>Builds the background for the given parameters.</summary>
    /// <param name="parameters">Cosmology (validated; h, ω_b, ω_dm, N_eff and T_CMB are used).</param>
    /// <param name="growthStepsPerEFold">Runge–Kutta steps per e-fold of a for D(a) (20–5000).</param>
    public LateTimeExpansion(CosmologyParameters parameters, int growthStepsPerEFold = DefaultGrowthStepsPerEFold)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validated();
        if (growthStepsPerEFold < 20 || growthStepsPerEFold > 5000)
        {
            throw new ArgumentOutOfRangeException(nameof(growthStepsPerEFold), growthStepsPerEFold, string.Create(CultureInfo.InvariantCulture, $"{nameof(growthStepsPerEFold)} must lie in [20, 5000], got {growthStepsPerEFold}"));
        }

        Parameters = parameters;
        double tCmbGeV = parameters.CmbTemperatureK * PhysicalConstants.BoltzmannGeVPerK;
        double hbarC3 = Math.Pow(PhysicalConstants.HbarCGeVCm, 3);
        OmegaPhotonH2 = Math.PI * Math.PI / 15.0 * Math.Pow(tCmbGeV, 4) / hbarC3 / PhysicalConstants.CriticalDensityOverH2GeVPerCm3;
        OmegaNeutrinoH2 = parameters.EffectiveNeutrinoNumber * 7.0 / 8.0 * Math.Pow(4.0 / 11.0, 4.0 / 3.0) * OmegaPhotonH2;
        OmegaMatterH2 = parameters.OmegaBaryonH2 + parameters.OmegaDarkMatterH2;
        double h2 = parameters.H * parameters.H;
        OmegaRadiation = OmegaRadiationH2 / h2;
        OmegaMatter = OmegaMatterH2 / h2;
        OmegaLambda = 1.0 - OmegaRadiation - OmegaMatter;
        if (OmegaLambda < -1e-12)
        {
            throw new ArgumentOutOfRangeException(nameof(parameters), OmegaMatter + OmegaRadiation, string.Create(CultureInfo.InvariantCulture, $"matter and radiation exceed the flat budget: Ω_m + Ω_r = {OmegaMatter + OmegaRadiation} > 1 for h = {parameters.H}"));
        }

        OmegaLambda = Math.Max(OmegaLambda, 0.0);
        HubbleTodayKmPerSecPerMpc = 100.0 * parameters.H;
        HubbleLengthMpc = PhysicalConstants.SpeedOfLightKmPerS / HubbleTodayKmPerSecPerMpc;
        HubbleTimeGyr = PhysicalConstants.MpcCm / 1e5 / HubbleTodayKmPerSecPerMpc / PhysicalConstants.JulianYearSeconds / 1e9;

        (_lnGrowth, _growthRate, _lnAStart) = SolveGrowth(growthStepsPerEFold);
        ConformalTimeTodayMpc = ConformalTimeMpc(1.0);
        AgeGyr = CosmicTimeGyr(1.0);
    }

    /// <summary>The parameters this background was built from.</summary>
    public CosmologyParameters Parameters { get; }

    /// <summary>Ω_γ h² of the CMB photons.</summary>
    public double OmegaPhotonH2 { get; }

    /// <summary>Ω_ν h² of N_eff massless neutrinos.</summary>
    public double OmegaNeutrinoH2 { get; }

    /// <summary>Ω_r h² = Ω_γ h² + Ω_ν h².</summary>
    public double OmegaRadiationH2 => OmegaPhotonH2 + OmegaNeutrinoH2;

    /// <summary>Ω_m h² = ω_b + ω_dm.</summary>
    public double OmegaMatterH2 { get; }

    /// <summary>Ω_r today.</summary>
    public double OmegaRadiation { get; }

    /// <summary>Ω_m today.</summary>
    public double OmegaMatter { get; }

    /// <summary>Ω_Λ = 1 − Ω_m − Ω_r (flat).</summary>
    public double OmegaLambda { get; }

    /// <summary>H₀ = 100 h km/s/Mpc.</summary>
    public double HubbleTodayKmPerSecPerMpc { get; }

    /// <summary>Hubble length c/H₀ in Mpc.</summary>
    public double HubbleLengthMpc { get; }

    /// <summary>Hubble time 1/H₀ in Gyr (Julian years).</summary>
    public double HubbleTimeGyr { get; }

    /// <summary>Scale factor of matter–radiation equality a_eq = Ω_r/Ω_m.</summary>
    public double EqualityScaleFactor => OmegaRadiation / OmegaMatter;

    /// <summary>Conformal time today τ₀ = τ(1) in Mpc.</summary>
    public double ConformalTimeTodayMpc { get; }

    /// <summary>Age of the universe t(1) in Gyr.</summary>
    public double AgeGyr { get; }

    /// <summary>E(a) = H(a)/H₀ = √(Ω_r a⁻⁴ + Ω_m a⁻³ + Ω_Λ).</summary>
    /// <param name="scaleFactor">a in (0, 1].</param>
    public double ExpansionRate(double scaleFactor)
    {
        ValidateScaleFactor(scaleFactor);
        return Math.Sqrt(ScaledSquare(scaleFactor)) / (scaleFactor * scaleFactor);
    }

    /// <summary>H(a) in km/s/Mpc.</summary>
    /// <param name="scaleFactor">a in (0, 1].</param>
    public double HubbleKmPerSecPerMpc(double scaleFactor) => HubbleTodayKmPerSecPerMpc * ExpansionRate(scaleFactor);

    /// <summary>H(a)/c in 1/Mpc.</summary>
    /// <param name="scaleFactor">a in (0, 1].</param>
    public double HubbleInvMpc(double scaleFactor) => ExpansionRate(scaleFactor) / HubbleLengthMpc;

    /// <summary>Conformal time τ(a) = ∫₀^a c da′/(a′² H(a′)) in Mpc (τ = 0 at a = 0).</summary>
    /// <param name="scaleFactor">a in (0, 1].</param>
    public double ConformalTimeMpc(double scaleFactor)
    {
        ValidateScaleFactor(scaleFactor);
        return HubbleLengthMpc * Integrate(a => 1.0 / Math.Sqrt(ScaledSquare(a)), scaleFactor);
    }

    /// <summary>Cosmic time t(a) = ∫₀^a da′/(a′ H(a′)) in Gyr (t = 0 at a = 0).</summary>
    /// <param name="scaleFactor">a in (0, 1].</param>
    public double CosmicTimeGyr(double scaleFactor)
    {
        ValidateScaleFactor(scaleFactor);
        return HubbleTimeGyr * Integrate(a => a / Math.Sqrt(ScaledSquare(a)), scaleFactor);
    }

    /// <summary>Linear growth factor D(a), normalised to D(1) = 1.</summary>
    /// <param name="scaleFactor">a in (0, 1].</param>
    public double GrowthFactor(double scaleFactor)
    {
        ValidateScaleFactor(scaleFactor);
        double lnA = Math.Log(scaleFactor);
        if (lnA >= _lnAStart)
        {
            return Math.Exp(_lnGrowth.Interpolate(lnA));
        }

        double y = scaleFactor / EqualityScaleFactor;
        double yStart = Math.Exp(_lnAStart) / EqualityScaleFactor;
        return Math.Exp(_lnGrowth.Interpolate(_lnAStart)) * (1.0 + 1.5 * y) / (1.0 + 1.5 * yStart);
    }

    /// <summary>Linear growth factor at redshift z, D(a = 1/(1+z)), with D(z = 0) = 1.</summary>
    /// <param name="redshift">z ≥ 0.</param>
    public double GrowthFactorAtRedshift(double redshift)
    {
        if (!double.IsFinite(redshift) || redshift < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(redshift), redshift, string.Create(CultureInfo.InvariantCulture, $"{nameof(redshift)} must be a finite number >= 0, got {redshift}"));
        }

        return GrowthFactor(1.0 / (1.0 + redshift));
    }

    /// <summary>Growth rate f(a) = d ln D/d ln a.</summary>
    /// <param name="scaleFactor">a in (0, 1].</param>
    public double GrowthRate(double scaleFactor)
    {
        ValidateScaleFactor(scaleFactor);
        double lnA = Math.Log(scaleFactor);
        if (lnA >= _lnAStart)
        {
            return _growthRate.Interpolate(lnA);
        }

        double y = scaleFactor / EqualityScaleFactor;
        return 1.5 * y / (1.0 + 1.5 * y);
    }

    /// <summary>a⁴ E²(a) = Ω_r + Ω_m a + Ω_Λ a⁴.</summary>
    private double ScaledSquare(double a) => OmegaRadiation + OmegaMatter * a + OmegaLambda * a * a * a * a;

    private static double Integrate(Func<double, double> integrand, double upper) =>
        GaussKronrodRule.Integrate(integrand, 0.0, upper, out _, out _, IntegrationRelativeTolerance, maximumDepth: 20, order: 15);

    private static void ValidateScaleFactor(double scaleFactor)
    {
        if (!(scaleFactor > 0) || scaleFactor > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(scaleFactor), scaleFactor, string.Create(CultureInfo.InvariantCulture, $"{nameof(scaleFactor)} must lie in (0, 1], got {scaleFactor}"));
        }
    }

    private (CubicSpline LnGrowth, CubicSpline Rate, double LnAStart) SolveGrowth(int stepsPerEFold)
    {
        double lnAStart = Math.Log(InitialScaleFactorOverEquality * EqualityScaleFactor);
        int n = (int)Math.Ceiling(-lnAStart * stepsPerEFold) + 1;
        double yStart = InitialScaleFactorOverEquality;
        var start = Vector<double>.Build.Dense([1.0 + 1.5 * yStart, 1.5 * yStart]);
        var solution = RungeKutta.FourthOrder(start, lnAStart, 0.0, n, GrowthRightHandSide);

        var lnA = new double[n];
        var lnD = new double[n];
        var rate = new double[n];
        for (int i = 0; i < n; i++)
        {
            lnA[i] = lnAStart + i * (0.0 - lnAStart) / (n - 1);
            rate[i] = solution[i][1] / solution[i][0];
            lnD[i] = Math.Log(solution[i][0]);
        }

        double lnDToday = lnD[n - 1];
        for (int i = 0; i < n; i++)
        {
            lnD[i] -= lnDToday;
        }

        return (CubicSpline.InterpolateHermiteSorted(lnA, lnD, rate), CubicSpline.InterpolateNaturalSorted(lnA, rate), lnAStart);
    }

    /// <summary>(D, D′)′ = (D′, −(2 + d ln E/d ln a) D′ + (3/2) Ω_m(a) D) with ′ = d/d ln a.</summary>
    private Vector<double> GrowthRightHandSide(double lnA, Vector<double> y)
    {
        double a = Math.Exp(lnA);
        double a3 = a * a * a;
        double radiation = OmegaRadiation / (a3 * a);
        double matter = OmegaMatter / a3;
        double e2 = radiation + matter + OmegaLambda;
        double logSlope = -(4.0 * radiation + 3.0 * matter) / (2.0 * e2);
        return Vector<double>.Build.Dense([y[1], -(2.0 + logSlope) * y[1] + 1.5 * matter / e2 * y[0]]);
    }
}
