using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>
/// Momentum-resolved Shi–Fuller (lepton-asymmetry-driven, resonant) production: the Dodelson–Widrow
/// equation df/dt = Γ_s (f_α − f) along comoving momenta for both helicities, ν_s fed by ν_α with
/// V = V_T + V_L and ν̄_s fed by ν̄_α with V = V_T − V_L, and the asymmetry depleted by what is made.
/// </summary>
/// <remarks>
/// <para>Equations: physics note dodelson_widrow_xray.md §1.1 (1′)–(3) and §3.1; Shi &amp; Fuller 1999
/// (astro-ph/9810076); Abazajian, Fuller &amp; Patel 2001 (astro-ph/0101524); Venumadhav et al. 2016
/// (arXiv:1507.06655). Same opacity Γ_α, thermal potential V_T, background and comoving momentum
/// x = p/T(T_end) as <see cref="DodelsonWidrowSolver"/>; V_L = √2 G_F w(T) L and the active chemical potential
/// μ_να/T = c(T) L/T³ from <see cref="LeptonAsymmetryRedistribution"/>; f_α,ᾱ = 1/(e^{p/T ∓ μ/T} + 1).</para>
/// <para>Resonance: in each step in ln T the detuning δ = Δ cos2θ − V of every node is evaluated at both ends
/// of the step and the Lorentzian sin²2θ_M(δ) integrated exactly (<see cref="SterileConversionRate.StepAveragedRateGeV"/>),
/// so the MSW resonance (relative width ~Γ_α/Δ ~ 10⁻⁵ in p) is never stepped over: a node swept by it receives
/// the Landau–Zener conversion 1 − e^{−τ}. The update per step is the exact exponential one of the DW solver.</para>
/// <para>Feedback [derived from §3.1 item 3]: L/s is conserved except for conversions. With n/s of a comoving
/// population = 45/(4π⁴ g*s(T_end)) ∫x² f dx, each step lowers L/s by that factor times Σ w_i (Δf_i − Δf̄_i)
/// (trapezoid weights in ln x), so L lost = (n_s − n̄_s)/s made, step by step.</para>
/// <para>Adaptive momentum grid: the run is repeated on a grid refined wherever the second difference of x³f
/// (either helicity) exceeds <see cref="ShiFullerSettings.RefinementTolerance"/> of its maximum, i.e. where the
/// swept resonance leaves edges or kinks in the spectrum.</para>
/// </remarks>
public sealed class ShiFullerSolver
{
    private readonly double[] midTemperature;
    private readonly double[] stepTime;
    private readonly double[] midRatio;
    private readonly double[] opacityRate;
    private readonly double[] midPotential;
    private readonly double[] midAsymmetryPotential;
    private readonly double[] chemicalPerAsymmetry;
    private readonly double[] edgeTemperature;
    private readonly double[] edgeRatio;
    private readonly double[] edgePotential;
    private readonly double[] edgeAsymmetryPotential;
    private readonly double entropyFactor;

    /// <summary>Tabulates the background for flavour α.</summary>
    public ShiFullerSolver(ActiveNeutrinoFlavour flavour, ShiFullerSettings? settings = null)
    {
        Settings = (settings ?? ShiFullerSettings.Default).Validated();
        Flavour = flavour;
        var dof = Settings.DegreesOfFreedom ?? StandardModelDegreesOfFreedom.Instance;
        var opacity = Settings.Opacity ?? StandardModelActiveNeutrinoOpacity.For(flavour);
        var potential = Settings.Potential ?? ThermalPotential.NotzoldRaffelt(flavour);
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
        double entropyEnd = dof.EntropyDof(Settings.EndTemperatureGeV);
        double g = PhysicalConstants.FermiConstantGeV2;
        entropyFactor = 45 / (4 * Math.Pow(Math.PI, 4) * entropyEnd);

        midTemperature = new double[steps];
        stepTime = new double[steps];
        midRatio = new double[steps];
        opacityRate = new double[steps];
        midPotential = new double[steps];
        midAsymmetryPotential = new double[steps];
        chemicalPerAsymmetry = new double[steps];
        edgeTemperature = new double[steps + 1];
        edgeRatio = new double[steps + 1];
        edgePotential = new double[steps + 1];
        edgeAsymmetryPotential = new double[steps + 1];

        (double Ratio, double Potential, double AsymmetryPotential) At(double t)
        {
            double t4 = t * t * t * t;
            double sOverT3 = LeptonAsymmetry.EntropyOverCubicTemperature(t, dof);
            return (
                Math.Cbrt(dof.EntropyDof(t) / entropyEnd),
                Settings.NeglectThermalPotential ? 0 : potential.Coefficient(t) * t4,
                Math.Sqrt(2) * g * redistribution.PotentialWeight(t) * sOverT3 * t * t * t);
        }

        for (int k = 0; k <= steps; k++)
        {
            double t = Math.Exp(lnStart - (k * dLnT));
            edgeTemperature[k] = t;
            (edgeRatio[k], edgePotential[k], edgeAsymmetryPotential[k]) = At(t);
        }

        for (int j = 0; j < steps; j++)
        {
            double t = Math.Exp(lnStart - ((j + 0.5) * dLnT));
            midTemperature[j] = t;
            stepTime[j] = -RadiationEra.LogScaleFactorDerivative(t, dof) * dLnT / RadiationEra.HubbleRateGeV(t, dof);
            (midRatio[j], midPotential[j], midAsymmetryPotential[j]) = At(t);
            opacityRate[j] = opacity.Coefficient(t, 3.0 * midRatio[j]) * g * g * t * t * t * t;
            chemicalPerAsymmetry[j] = redistribution.NeutrinoChemicalPotentialPerAsymmetry(t) * LeptonAsymmetry.EntropyOverCubicTemperature(t, dof);
        }
    }

    /// <summary>The active flavour α.</summary>
    public ActiveNeutrinoFlavour Flavour { get; }

    /// <summary>The (validated) settings.</summary>
    public ShiFullerSettings Settings { get; }

    /// <summary>The asymmetry redistribution in use.</summary>
    public LeptonAsymmetryRedistribution Redistribution { get; }

    /// <summary>Number of temperature steps.</summary>
    public int Steps => midTemperature.Length;

    /// <summary>n/s of a comoving population per unit ∫x² f dx (one internal state): 45/(4π⁴ g*s(T_end)).</summary>
    public double NumberPerEntropyFactor => entropyFactor;

    /// <summary>Shi–Fuller production from f_s = f̄_s = 0 with initial asymmetry L (L = 0: Dodelson–Widrow, both helicities equal).</summary>
    public ShiFullerResult Solve(double massKeV, double sin2TwoTheta, LeptonAsymmetry initialAsymmetry)
    {
        DodelsonWidrowSolver.Validate(massKeV, sin2TwoTheta);
        double[] q = Settings.Grid.Nodes(1.0);
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
    /// Comoving x = p/T(T_end) of the (lower) ν resonance Δ cos2θ = V_T + V_L at photon temperature T for asymmetry L,
    /// or NaN where there is none: the root of B T⁴ p² − V_L p + m² cos2θ/2 = 0 (V_T = −B p T⁴).
    /// </summary>
    public double ResonanceX(double massKeV, double sin2TwoTheta, LeptonAsymmetry asymmetry, int step)
    {
        double m = massKeV * PhysicalConstants.KeVInGeV;
        return ResonanceX(m * m * Math.Sqrt(1 - sin2TwoTheta), midPotential[step], midAsymmetryPotential[step] * asymmetry.PerEntropy) / (midRatio[step] * midTemperature[step]);
    }

    /// <summary>Photon temperature at the middle of step j, GeV.</summary>
    public double StepTemperatureGeV(int step) => midTemperature[step];

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
        double m2 = m * m;
        double cos2Theta = Math.Sqrt(1 - sin2TwoTheta);
        var weight = LogMomentumWeights(q);
        var f = new double[q.Length];
        var fBar = new double[q.Length];
        var track = new ShiFullerTrackPoint[midTemperature.Length];
        for (int j = 0; j < midTemperature.Length; j++)
        {
            double t = midTemperature[j];
            double ta = edgeTemperature[j] * edgeRatio[j], tb = edgeTemperature[j + 1] * edgeRatio[j + 1], tm = t * midRatio[j];
            double va = edgeAsymmetryPotential[j] * asymmetry, vb = edgeAsymmetryPotential[j + 1] * asymmetry;
            double xi = chemicalPerAsymmetry[j] * asymmetry;
            double net = 0;
            for (int i = 0; i < q.Length; i++)
            {
                double pa = q[i] * ta, pb = q[i] * tb, pm = q[i] * tm;
                double deltaA = m2 / (2 * pa), deltaB = m2 / (2 * pb), deltaM = m2 / (2 * pm);
                double thermalA = (deltaA * cos2Theta) + (edgePotential[j] * pa);
                double thermalB = (deltaB * cos2Theta) + (edgePotential[j + 1] * pb);
                double gammaActive = opacityRate[j] * pm;
                double x = pm / t;

                double rate = SterileConversionRate.StepAveragedRateGeV(sin2TwoTheta, deltaM, gammaActive, thermalA - va, thermalB - vb);
                double change = (1.0 / (Math.Exp(x - xi) + 1.0) - f[i]) * -double.ExpM1(-rate * stepTime[j]);
                f[i] += change;

                double rateBar = SterileConversionRate.StepAveragedRateGeV(sin2TwoTheta, deltaM, gammaActive, thermalA + va, thermalB + vb);
                double changeBar = (1.0 / (Math.Exp(x + xi) + 1.0) - fBar[i]) * -double.ExpM1(-rateBar * stepTime[j]);
                fBar[i] += changeBar;
                net += weight[i] * (change - changeBar);
            }

            asymmetry -= entropyFactor * net;
            track[j] = new ShiFullerTrackPoint(t, asymmetry, ResonanceX(m2 * cos2Theta, midPotential[j], midAsymmetryPotential[j] * asymmetry) / tm);
        }

        return new Run(f, fBar, asymmetry, track);
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

    /// <summary>Trapezoid weights of ∫ q² f dq = ∫ q³ f d ln q.</summary>
    private static double[] LogMomentumWeights(double[] q)
    {
        var w = new double[q.Length];
        for (int i = 0; i < q.Length - 1; i++)
        {
            double h = 0.5 * Math.Log(q[i + 1] / q[i]);
            w[i] += h * q[i] * q[i] * q[i];
            w[i + 1] += h * q[i + 1] * q[i + 1] * q[i + 1];
        }

        return w;
    }

    private sealed record Run(double[] Neutrino, double[] Antineutrino, double FinalAsymmetry, ShiFullerTrackPoint[] Track);
}
