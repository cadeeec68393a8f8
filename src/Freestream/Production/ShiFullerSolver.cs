using Freestream.Distributions;
using Freestream.Numerics;
using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>
/// Momentum-resolved Shi–Fuller (lepton-asymmetry-driven, resonant) production: the Dodelson–Widrow
/// equation df/dt = Γ_s (f_α − f) along comoving momenta for both helicities, ν_s fed by ν_α with
/// V = V_T + V_L and ν̄_s fed by ν̄_α with V = V_T − V_L, and the asymmetry depleted by what is made.
/// </summary>
/// <remarks>
/// <para>Equations: physics note docs/physics/dodelson_widrow_xray.md §1.1 (1′)–(3) and §3.1; Shi &amp; Fuller 1999
/// (astro-ph/9810076); Abazajian, Fuller &amp; Patel 2001 (astro-ph/0101524); Venumadhav et al. 2016
/// (arXiv:1507.06655). Same opacity Γ_α (evaluated at each node's own p/T, the tabulated default unless
/// <see cref="ShiFullerSettings.Opacity"/> says otherwise), thermal potential V_T, background and comoving momentum
/// x = p/T(T_end) as <see cref="DodelsonWidrowSolver"/>; V_L = √2 G_F w(T) L and the active chemical potential
/// μ_να/T = c(T) L/T³ from <see cref="LeptonAsymmetryRedistribution"/>; f_α,ᾱ = 1/(e^{p/T ∓ μ/T} + 1).</para>
/// <para>Resonance: in each step in ln T the detuning δ = Δ cos2θ − V of every node is evaluated at both ends
/// of the step and the Lorentzian sin²2θ_M(δ) integrated exactly (<see cref="SterileConversionRate.CurvedStepAveragedRateGeV"/>),
/// so the MSW resonance (relative width ~Γ_α/Δ ~ 10⁻⁵ in p) is never stepped over: a node swept by it receives
/// the Landau–Zener conversion 1 − e^{−τ}, τ = (π/2)Δ² sin²2θ/|dδ/dt| at its own crossing. The sweep rate there comes from
/// the parabola through the node's detunings at the start of the previous step and the ends of this one
/// (<see cref="TwoStepMiddle"/>), not from the secant of the step: at the end of the sweep the secant rate changes by
/// 10–25 % per step, and the secant gave every node crossed in a step the same τ (a ~10 % staircase in f).
/// The update per step is the exact exponential one of the DW solver (<see cref="LinearRelaxation"/>).</para>
/// <para>Feedback [derived from §3.1 item 3]: L/s is conserved except for conversions. With n/s of a comoving
/// population = 45/(4π⁴ g*s(T_end)) ∫x² f dx, each step lowers L/s by that factor times Σ w_i (Δf_i − Δf̄_i)
/// (trapezoid weights in ln x), so L lost = (n_s − n̄_s)/s made, step by step.</para>
/// <para>Continuum limit: a node stands for a cell of momenta that the resonance converts one after the other, but its whole
/// conversion happens within its own crossing (relative width ~Γ_α/Δ ~ 10⁻⁵–10⁻⁴ ≪ the node spacing). If a step resolved
/// that crossing, the node would drain L inside it and detune itself (self-quenching: less than Landau–Zener, a warmer
/// spectrum). The base step therefore lets the resonance cross at least one node spacing (the starting grid gets enough
/// points, <see cref="StartingGrid"/>), so each node's share of L is spread over its cell's crossing time as in the
/// continuum. The feedback inside a step is implicit (<see cref="Advance"/>), so steps need halving only where L changes
/// by more than 10 % in one (<see cref="ShiFullerSettings.MaxAsymmetryChangePerStep"/>), and halved steps stay long
/// enough not to resolve single crossings.
/// A solver that couples 10³ bins to L at every resolved step gets ⟨q⟩ = 1.86 instead of 1.27 at 7.115 keV,
/// sin²2θ = 4e-11 (the published run of Venumadhav et al.; see the tests).</para>
/// <para>Adaptive momentum grid: the run is repeated on a grid refined wherever the second difference of x³f
/// (either helicity) exceeds <see cref="ShiFullerSettings.RefinementTolerance"/> of its maximum, i.e. where the
/// swept resonance leaves edges or kinks in the spectrum.</para>
/// </remarks>
public sealed class ShiFullerSolver
{
    private readonly Edge[] edges;
    private readonly Mid[] mids;
    private readonly double[] midPotential;
    private readonly double[] midAsymmetryPotential;
    private readonly double entropyFactor;
    private readonly double entropyEnd;
    private readonly IDegreesOfFreedom dof;
    private readonly ThermalPotential potential;

    /// <summary>Most damped fixed-point iterations of a step's change of L before the step is halved instead.</summary>
    private const int MaxFeedbackIterations = 60;

    /// <summary>Deepest halving of a temperature step (2⁻¹⁶ of it).</summary>
    private const int MaxBisections = 16;

    /// <summary>
    /// Lower bound of |d ln x_res/d ln T| of the lower resonance: x_res ∝ a⁴ at fixed L/s without V_T (physics note §3.1
    /// item 2, x_res ∝ T⁻⁴ at fixed g*s), faster with V_T, with g*s falling (|d ln a/d ln T| ≥ 1) and with L depleting.
    /// </summary>
    private const double MinResonanceShiftPerLogTemperature = 4.0;

    /// <summary>Tabulates the background for flavour α.</summary>
    public ShiFullerSolver(ActiveNeutrinoFlavour flavour, ShiFullerSettings? settings = null)
    {
        Settings = (settings ?? ShiFullerSettings.Default).Validated();
        Flavour = flavour;
        dof = Settings.DegreesOfFreedom ?? StandardModelDegreesOfFreedom.Instance;
        Opacity = Settings.Opacity ?? ActiveNeutrinoOpacities.Default(flavour);
        potential = Settings.Potential ?? ThermalPotential.NotzoldRaffelt(flavour);
        var redistribution = Settings.Redistribution ?? LeptonAsymmetryRedistribution.For(flavour);
        if (redistribution.Flavour != flavour)
        {
            throw new ArgumentException($"the redistribution is for flavour {redistribution.Flavour.ShortName()}, the solver for {flavour.ShortName()}", nameof(settings));
        }

        Redistribution = redistribution;
        double lnStart = Math.Log(Settings.StartTemperatureGeV);
        double lnEnd = Math.Log(Settings.EndTemperatureGeV);
        int steps = Math.Max(1, (int)Math.Ceiling((lnStart - lnEnd) / Math.Log(10) * Settings.StepsPerDecade));
        double dLnT = (lnStart - lnEnd) / steps;
        int nodesForSteps = (int)Math.Ceiling(Math.Log(Settings.Grid.QMaxOverT / Settings.Grid.QMinOverT) / (MinResonanceShiftPerLogTemperature * dLnT)) + 1;
        StartingGrid = Settings.Grid with { Points = Math.Max(Settings.Grid.Points, Math.Min(Settings.MaxPoints, nodesForSteps)) };
        entropyEnd = dof.EntropyDof(Settings.EndTemperatureGeV);
        entropyFactor = 45 / (4 * Math.Pow(Math.PI, 4) * entropyEnd);

        edges = new Edge[steps + 1];
        for (int k = 0; k <= steps; k++)
        {
            edges[k] = EdgeAt(Math.Exp(lnStart - (k * dLnT)));
        }

        mids = new Mid[steps];
        midPotential = new double[steps];
        midAsymmetryPotential = new double[steps];
        for (int j = 0; j < steps; j++)
        {
            double t = Math.Exp(lnStart - ((j + 0.5) * dLnT));
            mids[j] = MidAt(t, dLnT, edges[j], edges[j + 1]);
            (_, midPotential[j], midAsymmetryPotential[j]) = BackgroundAt(t);
        }
    }

    /// <summary>The active flavour α.</summary>
    public ActiveNeutrinoFlavour Flavour { get; }

    /// <summary>The (validated) settings.</summary>
    public ShiFullerSettings Settings { get; }

    /// <summary>The active-neutrino opacity in use (<see cref="ShiFullerSettings.Opacity"/> or the tabulated default of the flavour).</summary>
    public IActiveNeutrinoOpacity Opacity { get; }

    /// <summary>The asymmetry redistribution in use.</summary>
    public LeptonAsymmetryRedistribution Redistribution { get; }

    /// <summary>
    /// The starting momentum grid: <see cref="ShiFullerSettings.Grid"/>, with more points (up to
    /// <see cref="ShiFullerSettings.MaxPoints"/>) if needed so that the resonance crosses at least one node spacing per
    /// temperature step: on a coarser grid each node's lumped conversion would drain L inside its own resonance crossing and
    /// detune it (self-quenching, see the remarks of the class).
    /// </summary>
    public MomentumGrid StartingGrid { get; }

    /// <summary>Number of temperature steps.</summary>
    public int Steps => mids.Length;

    /// <summary>n/s of a comoving population per unit ∫x² f dx (one internal state): 45/(4π⁴ g*s(T_end)).</summary>
    public double NumberPerEntropyFactor => entropyFactor;

    /// <summary>Shi–Fuller production from f_s = f̄_s = 0 with initial asymmetry L (L = 0: Dodelson–Widrow, both helicities equal).</summary>
    public ShiFullerResult Solve(double massKeV, double sin2TwoTheta, LeptonAsymmetry initialAsymmetry)
    {
        DodelsonWidrowSolver.Validate(massKeV, sin2TwoTheta);
        double[] q = StartingGrid.Nodes(1.0);
        var run = Evolve(massKeV, sin2TwoTheta, initialAsymmetry.PerEntropy, q);
        for (int pass = 0; pass < Settings.RefinementPasses; pass++)
        {
            double[] refined = Refine(q, run.Neutrino, run.Antineutrino);
            if (refined.Length == q.Length)
            {
                break;
            }

            q = refined;
            run = Evolve(massKeV, sin2TwoTheta, initialAsymmetry.PerEntropy, q);
        }

        var neutrino = new MomentumDistribution(q, run.Neutrino, 1);
        var antineutrino = new MomentumDistribution(q, run.Antineutrino, 1);
        var total = new MomentumDistribution(q, [.. run.Neutrino.Select((f, i) => 0.5 * (f + run.Antineutrino[i]))], 2);
        return new ShiFullerResult(
            total,
            neutrino,
            antineutrino,
            massKeV,
            sin2TwoTheta,
            Flavour,
            initialAsymmetry,
            LeptonAsymmetry.FromPerEntropy(run.FinalAsymmetry),
            entropyFactor,
            run.Track);
    }

    /// <summary>
    /// The lower ν resonance Δ cos2θ = V_T + V_L in physical momentum (GeV) for m² cos2θ, B T⁴ (V_T = −B p T⁴) and V_L, or
    /// NaN where there is none: the smaller root of B T⁴ p² − V_L p + m² cos2θ/2 = 0.
    /// </summary>
    private static double ResonanceX(double m2Cos, double potentialPerMomentum, double asymmetryPotential)
    {
        if (asymmetryPotential <= 0)
        {
            return double.NaN;
        }

        double discriminant = (asymmetryPotential * asymmetryPotential) - (2 * potentialPerMomentum * m2Cos);
        return discriminant < 0 ? double.NaN : m2Cos / (asymmetryPotential + Math.Sqrt(discriminant));
    }

    private Run Evolve(double massKeV, double sin2TwoTheta, double asymmetry, double[] q)
    {
        double m = massKeV * PhysicalConstants.KeVInGeV;
        var state = new SweepState(q, m * m, sin2TwoTheta, MomentumGrid.NumberWeights(q));
        var track = new ShiFullerTrackPoint[mids.Length];
        state.Start(edges[0], asymmetry);
        for (int j = 0; j < mids.Length; j++)
        {
            asymmetry = Advance(state, asymmetry, edges[j], edges[j + 1], mids[j], 0);
            double tm = mids[j].Temperature * mids[j].Ratio;
            track[j] = new ShiFullerTrackPoint(mids[j].Temperature, asymmetry, ResonanceX(state.MassSquared * state.Cos2Theta, midPotential[j], midAsymmetryPotential[j] * asymmetry) / tm);
        }

        return new Run(state.Neutrino, state.Antineutrino, asymmetry, track);
    }

    /// <summary>
    /// Advances both helicities and L over one step [a, b], implicitly in the feedback: the change ΔL of the step is the
    /// fixed point of ΔL = (n/s factor) Σ w (Δf − Δf̄) swept with L − ΔL/2 in f_α and L − ΔL at b (damped iteration to
    /// 10⁻⁷ of L). Only if that does not converge, or ΔL exceeds <see cref="ShiFullerSettings.MaxAsymmetryChangePerStep"/>,
    /// is the step halved in ln T. An explicit prediction (ΔL from a sweep at constant L) underestimates the conversion
    /// — a lower L moves the resonance up and sweeps more nodes — and needed ten times shorter steps, which resolve
    /// single-node crossings and self-quench (node-to-node sawtooth of 10–40 % in f, ⟨q⟩ up to 2× too warm).
    /// </summary>
    private double Advance(SweepState state, double asymmetry, Edge a, Edge b, Mid mid, int depth)
    {
        PrepareOpacity(state, a, b, mid);
        double change = entropyFactor * Sweep(state, asymmetry, asymmetry, b, mid, apply: false);
        bool converged = asymmetry == 0;
        for (int iteration = 0; iteration < MaxFeedbackIterations && !converged; iteration++)
        {
            double next = entropyFactor * Sweep(state, asymmetry - (0.5 * change), asymmetry - change, b, mid, apply: false);
            converged = Math.Abs(next - change) <= 1e-7 * Math.Abs(asymmetry);
            change = 0.5 * (change + next);
        }

        if ((!converged || Math.Abs(change) > Settings.MaxAsymmetryChangePerStep * Math.Abs(asymmetry)) && depth < MaxBisections)
        {
            double tc = Math.Sqrt(a.Temperature * b.Temperature);
            var c = EdgeAt(tc);
            double dLnT = 0.5 * Math.Log(a.Temperature / b.Temperature);
            asymmetry = Advance(state, asymmetry, a, c, MidAt(Math.Sqrt(a.Temperature * tc), dLnT, a, c), depth + 1);
            return Advance(state, asymmetry, c, b, MidAt(Math.Sqrt(tc * b.Temperature), dLnT, c, b), depth + 1);
        }

        double net = Sweep(state, asymmetry - (0.5 * change), asymmetry - change, b, mid, apply: true);
        return asymmetry - (entropyFactor * net);
    }

    /// <summary>
    /// One exact-exponential update of every node of both helicities to edge b: the detuning runs from the value stored at
    /// the end of the previous step (so it is continuous in time and no crossing is lost when L jumps) to its value at b
    /// with asymmetry <paramref name="asymmetryEnd"/>, along the parabola through the detuning at the start of the previous
    /// step (<see cref="TwoStepMiddle"/>), and the Lorentzian is weighted by the local sweep rate 1/|dδ/dt| where it lies
    /// (<see cref="SterileConversionRate.CurvedStepAveragedRateGeV"/>); f_α uses <paramref name="asymmetryMid"/>.
    /// Returns Σ w (Δf − Δf̄).
    /// </summary>
    private static double Sweep(SweepState s, double asymmetryMid, double asymmetryEnd, Edge b, Mid mid, bool apply)
    {
        double tb = b.Temperature * b.Ratio, tm = mid.Temperature * mid.Ratio;
        double vb = b.AsymmetryPotential * asymmetryEnd;
        double xi = mid.ChemicalPerAsymmetry * asymmetryMid;
        double vm = mid.AsymmetryPotential * asymmetryMid;
        double m2 = s.MassSquared, cos2Theta = s.Cos2Theta, sin2 = s.Sin2TwoTheta;
        double[] q = s.Q, f = s.Neutrino, fBar = s.Antineutrino, weight = s.Weight, detuning = s.Detuning, detuningBar = s.DetuningBar;
        double[] previous = s.PreviousDetuning, previousBar = s.PreviousDetuningBar;
        double h = mid.LogStep, hp = s.PreviousLogStep;
        double net = 0;
        for (int i = 0; i < q.Length; i++)
        {
            double pb = q[i] * tb, pm = q[i] * tm;
            double thermalB = (m2 / (2 * pb) * cos2Theta) + (b.Potential * pb);
            double deltaM = m2 / (2 * pm);
            double gammaActive = s.OpacityRate[i] * pm;
            double x = pm / mid.Temperature;

            double thermalM = (deltaM * cos2Theta) + (mid.Potential * pm);
            double end = thermalB - vb, endBar = thermalB + vb;
            double middle = hp > 0 ? TwoStepMiddle(previous[i], detuning[i], end, hp, h) : thermalM - vm;
            double middleBar = hp > 0 ? TwoStepMiddle(previousBar[i], detuningBar[i], endBar, hp, h) : thermalM + vm;
            double rate = SterileConversionRate.CurvedStepAveragedRateGeV(sin2, deltaM, gammaActive, detuning[i], middle, end, mid.PrefactorLogSlope, s.ActiveRateLogSlope[i]);
            double change = LinearRelaxation.Change(f[i], 1.0 / (Math.Exp(x - xi) + 1.0), rate * mid.StepTime);
            double rateBar = SterileConversionRate.CurvedStepAveragedRateGeV(sin2, deltaM, gammaActive, detuningBar[i], middleBar, endBar, mid.PrefactorLogSlope, s.ActiveRateLogSlope[i]);
            double changeBar = LinearRelaxation.Change(fBar[i], 1.0 / (Math.Exp(x + xi) + 1.0), rateBar * mid.StepTime);
            if (apply)
            {
                f[i] += change;
                fBar[i] += changeBar;
                previous[i] = detuning[i];
                previousBar[i] = detuningBar[i];
                detuning[i] = end;
                detuningBar[i] = endBar;
            }

            net += weight[i] * (change - changeBar);
        }

        if (apply)
        {
            s.PreviousLogStep = h;
        }

        return net;
    }

    /// <summary>
    /// Mid-step detuning of the parabola in ln T through the detuning at the start of the previous step (length
    /// <paramref name="hp"/>) and at the start and end of this one (length <paramref name="h"/>):
    /// ½(δ_a + δ_b) − h²(σ − σ_p)/(4(h + h_p)) with the secants σ = (δ_b − δ_a)/h, σ_p = (δ_a − δ_p)/h_p.
    /// </summary>
    /// <remarks>
    /// Its slope at the crossing is the local sweep rate: at the end of the sweep L runs away (x_res ∝ 1/L) or the resonance
    /// slows towards its turning point, and the secant rate changes by 10–25 % from step to step. A mid-step value from the
    /// background and a linear L − ΔL/2 gives only part of that change, so every node crossed in a step got nearly the same
    /// rate and f dropped or rose by ~10 % at each step boundary (a staircase in q). A mid-step L solved self-consistently
    /// (each node's conversion placed at its crossing time) still left 3–5 % jumps that did not shrink with halved steps:
    /// the within-step curvature it implies does not match the step-to-step change of the secants the solver actually
    /// produces. The parabola through the detunings the solver actually passed makes the slope continuous across step
    /// boundaries up to the change of the second difference (third order in the step).
    /// </remarks>
    private static double TwoStepMiddle(double previous, double start, double end, double hp, double h)
    {
        double secant = (end - start) / h, previousSecant = (start - previous) / hp;
        return (0.5 * (start + end)) - (h * h * (secant - previousSecant) / (4 * (h + hp)));
    }

    private Edge EdgeAt(double t)
    {
        var (ratio, potential, asymmetryPotential) = BackgroundAt(t);
        return new Edge(t, ratio, potential, asymmetryPotential, -RadiationEra.LogScaleFactorDerivative(t, dof) / RadiationEra.HubbleRateGeV(t, dof));
    }

    /// <summary>
    /// Mid-step coefficients; the prefactor slope is that of Δ² dt (the Landau–Zener weight of a crossing, Γ/D = 2) between
    /// the edges: 2 ln(p_a/p_b) + ln(dt_b/dt_a), the same for every node (the node's own 1/|dδ/dξ| slope is added in the sweep).
    /// </summary>
    private Mid MidAt(double t, double dLnT, Edge a, Edge b)
    {
        var (ratio, potentialMid, asymmetryPotentialMid) = BackgroundAt(t);
        double momentumRatio = a.Temperature * a.Ratio / (b.Temperature * b.Ratio);
        return new Mid(
            t,
            dLnT,
            -RadiationEra.LogScaleFactorDerivative(t, dof) * dLnT / RadiationEra.HubbleRateGeV(t, dof),
            ratio,
            Redistribution.NeutrinoChemicalPotentialPerAsymmetry(t) * LeptonAsymmetry.EntropyOverCubicTemperature(t, dof),
            (2 * Math.Log(momentumRatio)) + Math.Log(b.TimePerLogTemperature / a.TimePerLogTemperature),
            potentialMid,
            asymmetryPotentialMid);
    }

    /// <summary>
    /// Fills the state's per-node Γ_α/p at the middle of the step [a, b] and ln(Γ_α(b)/Γ_α(a)) along each node's comoving
    /// momentum: the opacity is evaluated at the node's own p/T = x × (p/T per unit x), as in <see cref="DodelsonWidrowSolver"/>
    /// (the tabulated default falls with p/T at fixed T).
    /// </summary>
    private void PrepareOpacity(SweepState state, Edge a, Edge b, Mid mid)
    {
        double scaleA = OpacityScale(a.Temperature), scaleB = OpacityScale(b.Temperature), scaleM = OpacityScale(mid.Temperature);
        double momentumRatio = a.Temperature * a.Ratio / (b.Temperature * b.Ratio);
        double[] q = state.Q;
        for (int i = 0; i < q.Length; i++)
        {
            double rateA = Opacity.Coefficient(a.Temperature, q[i] * a.Ratio) * scaleA;
            double rateB = Opacity.Coefficient(b.Temperature, q[i] * b.Ratio) * scaleB;
            state.OpacityRate[i] = Opacity.Coefficient(mid.Temperature, q[i] * mid.Ratio) * scaleM;
            state.ActiveRateLogSlope[i] = Math.Log(rateB / (rateA * momentumRatio));
        }
    }

    /// <summary>G_F² T⁴ (dimensionless): Γ_α/p = y_α G_F² T⁴.</summary>
    private static double OpacityScale(double t) =>
        PhysicalConstants.FermiConstantGeV2 * PhysicalConstants.FermiConstantGeV2 * t * t * t * t;

    /// <summary>(p/T per unit x, B T⁴ of V_T = −B p T⁴, V_L per unit L/s) at photon temperature T.</summary>
    private (double Ratio, double Potential, double AsymmetryPotential) BackgroundAt(double t)
    {
        double t4 = t * t * t * t;
        double sOverT3 = LeptonAsymmetry.EntropyOverCubicTemperature(t, dof);
        return (
            Math.Cbrt(dof.EntropyDof(t) / entropyEnd),
            Settings.NeglectThermalPotential ? 0 : potential.Coefficient(t) * t4,
            Math.Sqrt(2) * PhysicalConstants.FermiConstantGeV2 * Redistribution.PotentialWeight(t) * sOverT3 * t * t * t);
    }

    /// <summary>Bisects (in ln q) both intervals around every node where |Δ²(q³f)| exceeds the tolerance times max q³f.</summary>
    private double[] Refine(double[] q, double[] f, double[] fBar)
    {
        var split = new bool[q.Length - 1];
        foreach (var channel in new[] { f, fBar })
        {
            var g = channel.Select((v, i) => v * q[i] * q[i] * q[i]).ToArray();
            double threshold = Settings.RefinementTolerance * g.Max();
            for (int i = 1; i < q.Length - 1; i++)
            {
                if (Math.Abs(g[i + 1] - (2 * g[i]) + g[i - 1]) > threshold)
                {
                    split[i - 1] = true;
                    split[i] = true;
                }
            }
        }

        var refined = new List<double>(q.Length * 2) { q[0] };
        for (int i = 0; i < q.Length - 1; i++)
        {
            if (split[i] && refined.Count + (q.Length - i) < Settings.MaxPoints)
            {
                refined.Add(Math.Sqrt(q[i] * q[i + 1]));
            }

            refined.Add(q[i + 1]);
        }

        return [.. refined];
    }

    internal readonly record struct Edge(double Temperature, double Ratio, double Potential, double AsymmetryPotential, double TimePerLogTemperature);

    private readonly record struct Mid(double Temperature, double LogStep, double StepTime, double Ratio, double ChemicalPerAsymmetry, double PrefactorLogSlope, double Potential, double AsymmetryPotential);

    private sealed class SweepState(double[] q, double massSquared, double sin2TwoTheta, double[] weight)
    {
        public double[] Q { get; } = q;

        public double MassSquared { get; } = massSquared;

        public double Sin2TwoTheta { get; } = sin2TwoTheta;

        public double Cos2Theta { get; } = Math.Sqrt(1 - sin2TwoTheta);

        public double[] Weight { get; } = weight;

        public double[] Neutrino { get; } = new double[q.Length];

        public double[] Antineutrino { get; } = new double[q.Length];

        /// <summary>ν detuning Δ cos2θ − V_T − V_L at the end of the last step, GeV.</summary>
        public double[] Detuning { get; } = new double[q.Length];

        /// <summary>ν̄ detuning Δ cos2θ − V_T + V_L at the end of the last step, GeV.</summary>
        public double[] DetuningBar { get; } = new double[q.Length];

        /// <summary>ν detuning at the start of the last step, GeV.</summary>
        public double[] PreviousDetuning { get; } = new double[q.Length];

        /// <summary>ν̄ detuning at the start of the last step, GeV.</summary>
        public double[] PreviousDetuningBar { get; } = new double[q.Length];

        /// <summary>Γ_α/p (dimensionless) of each node at the middle of the current step, at its own p/T.</summary>
        public double[] OpacityRate { get; } = new double[q.Length];

        /// <summary>ln(Γ_α(end)/Γ_α(start)) of each node over the current step.</summary>
        public double[] ActiveRateLogSlope { get; } = new double[q.Length];

        /// <summary>Length of the last step in ln T (0 before the first step).</summary>
        public double PreviousLogStep { get; set; }

        /// <summary>Sets the detunings at edge a with asymmetry L.</summary>
        public void Start(Edge a, double asymmetry)
        {
            double ta = a.Temperature * a.Ratio;
            for (int i = 0; i < Q.Length; i++)
            {
                double pa = Q[i] * ta;
                double thermal = (MassSquared / (2 * pa) * Cos2Theta) + (a.Potential * pa);
                Detuning[i] = thermal - (a.AsymmetryPotential * asymmetry);
                DetuningBar[i] = thermal + (a.AsymmetryPotential * asymmetry);
            }
        }
    }

    private sealed record Run(double[] Neutrino, double[] Antineutrino, double FinalAsymmetry, ShiFullerTrackPoint[] Track);
}
