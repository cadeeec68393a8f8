using System.Globalization;
using Freestream.Numerics;

namespace Freestream.Cosmology;

/// <summary>
/// Solves the linear perturbations of each k mode from adiabatic initial conditions to the output redshift
/// and returns the comoving total-matter density contrast δ_m per unit initial comoving curvature R
/// (docs/physics/boltzmann.md §5–§7). k modes run in parallel; the background and thermal tables are shared read-only.
/// </summary>
/// <remarks>
/// Each mode starts at the earliest of kτ = <see cref="BoltzmannSettings.InitialKTau"/>, ρ_m/ρ_r =
/// <see cref="BoltzmannSettings.InitialMatterToRadiation"/> and the time at which the non-cold species has
/// |w − 1/3| = 10⁻³, with the adiabatic growing mode of Ma &amp; Bertschinger 1995 eqs. 96–97 (η → 1 = R).
/// The approximations switch at times fixed in advance by the triggers of <see cref="BoltzmannSettings"/>:
/// tight coupling off, ultra-relativistic fluid on, radiation streaming on, non-cold fluid on; between
/// switches the mode is integrated in x = ln a, the absolute tolerance being rescaled to the mode's largest density
/// contrast every 0.5 in ln a: under tight coupling or radiation streaming with Dormand–Prince; otherwise with the
/// L-stable Rosenbrock W-method <see cref="Ros34Pw2"/>, implicit in the photon–baryon block only, when the state is
/// small, and when it is large (the non-cold hierarchy) while κ' > 10 k, then Dormand–Prince
/// (docs/physics/boltzmann.md §14).
/// </remarks>
public sealed class PerturbationSolver
{
    /// <summary>
    /// Length in ln a of the chunks after which the absolute tolerance is rescaled to the mode's largest density
    /// contrast: δ grows at most ∝ a² (radiation era, superhorizon), so the scale lags by at most e ≈ 2.7 within a chunk.
    /// </summary>
    private const double ChunkLength = 0.5;

    /// <summary>
    /// Largest state that takes the W-method <see cref="Ros34Pw2"/> (W the photon–baryon block) for the whole phase
    /// without tight coupling or radiation streaming. Small states (fluid closures of the massless and non-cold
    /// species) are stiff there for as long as κ' ≫ ℋ; before the W-method they took <see cref="Rodas4"/> with the
    /// full finite-difference Jacobian (n right-hand sides and an n³/3 LU per step): measured on 16 modes (0.003–300
    /// h/Mpc) of thermal relics of 0.2, 1, 3.3 and 1000 keV, the W-method costs 0.6–0.95 of that, δ_m within 7e-6.
    /// </summary>
    private const int StiffSizeLimit = 64;

    /// <summary>
    /// A larger state (the non-cold hierarchy) without tight coupling takes the W-method <see cref="Ros34Pw2"/>, with W
    /// the photon–baryon block, while κ'/k is above this, i.e. τ_c k &lt; 0.1; later Dormand–Prince. Early on, the explicit step is held by the stability of the κ'-damped photon–baryon modes
    /// (rates up to κ'(1 + 1/R)/ℋ per unit ln a), far below what the acoustic oscillation at k needs; once κ' has
    /// fallen to ~10 k the order-5 explicit pair is cheaper per unit accuracy. Measured on thermal relics of 0.2, 1 and
    /// 3.3 keV (13 modes from 0.03 to 300 h/Mpc): 2–2.3× less CPU for the two light ones, δ_m changed by ≤ 4e-6
    /// relative (the tolerance is 1e-5); thresholds 3 and 30 cost 5–15 % more, 100 costs 30 % more.
    /// </summary>
    private const double WMethodMinimumOpacityOverK = 10;

    /// <summary>
    /// Accepted steps over which the W-method keeps its photon–baryon W (formed again at once after a rejection):
    /// κ' changes by a few per cent over them, and the order of a W-method does not depend on W.
    /// </summary>
    private const int WMethodJacobianReuseSteps = 5;

    /// <summary>
    /// Points in ln a (from e·a_min to today, spacing ≈ 0.04) of the table of w and k_fs = ℋ/√w that locates the
    /// switch to the non-cold fluid; the trigger is conservative (k ≪ k_fs), so the switch time need not be finer.
    /// </summary>
    private const int FluidTriggerGridPoints = 400;

    /// <summary>
    /// A mode starts before the non-cold species leaves the relativistic regime, while |w − 1/3| ≤ this, so that
    /// the adiabatic initial conditions (MB95 eqs. 96–97, which treat it as radiation) hold.
    /// </summary>
    private const double RelativisticWTolerance = 1e-3;

    /// <summary>Bisection steps in ln a for that time: 2⁻⁶⁰ of the bracket, i.e. to round-off.</summary>
    private const int BisectionSteps = 60;

    /// <summary>
    /// Earliest scale factor a mode may start at, in units of <see cref="Background.MinimumScaleFactor"/>: 1 % inside
    /// the background tables, so that τ(a) and a(τ) are interpolated, never extrapolated.
    /// </summary>
    private const double EarliestStartInTable = 1.01;

    /// <summary>Lower end of the bracket of the relativistic-end bisection, in units of the table start (one decade inside).</summary>
    private const double RelativisticSearchStartInTable = 10;

    private readonly Background background;
    private readonly ThermodynamicsTable thermo;
    private readonly BoltzmannSettings settings;
    private readonly double lnAEarliest;
    private readonly double lnAFreeStreaming;
    private readonly double[] fluidGridX;
    private readonly double[] fluidGridW;
    private readonly double[] fluidGridKfs;

    /// <summary>
    /// Sets up the solver for a background; the thermal history is computed from it with
    /// <see cref="Thermodynamics.Compute"/> (H(z) including the non-cold species).
    /// </summary>
    public PerturbationSolver(Background background, BoltzmannSettings settings)
        : this(background, ThermodynamicsTable.Compute(background, settings), settings)
    {
    }

    internal PerturbationSolver(Background background, ThermodynamicsTable thermo, BoltzmannSettings settings)
    {
        this.background = background;
        this.thermo = thermo;
        this.settings = settings.Validated();
        lnAEarliest = Math.Log(Math.Min(MatterRadiationStart(), NcdmRelativisticEnd()));
        lnAFreeStreaming = thermo.FreeStreamingStart(settings.RadiationStreamingTriggerTauCOverTau);
        int nGrid = FluidTriggerGridPoints;
        fluidGridX = new double[nGrid];
        fluidGridW = new double[nGrid];
        fluidGridKfs = new double[nGrid];
        double x0 = Math.Log(Background.MinimumScaleFactor) + 1;
        for (int i = 0; i < nGrid; i++)
        {
            double x = x0 + (0 - x0) * i / (nGrid - 1);
            double a = Math.Exp(x);
            background.Densities(a, out var d);
            fluidGridX[i] = x;
            fluidGridW[i] = d.Ncdm > 0 ? d.NcdmPressure / d.Ncdm : 1;
            fluidGridKfs[i] = a * Math.Sqrt(d.Total) / Math.Sqrt(fluidGridW[i]);
        }
    }

    /// <summary>Diagnostic hook: receives (x_start, x_end, accepted steps, unknowns) of every integrated chunk.</summary>
    internal Action<double, double, long, int>? ChunkObserver { get; set; }

    /// <summary>Accepted ODE steps summed over the modes of the last call (a cost diagnostic).</summary>
    public long LastAcceptedSteps { get; private set; }

    /// <summary>
    /// δ_m(k, z) per unit initial curvature for every k (1/Mpc), solved in parallel
    /// (<see cref="BoltzmannSettings.MaxDegreeOfParallelism"/>).
    /// </summary>
    /// <param name="kInvMpc">Wavenumbers in 1/Mpc, each in [1e-5, 2000].</param>
    /// <param name="redshift">Output redshift (≥ 0).</param>
    /// <param name="progress">Receives the number of finished modes.</param>
    /// <param name="cancellationToken">Stops starting new modes (modes in flight finish); throws <see cref="OperationCanceledException"/>.</param>
    public double[] MatterContrast(IReadOnlyList<double> kInvMpc, double redshift, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kInvMpc);
        if (!double.IsFinite(redshift) || redshift < 0 || redshift > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(redshift), redshift, "redshift must lie in [0, 1000]");
        }

        foreach (double k in kInvMpc)
        {
            if (!double.IsFinite(k) || k < 1e-5 || k > 2000)
            {
                throw new ArgumentOutOfRangeException(nameof(kInvMpc), k, "k must lie in [1e-5, 2000] 1/Mpc");
            }
        }

        var result = new double[kInvMpc.Count];
        var steps = new long[kInvMpc.Count];
        int done = 0;
        double xEnd = -Math.Log(1 + redshift);
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism > 0 ? settings.MaxDegreeOfParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        var order = Enumerable.Range(0, kInvMpc.Count).OrderByDescending(i => kInvMpc[i]).ToArray();
        Parallel.For(0, order.Length, options, j =>
        {
            int i = order[j];
            result[i] = SolveMode(kInvMpc[i], xEnd, out steps[i]);
            progress?.Report(Interlocked.Increment(ref done));
        });
        LastAcceptedSteps = steps.Sum();
        return result;
    }

    /// <summary>Solves one mode; returns δ_m at x = ln a = <paramref name="xEnd"/>.</summary>
    internal double SolveMode(double k, double xEnd, out long acceptedSteps)
    {
        var equations = new PerturbationEquations(background, thermo, k);
        int nq = equations.NcdmNodes;
        double tauStart = settings.InitialKTau / k;
        double xStart = Math.Min(lnAEarliest, Math.Log(background.ScaleFactorAtConformalTime(Math.Max(tauStart, background.ConformalTime(Background.MinimumScaleFactor * EarliestStartInTable)))));
        double xTcaHubble = thermo.TightCouplingEnd(k, settings.TightCouplingTriggerTauCOverTauH, double.PositiveInfinity);
        double xTca = thermo.TightCouplingEnd(k, settings.TightCouplingTriggerTauCOverTauH, settings.TightCouplingTriggerTauCOverTauK);
        double xUfa = XAtKTau(k, settings.UrFluidTriggerKTau);
        double xRsa = Math.Max(lnAFreeStreaming, XAtKTau(k, settings.RadiationStreamingTriggerKTau));
        double xRelease = double.PositiveInfinity;
        double xDamped = settings.RadiationStreamingDampingExponent > 0 ? thermo.DampingReached(k, settings.RadiationStreamingDampingExponent) : double.PositiveInfinity;
        double xEarlyRsa = Math.Max(xDamped, XAtKTau(k, settings.RadiationStreamingTriggerKTau));
        if (xEarlyRsa < xTcaHubble)
        {
            // Silk-damped while still tightly coupled: streaming photons hold the baryons at θ_γ = −h'/2 until
            // τ_c ℋ triggers (docs/physics/boltzmann.md §8, §10). Tight coupling lasts until then if the damping is complete
            // while τ_c k is still below TightCouplingDampedTauCOverTauK, otherwise the full hierarchy bridges the gap.
            xRsa = xEarlyRsa;
            double xTcaDamped = thermo.TightCouplingEnd(k, settings.TightCouplingTriggerTauCOverTauH, settings.TightCouplingDampedTauCOverTauK);
            xTca = xDamped <= xTcaDamped ? xRsa : Math.Min(xTca, xRsa);
            xRelease = xTcaHubble;
        }

        double xFluid = nq == 0 ? double.PositiveInfinity : settings.NcdmFluid switch
        {
            NcdmFluidMode.ViscousFluid => XAtKTau(k, settings.NcdmFluidTriggerKTau),
            NcdmFluidMode.FreeStreamingScale => FreeStreamingFluidStart(k),
            _ => double.PositiveInfinity,
        };
        if (xTca <= xStart)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"k = {k} 1/Mpc: tight coupling already fails at the initial time"));
        }

        bool tca = true, ufa = xUfa <= xStart, rsa = false, fluid = xFluid <= xStart, held = false;
        var layout = new PerturbationLayout(settings, nq, tca, ufa, rsa, fluid);
        equations.Layout = layout;
        var y = new double[layout.Size];
        InitialConditions(equations, xStart, y);

        var events = new List<(double X, int Kind)> { (xTca, 0), (xUfa, 1), (xRsa, 2), (xFluid, 3), (xRelease, 4) };
        events.RemoveAll(e => !(e.X > xStart && e.X < xEnd));
        events.Sort((p, q) => p.X.CompareTo(q.X));
        events.Add((xEnd, -1));

        var explicitRk = new DormandPrince54();
        OdeRightHandSide rhs = equations.Evaluate;
        double x = xStart;
        acceptedSteps = 0;
        foreach (var (xEvent, kind) in events)
        {
            while (x < xEvent)
            {
                double xNext = Math.Min(xEvent, x + ChunkLength);
                double scale = Math.Max(Math.Abs(y[PerturbationLayout.Eta]), Math.Max(Math.Abs(y[PerturbationLayout.DeltaCdm]), Math.Abs(y[PerturbationLayout.DeltaBaryon])));
                var options = new OdeOptions
                {
                    RelativeTolerance = settings.RelativeTolerance,
                    AbsoluteTolerance = settings.AbsoluteToleranceScale * scale,
                };
                var L = equations.Layout;
                IOdeIntegrator integrator = L.TightCoupling || L.RadiationStreaming ? explicitRk
                    : L.Size <= StiffSizeLimit || PhotonBaryonStiff(k, x) ? new Ros34Pw2(PhotonBaryonComponents(L), WMethodJacobianReuseSteps, equations.EvaluatePhotonBaryon)
                    : explicitRk;
                long chunkSteps = integrator.Integrate(rhs, x, y, xNext, options).AcceptedSteps;
                acceptedSteps += chunkSteps;
                ChunkObserver?.Invoke(x, xNext, chunkSteps, y.Length);
                x = xNext;
            }

            if (kind < 0)
            {
                break;
            }

            tca &= kind != 0;
            ufa |= kind == 1;
            rsa |= kind == 2;
            fluid |= kind == 3;
            held = rsa && xRelease < double.PositiveInfinity && x < xRelease;
            var next = new PerturbationLayout(settings, nq, tca, ufa, rsa, fluid, held);
            y = Remap(equations, x, y, next);
            equations.Layout = next;
        }

        return equations.ComovingMatterContrast(xEnd, y);
    }

    /// <summary>
    /// Whether a chunk starting at <paramref name="x"/> takes the W-method: while κ'/k exceeds
    /// <see cref="WMethodMinimumOpacityOverK"/>.
    /// </summary>
    private bool PhotonBaryonStiff(double k, double x)
    {
        thermo.At(x, out double opacity, out _, out _, out _);
        return opacity / k > WMethodMinimumOpacityOverK;
    }

    /// <summary>The components that carry the κ' stiffness: θ_b, the photon temperature and polarisation hierarchies.</summary>
    private static int[] PhotonBaryonComponents(PerturbationLayout layout)
    {
        var list = new List<int> { PerturbationLayout.ThetaBaryon };
        list.AddRange(Enumerable.Range(layout.Photon, layout.PhotonLMax + 1));
        list.AddRange(Enumerable.Range(layout.Polarisation, layout.PolarisationLMax + 1));
        return list.ToArray();
    }

    /// <summary>First ln a with w &lt; w_max and k &lt; X ℋ/√w (see <see cref="NcdmFluidMode.FreeStreamingScale"/>).</summary>
    private double FreeStreamingFluidStart(double k)
    {
        for (int i = 0; i < fluidGridX.Length; i++)
        {
            if (fluidGridW[i] < settings.NcdmFluidMaxW && k < settings.NcdmFluidMaxKOverKFreeStreaming * fluidGridKfs[i])
            {
                return fluidGridX[i];
            }
        }

        return double.PositiveInfinity;
    }

    private double XAtKTau(double k, double kTau)
    {
        double tau = kTau / k;
        return tau >= background.ConformalAge ? double.PositiveInfinity : Math.Log(background.ScaleFactorAtConformalTime(Math.Max(tau, background.ConformalTime(Background.MinimumScaleFactor * EarliestStartInTable))));
    }

    /// <summary>Adiabatic growing mode, MB95 eqs. 96–97 with C = 1/2 (η → 1), docs/physics/boltzmann.md §6.</summary>
    private void InitialConditions(PerturbationEquations equations, double x, double[] y)
    {
        var L = equations.Layout;
        double k = equations.K;
        double a = Math.Exp(x);
        background.Densities(a, out var d);
        double tau = background.ConformalTime(a);
        double kt = k * tau;
        double rNu = (d.Ur + d.Ncdm) / (d.Photon + d.Ur + d.Ncdm);
        const double c = 0.5;
        double kt2 = kt * kt;
        double deltaG = -2.0 / 3.0 * c * kt2;
        double thetaG = -c * k * kt2 * kt / 18;
        double thetaU = -c * (23 + 4 * rNu) * k * kt2 * kt / (18 * (15 + 4 * rNu));
        double sigmaU = 4 * c * kt2 / (3 * (15 + 4 * rNu));
        y[PerturbationLayout.Eta] = 2 * c - c * (5 + 4 * rNu) * kt2 / (6 * (15 + 4 * rNu));
        y[PerturbationLayout.DeltaCdm] = 0.75 * deltaG;
        y[PerturbationLayout.DeltaBaryon] = 0.75 * deltaG;
        y[PerturbationLayout.ThetaBaryon] = thetaG;
        y[L.Photon] = deltaG;
        y[L.Photon + 1] = thetaG;
        y[L.Ur] = deltaG;
        y[L.Ur + 1] = thetaU;
        y[L.Ur + 2] = L.UrFluid ? sigmaU : 2 * sigmaU;
        var species = background.Ncdm;
        if (species is null)
        {
            return;
        }

        var pq = species.PerturbationQuadrature;
        double am = a * species.DimensionlessMass;
        for (int i = 0; i < pq.Count; i++)
        {
            double q = pq.Q[i];
            double eps = Math.Sqrt(q * q + am * am);
            double s = pq.LogSlope[i];
            int b = L.Ncdm + i * (L.NcdmLMax + 1);
            y[b] = -0.25 * deltaG * s;
            y[b + 1] = -eps / (3 * q * k) * thetaU * s;
            y[b + 2] = -0.5 * sigmaU * s;
        }
    }

    /// <summary>Moves the state into a new layout when an approximation switches (docs/physics/boltzmann.md §8–§10).</summary>
    private double[] Remap(PerturbationEquations equations, double x, double[] y, PerturbationLayout next)
    {
        var old = equations.Layout;
        var z = new double[next.Size];
        Array.Copy(y, z, 4);
        if (old.BaryonsHeld && !next.BaryonsHeld)
        {
            var scratch = new double[old.Size];
            equations.Evaluate(x, y, scratch);
            z[PerturbationLayout.ThetaBaryon] = -0.5 * equations.LastHPrime;
        }

        if (!next.RadiationStreaming)
        {
            if (old.TightCoupling && !next.TightCoupling)
            {
                var scratch = new double[old.Size];
                equations.Evaluate(x, y, scratch);
                thermo.At(x, out double kappa, out _, out _, out _);
                double sigma = 16.0 / 45.0 / kappa * (y[old.Photon + 1] + 0.5 * equations.LastHPrime + 3 * equations.LastEtaPrime);
                z[next.Photon] = y[old.Photon];
                z[next.Photon + 1] = y[old.Photon + 1];
                z[next.Photon + 2] = 2 * sigma;
                z[next.Polarisation] = 2.5 * sigma;
                z[next.Polarisation + 2] = 0.5 * sigma;
            }
            else
            {
                int count = old.TightCoupling ? 2 : old.PhotonLMax + old.PolarisationLMax + 2;
                Array.Copy(y, old.Photon, z, next.Photon, count);
            }

            if (old.UrFluid == next.UrFluid)
            {
                Array.Copy(y, old.Ur, z, next.Ur, old.UrFluid ? 3 : old.UrLMax + 1);
            }
            else
            {
                z[next.Ur] = y[old.Ur];
                z[next.Ur + 1] = y[old.Ur + 1];
                z[next.Ur + 2] = 0.5 * y[old.Ur + 2];
            }
        }

        if (next.NcdmNodes > 0)
        {
            if (old.NcdmFluid == next.NcdmFluid)
            {
                Array.Copy(y, old.Ncdm, z, next.Ncdm, old.NcdmFluid ? 3 : old.NcdmNodes * (old.NcdmLMax + 1));
            }
            else
            {
                double a = Math.Exp(x);
                equations.NcdmMoments(a, y, out double deltaRho, out double rhoPlusPTheta, out double rhoPlusPSigma);
                background.Densities(a, out var d);
                z[next.Ncdm] = deltaRho / d.Ncdm;
                z[next.Ncdm + 1] = rhoPlusPTheta / (d.Ncdm + d.NcdmPressure);
                z[next.Ncdm + 2] = rhoPlusPSigma / (d.Ncdm + d.NcdmPressure);
            }
        }

        return z;
    }

    private double MatterRadiationStart()
    {
        double radiation = background.RhoPhoton0 + background.RhoUr0;
        double matter = background.RhoBaryon0 + background.RhoCdm0;
        return settings.InitialMatterToRadiation * radiation / matter;
    }

    private double NcdmRelativisticEnd()
    {
        var species = background.Ncdm;
        if (species is null)
        {
            return 1;
        }

        double lo = Math.Log(Background.MinimumScaleFactor * RelativisticSearchStartInTable), hi = 0;
        for (int i = 0; i < BisectionSteps; i++)
        {
            double mid = 0.5 * (lo + hi);
            species.Densities(Math.Exp(mid), out double rho, out double p, out _);
            if (1.0 / 3.0 - p / rho > RelativisticWTolerance)
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }

        return Math.Exp(lo);
    }
}
