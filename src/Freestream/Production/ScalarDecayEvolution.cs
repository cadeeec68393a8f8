using Freestream.Thermal;
using MathNet.Numerics;
using MathNet.Numerics.Integration;

namespace Freestream.Production;

/// <summary>
/// Time integration of f_S(ξ, r) and f_N(ξ, r) for one parameter point (docs/physics/scalar_decay.md §3).
/// </summary>
/// <remarks>
/// <para>Method. On each step [r₀, r₁] the rates are frozen at the midpoint and every S momentum bin is advanced
/// with the exact solution of df/dt = a − b f (exponential integrator, docs/physics/scalar_decay.md §8.1),
/// f₁ = f₀ e^{−bΔt} + (a/b)(1 − e^{−bΔt}), where b = d + L[θf₀ + (1 − θ)f₁] holds the decay rate and the loss
/// rate of annihilation/inverse decay, evaluated implicitly with θ = ½/(1 + LΔt): the trapezoidal average
/// (second order) while LΔt ≪ 1, and the end value when the annihilation rate exceeds 1/Δt by many orders of
/// magnitude, so that f then sits exactly on the quasi-equilibrium a/L[f] of the midpoint rates (the
/// trapezoidal average would bias it by the change of f_eq over the step). The implicit equation is solved by a
/// relaxed fixed-point iteration (contraction factor ≤ ½). The scheme is unconditionally stable, keeps
/// f ≥ 0, and has equilibrium as an exact fixed point, so stiff freeze-out is handled implicitly without a
/// Jacobian.</para>
/// <para>N is not integrated as an ODE: the number of S decaying in bin k during the step,
/// (d/b)(f₀ − f₁ + aΔt) V_k, is exact for the frozen rates, and its 2 N are spread uniformly over the
/// comoving momenta [(ε − ξ)/2, (ε + ξ)/2] (ε = √(ξ² + μ²), μ = m_S/T̃ at the midpoint) of the
/// massless two-body decay, cell by cell. This conserves g_N n_N = 2 × (S decayed) up to N leaving the grid.</para>
/// <para>Time: dt = J dr/(rH(T)), J = 1 + (1/3) d ln g*s/d ln T, with H from g*(T); momenta p = ξ T̃,
/// T̃ = T (g*s(T)/g*s(T_ini))^{1/3} (docs/physics/scalar_decay.md §2).</para>
/// </remarks>
internal sealed class ScalarDecayEvolution
{
    private const double ThermalisedRatio = 0.9;
    private const double NegligibleAnnihilationOverHubble = 1e-5;
    private const double NegligibleProduction = 1e-10;
    private const double ResolvedProduction = 1e-9;
    private const double RemainingScalarFraction = 1e-6;
    private const double MinimumTemperatureGeV = 1e-7;
    private const int MaxSteps = 200_000;

    private readonly ScalarDecayModel model;
    private readonly ScalarDecaySettings settings;
    private readonly IDegreesOfFreedom dof;
    private readonly ScalarCollisionTerms terms;
    private readonly double[] fS;
    private readonly double[] nContent;
    private readonly double[] work0;
    private readonly double[] work1;
    private readonly double[] work2;
    private readonly double[] lossWork;
    private readonly double[] rateWork;
    private readonly List<ScalarDecayHistoryPoint> history = [];
    private readonly List<double> cumulativeDecayed = [];
    private readonly Dictionary<ScalarDecayRegime, double> producedByRegime = [];

    public ScalarDecayEvolution(ScalarDecayModel model, ScalarDecaySettings settings)
    {
        this.model = model;
        this.settings = settings;
        dof = settings.DegreesOfFreedom;
        double mS = model.ScalarMassGeV;
        InitialTemperatureGeV = settings.InitialTemperatureFactor * Math.Max(mS, model.ElectroweakTemperatureGeV);
        ReferenceEntropyDof = dof.EntropyDof(InitialTemperatureGeV);
        DecayParameter = PlanckScale(mS) * model.ScalarWidthGeV / (mS * mS);
        double maxXi = Math.Max(settings.MaxXi, 20 * Math.Sqrt(Math.PI / (8 * DecayParameter)));
        Grid = new ComovingMomentumGrid(settings.PointsPerDecade, settings.MinXi, maxXi, settings.ScalarMinXi, settings.ScalarMaxXi);
        double maxBroken = Math.Min(model.ElectroweakTemperatureGeV, InitialTemperatureGeV);
        terms = new ScalarCollisionTerms(model, Grid, maxBroken);
        int nS = terms.Count;
        fS = new double[nS];
        work0 = new double[nS];
        work1 = new double[nS];
        work2 = new double[nS];
        lossWork = new double[nS];
        rateWork = new double[nS];
        nContent = new double[Grid.Xi.Length];
    }

    public ComovingMomentumGrid Grid { get; }

    public double InitialTemperatureGeV { get; }

    /// <summary>g*s(T_ini): ξ equals p/T at T_ini.</summary>
    public double ReferenceEntropyDof { get; }

    /// <summary>K = M_0 Γ_S/m_S² with M_0 at T = m_S (docs/physics/scalar_decay.md §3.1).</summary>
    public double DecayParameter { get; }

    public double R { get; private set; }

    public double Produced { get; private set; }

    public double Annihilated { get; private set; }

    public double Decayed { get; private set; }

    public double Leaked { get; private set; }

    public int Steps { get; private set; }

    public bool Thermalised { get; private set; }

    public double? FreezeOutR { get; private set; }

    public double MaxEnergyFraction { get; private set; }

    public double MaxSterileToEquilibrium { get; private set; }

    public IReadOnlyList<ScalarDecayHistoryPoint> History => history;

    public IReadOnlyList<ScalarDecayRegime> RegimesOfProduction =>
        [.. producedByRegime.Where(kv => kv.Value > 1e-4 * Produced).Select(kv => kv.Key).OrderBy(r => r)];

    /// <summary>f_S on the S nodes (ξ = Grid.Xi[Grid.ScalarStart + j]).</summary>
    public ReadOnlySpan<double> ScalarOccupation => fS;

    /// <summary>Number of N in the grid cells (both helicities, in units of Σ V f).</summary>
    public double SterileNumber() => nContent.Sum();

    /// <summary>
    /// f_N per helicity at the nodes, from the cell contents c_i = ∫_cell ξ² g_N f dξ. With
    /// G(u) = ln(ξ³f) locally quadratic in u = ln ξ, the cell average is e^{G_i}(1 + (G′² + G″)Δ²/24); G′ and G″ come
    /// from the neighbouring contents, which removes the O(Δ²) bias of f_i = c_i/(g_N ξ_i³Δ) where f varies fast.
    /// </summary>
    public double[] SterileOccupation()
    {
        int n = nContent.Length;
        var f = new double[n];
        for (int i = 0; i < n; i++)
        {
            double correction = 1;
            if (i > 0 && i < n - 1 && nContent[i - 1] > 0 && nContent[i] > 0 && nContent[i + 1] > 0)
            {
                double lm = Math.Log(nContent[i - 1]);
                double l0 = Math.Log(nContent[i]);
                double lp = Math.Log(nContent[i + 1]);
                double slope = (lp - lm) / 2;
                double curvature = lp - 2 * l0 + lm;
                correction = Math.Clamp(1 + (slope * slope + curvature) / 24, 0.5, 2);
            }

            f[i] = nContent[i] / (ScalarDecaySolver.SterileDegeneracy * Grid.Weight[i] * correction);
        }

        return f;
    }

    /// <summary>S still present, Σ V f_S.</summary>
    public double ScalarNumber()
    {
        double sum = 0;
        for (int j = 0; j < fS.Length; j++)
        {
            sum += Grid.Weight[Grid.ScalarStart + j] * fS[j];
        }

        return sum;
    }

    /// <summary>Temperature (GeV) at which the cumulative S decays reach <paramref name="fraction"/> of the total.</summary>
    public double DecayTemperature(double fraction)
    {
        double target = fraction * Decayed;
        for (int i = 0; i < history.Count; i++)
        {
            if (cumulativeDecayed[i] >= target)
            {
                if (i == 0)
                {
                    return history[0].TemperatureGeV;
                }

                double c0 = cumulativeDecayed[i - 1];
                double c1 = cumulativeDecayed[i];
                double w = c1 > c0 ? (target - c0) / (c1 - c0) : 1;
                double r = history[i - 1].R + w * (history[i].R - history[i - 1].R);
                return model.ScalarMassGeV / r;
            }
        }

        return history[^1].TemperatureGeV;
    }

    /// <summary>
    /// Integrates from T_ini until production is over and all but 10⁻⁶ of the S have decayed, or until r reaches
    /// <paramref name="stopAtR"/>.
    /// </summary>
    public void Run(double stopAtR = double.PositiveInfinity, IProgress<string>? progress = null, CancellationToken cancellation = default)
    {
        double mS = model.ScalarMassGeV;
        R = mS / InitialTemperatureGeV;
        Seed();
        double rEW = model.ElectroweakTemperatureGeV > 0 ? mS / model.ElectroweakTemperatureGeV : double.PositiveInfinity;
        bool collisions = true;
        bool resolveProduction = true;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            if (R >= stopAtR)
            {
                return;
            }

            if (!collisions && ScalarNumber() <= RemainingScalarFraction * Decayed)
            {
                return;
            }

            if (mS / R < MinimumTemperatureGeV)
            {
                throw new ArgumentOutOfRangeException("yukawa", model.Yukawa, FormattableString.Invariant(
                    $"S has not decayed by T = {MinimumTemperatureGeV * 1e9:G3} eV (lifetime far beyond BBN); increase y"));
            }

            if (++Steps > MaxSteps)
            {
                throw new ScalarDecayConvergenceException(model, FormattableString.Invariant($"more than {MaxSteps} steps at r = {R:G6}"));
            }

            double r1 = NextR(R, rEW, resolveProduction, stopAtR);
            var regime = RegimeAt(0.5 * (R + r1), rEW);
            var (stepProduced, lossOverHubble) = Step(R, r1, regime, collisions);
            R = r1;
            resolveProduction = collisions && stepProduced > ResolvedProduction * Produced;
            if (collisions && mS / R < MassScale(regime) / 10
                && lossOverHubble < NegligibleAnnihilationOverHubble && stepProduced < NegligibleProduction * Produced)
            {
                collisions = false;
            }

            if (progress is not null && Steps % 100 == 0)
            {
                progress.Report(FormattableString.Invariant($"scalar-decay: step {Steps}, r = {R:G4}, T = {mS / R:G4} GeV"));
            }
        }
    }

    private ScalarDecayRegime RegimeAt(double r, double rEW) =>
        r < rEW ? ScalarDecayRegime.I : model.HiggsDecayOpen ? ScalarDecayRegime.III : ScalarDecayRegime.II;

    /// <summary>The heaviest mass whose Boltzmann factor controls production: m_S, or m_h when h → SS is open.</summary>
    private double MassScale(ScalarDecayRegime regime) =>
        regime == ScalarDecayRegime.III ? Math.Max(model.ScalarMassGeV, HiggsSectorParameters.HiggsMassGeV) : model.ScalarMassGeV;

    /// <summary>
    /// The next step end: Δ ln r ≤ <see cref="ScalarDecaySettings.MaxLogStep"/>, and while S production (or
    /// equilibrium with the bath) still matters Δ(M/T) ≤ <see cref="ScalarDecaySettings.MaxStepR"/> to resolve the
    /// Boltzmann factors e^{−M/T}; the step ends exactly at T_EW.
    /// </summary>
    private double NextR(double r, double rEW, bool resolveProduction, double stopAtR)
    {
        double step = r * double.ExpM1(settings.MaxLogStep);
        if (resolveProduction)
        {
            var regime = RegimeAt(r, rEW);
            step = Math.Min(step, settings.MaxStepR * model.ScalarMassGeV / MassScale(regime));
        }

        double r1 = r + step;
        if (r < rEW && r1 > rEW)
        {
            r1 = rEW;
        }

        return Math.Min(r1, stopAtR);
    }

    private double PlanckScale(double temperatureGeV) =>
        temperatureGeV * temperatureGeV / RadiationEra.HubbleRateGeV(temperatureGeV, dof);

    /// <summary>
    /// Regime-I tail produced above T_ini, f_S(x, r_ini) = A ∫₀^{r_ini} dr rK₁(r) e^{−√(x²+r²)}/√(x²+r²),
    /// A = M_0λ²/(2π³m_S), capped at e^{−E/T} (docs/physics/scalar_decay.md §3.4).
    /// </summary>
    private void Seed()
    {
        double mS = model.ScalarMassGeV;
        double amplitude = PlanckScale(InitialTemperatureGeV) * model.Lambda * model.Lambda / (2 * Math.PI * Math.PI * Math.PI * mS);
        var rule = new GaussLegendreRule(0, R, 24);
        double[] nodes = rule.Abscissas;
        double[] ruleWeights = rule.Weights;
        for (int j = 0; j < fS.Length; j++)
        {
            double x = Grid.Xi[Grid.ScalarStart + j];
            double sum = 0;
            for (int q = 0; q < nodes.Length; q++)
            {
                double rr = nodes[q];
                double e = Math.Sqrt(x * x + rr * rr);
                sum += ruleWeights[q] * rr * SpecialFunctions.BesselK1(rr) * Math.Exp(-e) / e;
            }

            double eNow = Math.Sqrt(x * x + R * R);
            fS[j] = Math.Min(amplitude * sum, Math.Exp(-eNow));
            Produced += Grid.Weight[Grid.ScalarStart + j] * fS[j];
        }

        producedByRegime[ScalarDecayRegime.I] = Produced;
    }

    /// <summary>T̃ = T (g*s(T)/g*s(T_ini))^{1/3} ∝ 1/a at r.</summary>
    private double ComovingTemperature(double r)
    {
        double temperature = model.ScalarMassGeV / r;
        return temperature * Math.Cbrt(dof.EntropyDof(temperature) / ReferenceEntropyDof);
    }

    private (double Produced, double LossOverHubble) Step(double r0, double r1, ScalarDecayRegime regime, bool collisions)
    {
        double mS = model.ScalarMassGeV;
        double rm = 0.5 * (r0 + r1);
        double temperature = mS / rm;
        double gs = dof.EntropyDof(temperature);
        double comovingTemperature = temperature * Math.Cbrt(gs / ReferenceEntropyDof);
        double hubble = RadiationEra.HubbleRateGeV(temperature, dof);
        double jacobian = 1 + dof.LogEntropyDofDerivative(temperature) / 3;
        double dt = jacobian * (r1 - r0) / (rm * hubble);
        terms.Prepare(regime, temperature, comovingTemperature, collisions);
        var gain = terms.Gain;
        var decay = terms.Decay;
        int n = fS.Length;
        var f1 = work0;
        var fMid = work1;
        var previous = work2;
        var loss = lossWork;
        var rates = rateWork;

        if (collisions)
        {
            terms.LossRates(fS, loss);
        }
        else
        {
            Array.Clear(loss);
        }

        double maxLossStep = 0;
        for (int j = 0; j < n; j++)
        {
            maxLossStep = Math.Max(maxLossStep, loss[j] * dt);
        }

        ExponentialStep(gain, decay, loss, dt, f1);
        if (collisions && maxLossStep > 1e-12)
        {
            bool converged = false;
            for (int iteration = 0; iteration < 400 && !converged; iteration++)
            {
                for (int j = 0; j < n; j++)
                {
                    double theta = 0.5 / (1 + loss[j] * dt);
                    fMid[j] = theta * fS[j] + (1 - theta) * f1[j];
                    previous[j] = f1[j];
                }

                terms.LossRates(fMid, loss);
                ExponentialStep(gain, decay, loss, dt, rates);
                double change = 0;
                double scale = 0;
                for (int j = 0; j < n; j++)
                {
                    double omega = 1 / (1 + Math.Min(1, loss[j] * dt));
                    f1[j] = omega * rates[j] + (1 - omega) * previous[j];
                    change = Math.Max(change, Math.Abs(f1[j] - previous[j]));
                    scale = Math.Max(scale, f1[j]);
                }

                converged = change <= 1e-10 * scale;
            }

            if (!converged)
            {
                throw new ScalarDecayConvergenceException(model, FormattableString.Invariant($"the implicit step did not converge at r = {rm:G6}"));
            }
        }

        for (int j = 0; j < n; j++)
        {
            if (!double.IsFinite(f1[j]) || f1[j] < 0)
            {
                throw new ScalarDecayConvergenceException(model, FormattableString.Invariant($"f_S became {f1[j]} at r = {rm:G6}"));
            }
        }

        return Bookkeep(gain, decay, loss, dt, f1, regime, comovingTemperature, temperature, r0, r1, hubble);
    }

    /// <summary>f₁ = f₀e^{−bΔt} + a(1 − e^{−bΔt})/b with b = d + L, per bin.</summary>
    private void ExponentialStep(ReadOnlySpan<double> gain, ReadOnlySpan<double> decay, ReadOnlySpan<double> loss, double dt, Span<double> result)
    {
        for (int j = 0; j < fS.Length; j++)
        {
            double b = decay[j] + loss[j];
            double x = b * dt;
            double growth = x < 1e-8 ? dt * (1 - 0.5 * x) : -double.ExpM1(-x) / b;
            result[j] = fS[j] * Math.Exp(-x) + gain[j] * growth;
        }
    }

    private (double Produced, double LossOverHubble) Bookkeep(ReadOnlySpan<double> gain, ReadOnlySpan<double> decay, ReadOnlySpan<double> loss,
        double dt, double[] f1, ScalarDecayRegime regime, double comovingTemperature, double temperature, double r0, double r1, double hubble)
    {
        int n = fS.Length;
        double mu = model.ScalarMassGeV / comovingTemperature;
        double rm = 0.5 * (r0 + r1);
        double muStart = model.ScalarMassGeV / ComovingTemperature(r0);
        double muEnd = model.ScalarMassGeV / ComovingTemperature(r1);
        double stepProduced = 0;
        double stepAnnihilated = 0;
        double stepDecayed = 0;
        double lossWeighted = 0;
        double number = 0;
        double equilibriumNumber = 0;
        double energy = 0;
        var equilibrium = terms.Equilibrium;
        for (int j = 0; j < n; j++)
        {
            int node = Grid.ScalarStart + j;
            double weight = Grid.Weight[node];
            double b = decay[j] + loss[j];
            double removed = fS[j] - f1[j] + gain[j] * dt;
            double decayed = b > 0 ? decay[j] / b * removed : 0;
            double annihilated = b > 0 ? loss[j] / b * removed : 0;
            stepProduced += weight * gain[j] * dt;
            stepAnnihilated += weight * annihilated;
            stepDecayed += weight * decayed;
            double fAverage = 0.5 * (fS[j] + f1[j]);
            lossWeighted += weight * loss[j] * fAverage;
            number += weight * f1[j];
            equilibriumNumber += weight * equilibrium[j];
            double xi = Grid.Xi[node];
            energy += weight * f1[j] * Math.Sqrt(xi * xi + mu * mu);
            if (decayed > 0)
            {
                SpreadDecays(xi, muStart, muEnd, 2 * weight * decayed);
            }

            fS[j] = f1[j];
        }

        Produced += stepProduced;
        Annihilated += stepAnnihilated;
        Decayed += stepDecayed;
        producedByRegime[regime] = producedByRegime.GetValueOrDefault(regime) + stepProduced;
        double meanLoss = number > 0 ? lossWeighted / number : 0;
        double lossOverHubble = meanLoss / hubble;
        double ratio = equilibriumNumber > 0 ? number / equilibriumNumber : double.PositiveInfinity;
        if (ratio >= ThermalisedRatio && lossOverHubble >= 1)
        {
            Thermalised = true;
        }

        if (Thermalised && FreezeOutR is null && lossOverHubble < 1)
        {
            FreezeOutR = rm;
        }

        double toYield = 45 / (4 * Math.Pow(Math.PI, 4) * ReferenceEntropyDof);
        double sterileNumber = nContent.Sum();
        double radiation = Math.PI * Math.PI / 30 * dof.EnergyDof(temperature) * Math.Pow(temperature, 4);
        MaxEnergyFraction = Math.Max(MaxEnergyFraction, energy * Math.Pow(comovingTemperature, 4) / (2 * Math.PI * Math.PI) / radiation);
        double cube = temperature / comovingTemperature;
        MaxSterileToEquilibrium = Math.Max(MaxSterileToEquilibrium, sterileNumber / (2 * 2 * cube * cube * cube));
        history.Add(new ScalarDecayHistoryPoint(R: rm, TemperatureGeV: temperature, ScalarToEquilibrium: ratio,
            ScalarYield: toYield * number, SterileYield: toYield * sterileNumber, AnnihilationOverHubble: lossOverHubble));
        cumulativeDecayed.Add(Decayed);
        return (stepProduced, lossOverHubble);
    }

    /// <summary>
    /// Adds <paramref name="count"/> N from decays of S at comoving momentum ξ during a step over which μ = m_S/T̃ moves
    /// from <paramref name="muStart"/> to <paramref name="muEnd"/>. At fixed μ the N are uniform on
    /// [(ε − ξ)/2, (ε + ξ)/2] (ε = √(ξ² + μ²), width ξ); letting the band slide linearly across the step gives the
    /// convolution of two uniform distributions, a trapezoid, integrated exactly over each cell.
    /// Without the slide, late non-relativistic decays (width ξ ≪ μ) would be deposited as one spike per step.
    /// </summary>
    private void SpreadDecays(double xi, double muStart, double muEnd, double count)
    {
        double low0 = LowerDaughterMomentum(xi, muStart);
        double low1 = LowerDaughterMomentum(xi, muEnd);
        double shift = Math.Abs(low1 - low0);
        var band = new Trapezoid(Math.Min(low0, low1), Math.Min(xi, shift), Math.Max(xi, shift));
        int cells = nContent.Length;
        int first = Math.Max(0, Grid.CellOf(band.Start));
        int last = Math.Min(cells - 1, Grid.CellOf(band.End));
        double bottom = Grid.LowerEdge(0);
        double top = Grid.LowerEdge(cells - 1) * Math.Exp(Grid.LogStep);
        Leaked += count * (band.Cumulative(bottom) + 1 - band.Cumulative(top));
        if (first > last)
        {
            return;
        }

        double below = band.Cumulative(Grid.LowerEdge(first));
        for (int i = first; i <= last; i++)
        {
            double above = band.Cumulative(Grid.LowerEdge(i) * Math.Exp(Grid.LogStep));
            nContent[i] += count * Math.Max(0, above - below);
            below = above;
        }
    }

    /// <summary>(ε − ξ)/2 = μ²/(2(ε + ξ)), the smaller daughter momentum.</summary>
    private static double LowerDaughterMomentum(double xi, double mu) => mu * mu / (2 * (Math.Sqrt(xi * xi + mu * mu) + xi));

    /// <summary>Unit-area convolution of uniform distributions of widths <c>Ramp</c> ≤ <c>Plateau</c> starting at <c>Start</c>.</summary>
    private readonly record struct Trapezoid(double Start, double Ramp, double Plateau)
    {
        public double End => Start + Ramp + Plateau;

        public double Cumulative(double x)
        {
            double u = x - Start;
            if (u <= 0)
            {
                return 0;
            }

            if (u >= Ramp + Plateau)
            {
                return 1;
            }

            if (Ramp < 1e-12 * Plateau)
            {
                return u / Plateau;
            }

            if (u <= Ramp)
            {
                return u * u / (2 * Ramp * Plateau);
            }

            if (u <= Plateau)
            {
                return (u - Ramp / 2) / Plateau;
            }

            double v = Ramp + Plateau - u;
            return 1 - v * v / (2 * Ramp * Plateau);
        }
    }
}
