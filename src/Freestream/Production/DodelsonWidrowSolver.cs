using System.Collections.Concurrent;
using Freestream.Distributions;
using Freestream.Numerics;
using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>
/// Momentum-resolved Dodelson–Widrow production: the Boltzmann equation along comoving momenta,
/// df_s/dt = Γ_s (f_α − f_s), integrated from <see cref="DodelsonWidrowSettings.StartTemperatureGeV"/> to
/// <see cref="DodelsonWidrowSettings.EndTemperatureGeV"/>, optionally on top of an initial population.
/// The background (H, t(T), a(T), Γ_α, V_T) is tabulated once per solver and reused for every mass and
/// mixing; Γ_α(p, T) is evaluated at each node's own p/T (the tabulated default depends on it).
/// </summary>
/// <remarks>
/// <para>Equation: Abazajian, Fuller &amp; Patel 2001 (astro-ph/0101524) eq. (1); physics note
/// docs/physics/dodelson_widrow_xray.md eqs. (1′)–(3), with Γ_s = ¼ Γ_α sin²2θ_M (<see cref="SterileConversionRate"/>),
/// back-reaction −Γ_s f_s kept and f_α = 1/(e^{p/T} + 1).</para>
/// <para>Background: H = √(8π³g*/90) T²/M_Pl and comoving entropy conservation,
/// dt = −(1 + (1/3) d ln g*s/d ln T) d ln T / H, a ∝ 1/(g*s^{1/3} T), so the physical momentum of the
/// comoving momentum x (x = p/T at the end temperature, = q today) is p = x T (g*s(T)/g*s(T_end))^{1/3}:
/// p/T is not conserved across the QCD crossover. The sterile energy density is not fed back into H
/// (ρ_s/ρ_SM &lt; 1e-4 for dark-matter mixings).</para>
/// <para>Integration [derived]: the equation is linear in f_s, so over a step in ln T with coefficients
/// frozen at the midpoint, f ← f e^{−γ} + f_α (1 − e^{−γ}) with γ = Γ_s Δt — the exact solution
/// (physics note eq. (6)) up to the O(Δ ln T²) midpoint error in γ and f_α (<see cref="LinearRelaxation"/>: per node a
/// quadrature of the optical depth, not an ODE system — the nodes do not couple); no stability limit, and
/// an initial population is depleted by exactly e^{−τ_∞}, τ_∞ = Σγ. The asymmetry potential V_L of
/// Shi–Fuller production adds to V_T inside <see cref="SterileConversionRate.RateGeV"/> (with the opposite
/// sign and f_ᾱ for the antineutrino channel); with V_L = 0 both helicities are equal and one channel is
/// evolved. The temperature loop is the outer one, so a lepton asymmetry L(T) can later be advanced once per
/// step from the momentum-integrated conversion of the two channels (Shi–Fuller, physics note §3).</para>
/// </remarks>
public sealed class DodelsonWidrowSolver
{
    private readonly double[] temperature;
    private readonly double[] stepTime;
    private readonly double[] momentumRatio;
    private readonly double[] opacityScale;
    private readonly double[] potentialCoefficient;
    private readonly double[] logTemperatureStep;
    private readonly IActiveNeutrinoOpacity opacity;
    private readonly Lazy<double[][]> defaultGridOpacity;

    /// <summary>Most (flavour, settings) pairs whose solver <see cref="Shared"/> keeps (a few presets × flavours × rates).</summary>
    private const int MaxSharedSolvers = 32;

    private static readonly ConcurrentDictionary<(ActiveNeutrinoFlavour Flavour, DodelsonWidrowSettings Settings), Lazy<DodelsonWidrowSolver>> SharedSolvers = new();

    /// <summary>
    /// The solver of flavour α and these (validated) settings, built once per process and shared (the solver is immutable
    /// after construction and thread-safe), so that repeated <see cref="DodelsonWidrowModel"/> calls do not tabulate the
    /// background and opacity again; beyond <see cref="MaxSharedSolvers"/> distinct settings a fresh solver is returned.
    /// </summary>
    public static DodelsonWidrowSolver Shared(ActiveNeutrinoFlavour flavour, DodelsonWidrowSettings? settings = null)
    {
        var key = (flavour, (settings ?? DodelsonWidrowSettings.Default).Validated());
        if (SharedSolvers.TryGetValue(key, out var cached))
        {
            return cached.Value;
        }

        return SharedSolvers.Count < MaxSharedSolvers
            ? SharedSolvers.GetOrAdd(key, k => new Lazy<DodelsonWidrowSolver>(() => new DodelsonWidrowSolver(k.Flavour, k.Settings))).Value
            : new DodelsonWidrowSolver(flavour, settings);
    }

    /// <summary>Tabulates the background for flavour α with the given settings.</summary>
    public DodelsonWidrowSolver(ActiveNeutrinoFlavour flavour, DodelsonWidrowSettings? settings = null)
    {
        Settings = (settings ?? DodelsonWidrowSettings.Default).Validated();
        Flavour = flavour;
        var dof = Settings.DegreesOfFreedom ?? StandardModelDegreesOfFreedom.Instance;
        opacity = Settings.Opacity ?? ActiveNeutrinoOpacities.Default(flavour);
        var potential = Settings.Potential ?? ThermalPotential.NotzoldRaffelt(flavour);

        double lnStart = Math.Log(Settings.StartTemperatureGeV);
        double lnEnd = Math.Log(Settings.EndTemperatureGeV);
        int steps = Math.Max(1, (int)Math.Ceiling((lnStart - lnEnd) / Math.Log(10) * Settings.StepsPerDecade));
        double dLnT = (lnStart - lnEnd) / steps;
        double entropyEnd = dof.EntropyDof(Settings.EndTemperatureGeV);
        double g = PhysicalConstants.FermiConstantGeV2;

        temperature = new double[steps];
        stepTime = new double[steps];
        momentumRatio = new double[steps];
        opacityScale = new double[steps];
        potentialCoefficient = new double[steps];
        logTemperatureStep = new double[steps];
        for (int j = 0; j < steps; j++)
        {
            double t = Math.Exp(lnStart - (j + 0.5) * dLnT);
            temperature[j] = t;
            logTemperatureStep[j] = dLnT;
            stepTime[j] = -RadiationEra.LogScaleFactorDerivative(t, dof) * dLnT / RadiationEra.HubbleRateGeV(t, dof);
            double ratio = Math.Cbrt(dof.EntropyDof(t) / entropyEnd);
            momentumRatio[j] = ratio;
            double t4 = t * t * t * t;
            opacityScale[j] = g * g * t4;
            potentialCoefficient[j] = potential.Coefficient(t) * t4;
        }

        defaultGridOpacity = new(() => OpacityTable(Settings.Grid.Nodes(1.0)));
    }

    /// <summary>The active flavour α.</summary>
    public ActiveNeutrinoFlavour Flavour { get; }

    /// <summary>The (validated) settings.</summary>
    public DodelsonWidrowSettings Settings { get; }

    /// <summary>Number of temperature steps.</summary>
    public int Steps => temperature.Length;

    /// <summary>Pure Dodelson–Widrow production from f_s = 0.</summary>
    public DodelsonWidrowResult Solve(double massKeV, double sin2TwoTheta)
    {
        Validate(massKeV, sin2TwoTheta);
        double[] q = Settings.Grid.Nodes(1.0);
        var f = new double[q.Length];
        var tau = new double[q.Length];
        double peak = Evolve(massKeV, sin2TwoTheta, q, defaultGridOpacity.Value, f, null, tau);
        var distribution = new MomentumDistribution(q, f, 2);
        return new DodelsonWidrowResult(distribution, massKeV, sin2TwoTheta, Flavour, distribution.OmegaH2(massKeV), distribution.MeanQ, peak, tau, null, null);
    }

    /// <summary>
    /// Dodelson–Widrow production acting on an initial population f_init(q) (for example the spectrum of
    /// scalar decays), evolved with the same equation: f_s = f_init e^{−τ_∞} + f_DW exactly
    /// (Merle, Schneider &amp; Totzauer, arXiv:1512.05369; physics note §2).
    /// </summary>
    /// <remarks>
    /// The initial table is taken per internal state with its degeneracy g converted to two helicities
    /// (f → f g/2, number conserved). The grid is the union of its nodes and the settings' grid (f_init = 0
    /// outside its table), so the result is exact on the initial nodes and the DW part is resolved to q = 25.
    /// </remarks>
    public DodelsonWidrowResult EvolveOnTop(MomentumDistribution initial, double massKeV, double sin2TwoTheta)
    {
        ArgumentNullException.ThrowIfNull(initial);
        Validate(massKeV, sin2TwoTheta);
        double[] q = MergedGrid(initial.Q, Settings.Grid.Nodes(1.0));
        var fInit = new double[q.Length];
        for (int i = 0; i < q.Length; i++)
        {
            fInit[i] = initial.Evaluate(q[i]) * initial.Degeneracy / 2;
        }

        var f = (double[])fInit.Clone();
        var fDw = new double[q.Length];
        var tau = new double[q.Length];
        double peak = Evolve(massKeV, sin2TwoTheta, q, OpacityTable(q), f, fDw, tau);
        var distribution = new MomentumDistribution(q, f, 2);
        return new DodelsonWidrowResult(
            distribution,
            massKeV,
            sin2TwoTheta,
            Flavour,
            distribution.OmegaH2(massKeV),
            distribution.MeanQ,
            peak,
            tau,
            new MomentumDistribution(q, fInit, 2),
            new MomentumDistribution(q, fDw, 2));
    }

    /// <summary>Checks m_s &gt; 0 keV and 0 &lt; sin²2θ &lt; 1.</summary>
    public static void Validate(double massKeV, double sin2TwoTheta)
    {
        if (!double.IsFinite(massKeV) || massKeV <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(massKeV), massKeV, "the sterile-neutrino mass must be a finite number > 0 keV");
        }

        if (!double.IsFinite(sin2TwoTheta) || sin2TwoTheta <= 0 || sin2TwoTheta >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sin2TwoTheta), sin2TwoTheta, "sin^2(2theta) must be in (0, 1)");
        }
    }

    /// <summary>
    /// Evolves f (and, when given, a second population fZero started from 0) through every step; returns the
    /// temperature of the largest number production per ln T.
    /// </summary>
    private double Evolve(double massKeV, double sin2TwoTheta, double[] q, double[][] opacityRate, double[] f, double[]? fZero, double[] tau)
    {
        double massGeV = massKeV * PhysicalConstants.KeVInGeV;
        var weight = MomentumGrid.NumberWeights(q);
        double bestProduction = -1;
        double peak = temperature[0];
        for (int j = 0; j < temperature.Length; j++)
        {
            double t = temperature[j];
            double production = 0;
            var rateOverMomentum = opacityRate[j];
            for (int i = 0; i < q.Length; i++)
            {
                double p = q[i] * momentumRatio[j] * t;
                double rate = SterileConversionRate.RateGeV(sin2TwoTheta, massGeV, p, rateOverMomentum[i] * p, -potentialCoefficient[j] * p);
                double gamma = rate * stepTime[j];
                double fActive = 1.0 / (Math.Exp(p / t) + 1.0);
                double change = LinearRelaxation.Change(f[i], fActive, gamma);
                f[i] += change;
                if (fZero is not null)
                {
                    fZero[i] += LinearRelaxation.Change(fZero[i], fActive, gamma);
                }

                tau[i] += gamma;
                production += weight[i] * change;
            }

            production /= logTemperatureStep[j];
            if (production > bestProduction)
            {
                bestProduction = production;
                peak = t;
            }
        }

        return peak;
    }

    /// <summary>Γ_α/p = y_α(T, p/T) G_F² T⁴ for every step j and node q_i (p/T = q_i times the step's momentum ratio).</summary>
    private double[][] OpacityTable(double[] q)
    {
        var table = new double[temperature.Length][];
        for (int j = 0; j < temperature.Length; j++)
        {
            var row = new double[q.Length];
            for (int i = 0; i < q.Length; i++)
            {
                row[i] = opacity.Coefficient(temperature[j], q[i] * momentumRatio[j]) * opacityScale[j];
            }

            table[j] = row;
        }

        return table;
    }

    private static double[] MergedGrid(IReadOnlyList<double> a, double[] b)
    {
        var all = a.Concat(b).Order().ToList();
        var merged = new List<double>(all.Count);
        foreach (double x in all)
        {
            if (merged.Count == 0 || x > merged[^1] * (1 + 1e-9))
            {
                merged.Add(x);
            }
        }

        return [.. merged];
    }
}
