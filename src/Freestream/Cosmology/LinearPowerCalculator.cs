using System.Collections.Concurrent;
using System.Globalization;
using Freestream.Numerics;

namespace Freestream.Cosmology;

/// <summary>
/// Linear matter power and transfer functions of one cosmology: P(k) of plain ΛCDM (cached per cosmology,
/// settings and redshift) and T²(k) = P_model/P_CDM of a model in which a non-cold species makes up part or
/// all of the dark matter (docs/physics/boltzmann.md §2, §13).
/// </summary>
/// <remarks>
/// The k grid runs from <see cref="MinimumKHMpc"/> to <see cref="MaximumKHMpc"/> h/Mpc, uniform in ln k with
/// <see cref="BoltzmannSettings.KPerDecade"/> points per decade; where T² falls (between 0.98 and 0.005 on that
/// grid) <see cref="BoltzmannSettings.KPerDecadeInCutoff"/> extra points per decade are solved for the model and
/// the CDM power there is the cubic spline of ln P in ln k of the cached CDM run (smooth there: the cutoff of
/// keV-scale species lies well above the baryon-acoustic range).
/// </remarks>
public sealed class LinearPowerCalculator
{
    /// <summary>Smallest wavenumber of the output grid (h/Mpc).</summary>
    public const double MinimumKHMpc = 1e-3;

    /// <summary>Largest wavenumber of the output grid (h/Mpc).</summary>
    public const double MaximumKHMpc = 300;

    /// <summary>CLASS's choice for a vanishing CDM density (Ω_cdm = 1e-10), which keeps the synchronous gauge defined (docs/physics/boltzmann.md §7).</summary>
    public const double GaugeCdmFraction = 1e-10;

    /// <summary>
    /// Upper end of the cutoff band refined with <see cref="BoltzmannSettings.KPerDecadeInCutoff"/>: below 2 % of
    /// suppression the verdicts' integrals are insensitive to the shape of T².
    /// </summary>
    private const double CutoffUpperTransferSquared = 0.98;

    /// <summary>Lower end of that band: below T² = 0.005 the CLASS references themselves are soft (~1e-3 noise).</summary>
    private const double CutoffLowerTransferSquared = 0.005;

    /// <summary>
    /// Where the coarse grid meets the baryon-acoustic window, a point closer than this fraction of the finest spacing
    /// to the previous one is dropped (it would add a mode without adding resolution).
    /// </summary>
    private const double MergeSpacingFraction = 0.3;

    /// <summary>Two grid points closer than this in ln k are one point (round-off of merged grids).</summary>
    private const double SameKLogTolerance = 1e-6;

    private static readonly ConcurrentDictionary<(CosmologyParameters, BoltzmannSettings, double), Lazy<MatterPower>> CdmCache = new();

    private static readonly ConcurrentDictionary<(CosmologyParameters, BoltzmannSettings), Lazy<ThermalHistoryReuse>> HistoryCache = new();

    /// <summary>Sets up a calculator for one cosmology.</summary>
    public LinearPowerCalculator(CosmologyParameters parameters, BoltzmannSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters.Validated();
        Settings = (settings ?? BoltzmannSettings.Default).Validated();
    }

    /// <summary>The cosmology.</summary>
    public CosmologyParameters Parameters { get; }

    /// <summary>The numerical settings.</summary>
    public BoltzmannSettings Settings { get; }

    /// <summary>Lower end of the baryon-acoustic window sampled with <see cref="BoltzmannSettings.KPerDecadeBao"/> (h/Mpc).</summary>
    public const double BaoWindowMinKHMpc = 0.008;

    /// <summary>Upper end of the baryon-acoustic window (h/Mpc).</summary>
    public const double BaoWindowMaxKHMpc = 0.6;

    /// <summary>
    /// The base k grid (h/Mpc): uniform in ln k with <see cref="BoltzmannSettings.KPerDecade"/> per decade over
    /// [<see cref="MinimumKHMpc"/>, <see cref="MaximumKHMpc"/>], and <see cref="BoltzmannSettings.KPerDecadeBao"/>
    /// per decade in the baryon-acoustic window [0.008, 0.6] h/Mpc, where P(k) wiggles.
    /// </summary>
    public static double[] BaseGrid(BoltzmannSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var coarse = LogUniform(MinimumKHMpc, MaximumKHMpc, settings.KPerDecade);
        var bao = LogUniform(BaoWindowMinKHMpc, BaoWindowMaxKHMpc, settings.KPerDecadeBao);
        double minSpacing = Math.Log(10) / Math.Max(settings.KPerDecade, settings.KPerDecadeBao);
        var merged = new List<double>();
        foreach (double k in coarse.Where(k => k < BaoWindowMinKHMpc || k > BaoWindowMaxKHMpc).Concat(bao).Order())
        {
            if (merged.Count == 0 || Math.Log(k / merged[^1]) > MergeSpacingFraction * minSpacing)
            {
                merged.Add(k);
            }
        }

        return merged.ToArray();
    }

    private static double[] LogUniform(double min, double max, int perDecade)
    {
        int n = Math.Max((int)Math.Ceiling(Math.Log10(max / min) * perDecade), 1) + 1;
        return LogGrid.Create(min, max, n);
    }

    /// <summary>P(k) of ΛCDM (all dark matter cold) on the base grid at <paramref name="redshift"/>; cached.</summary>
    public MatterPower Cdm(double redshift = 0, IProgress<int>? progress = null)
    {
        CheckRedshift(redshift);
        var lazy = CdmCache.GetOrAdd((Parameters, Settings, redshift), key => new Lazy<MatterPower>(() => Solve(null, Parameters.OmegaDarkMatterH2, BaseGrid(Settings), redshift, progress)));
        return lazy.Value;
    }

    /// <summary>
    /// T²(k) of a model whose dark matter is <paramref name="species"/> (Ω h² = species.OmegaH2) plus CDM for the
    /// rest of <see cref="CosmologyParameters.OmegaDarkMatterH2"/>, against the cached CDM run.
    /// </summary>
    /// <param name="species">The non-cold species (its Ω h² must not exceed ω_dm).</param>
    /// <param name="redshift">Redshift (0 ≤ z ≤ 1000).</param>
    /// <param name="progress">
    /// Receives the number of <see cref="ModelCandidates"/> decided (solved, or interpolated within the tolerance);
    /// with the tolerance 0, the number of finished base-grid modes.
    /// </param>
    /// <param name="cancellationToken">Stops starting new k modes (modes in flight finish); throws <see cref="OperationCanceledException"/>.</param>
    public TransferFunction Transfer(NcdmSpecies species, double redshift = 0, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(species);
        CheckRedshift(redshift);
        double omegaCdm = Parameters.OmegaDarkMatterH2 - species.OmegaH2;
        if (omegaCdm < -1e-12)
        {
            throw new ArgumentOutOfRangeException(nameof(species), species.OmegaH2, string.Create(CultureInfo.InvariantCulture, $"the species' omegaH2 must not exceed omega_dm = {Parameters.OmegaDarkMatterH2}"));
        }

        omegaCdm = Math.Max(omegaCdm, GaugeCdmFraction * Parameters.H * Parameters.H);
        var cdm = Cdm(redshift);
        var background = new Background(Parameters, species, omegaCdm, Settings);
        var solver = SolverFor(background);
        return Settings.TransferInterpolationTolerance > 0
            ? AdaptiveTransfer(solver, cdm, redshift, progress, cancellationToken)
            : FullGridTransfer(solver, cdm, redshift, progress, cancellationToken);
    }

    /// <summary>The perturbation solver of a background, with the reused ΛCDM thermal history where H(z) allows.</summary>
    private PerturbationSolver SolverFor(Background background) =>
        new(background, ThermodynamicsTable.From(background, ThermalHistory().For(background), Settings), Settings);

    /// <summary>The ΛCDM thermal history of this cosmology, reused by models whose H(z) matches it (cached).</summary>
    internal ThermalHistoryReuse ThermalHistory() =>
        HistoryCache.GetOrAdd((Parameters, Settings), key => new Lazy<ThermalHistoryReuse>(() => new ThermalHistoryReuse(new Background(Parameters, null, Parameters.OmegaDarkMatterH2, Settings)))).Value;

    /// <summary>Every mode of the base grid and of the cutoff refinement solved (no interpolation of T).</summary>
    private TransferFunction FullGridTransfer(PerturbationSolver solver, MatterPower cdm, double redshift, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var baseK = cdm.KHMpc;
        var model = MatterPower.FromContrast(Parameters, baseK, solver.MatterContrast(baseK.Select(k => k * Parameters.H).ToArray(), redshift, progress, cancellationToken), redshift);
        var extra = CutoffPoints(baseK, model.PowerHMpc3.Zip(cdm.PowerHMpc3, (m, c) => m / c).ToArray());
        if (extra.Length == 0)
        {
            return new TransferFunction(baseK, model.PowerHMpc3, cdm.PowerHMpc3, redshift);
        }

        var extraModel = MatterPower.FromContrast(Parameters, extra, solver.MatterContrast(extra.Select(k => k * Parameters.H).ToArray(), redshift, cancellationToken: cancellationToken), redshift);
        var k = baseK.Concat(extra).ToArray();
        var pModel = model.PowerHMpc3.Concat(extraModel.PowerHMpc3).ToArray();
        var pCdm = cdm.PowerHMpc3.Concat(extra.Select(cdm.Evaluate)).ToArray();
        var order = Enumerable.Range(0, k.Length).OrderBy(i => k[i]).ToArray();
        return new TransferFunction(order.Select(i => k[i]).ToArray(), order.Select(i => pModel[i]).ToArray(), order.Select(i => pCdm[i]).ToArray(), redshift);
    }

    /// <summary>
    /// The modes chosen by <see cref="AdaptiveTransferSampling"/> among the base grid and a grid of
    /// <see cref="BoltzmannSettings.KPerDecadeInCutoff"/> per decade above the baryon-acoustic window (where the
    /// CDM spline is smooth); the output grid is the base grid, the cutoff refinement and every solved mode, with
    /// P_model = T² P_CDM and T from the spline where a mode was not solved.
    /// </summary>
    private TransferFunction AdaptiveTransfer(PerturbationSolver solver, MatterPower cdm, double redshift, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var baseK = cdm.KHMpc;
        var candidates = ModelCandidates(Settings);
        var pCdm = candidates.Select(k => ExactOrSpline(cdm, k)).ToArray();
        double sign = 0;
        double[] Solve(int[] indices, IProgress<int>? finished)
        {
            var contrast = solver.MatterContrast(indices.Select(i => candidates[i] * Parameters.H).ToArray(), redshift, finished, cancellationToken);
            var power = MatterPower.FromContrast(Parameters, indices.Select(i => candidates[i]).ToArray(), contrast, redshift).PowerHMpc3;
            if (sign == 0)
            {
                // The first batch holds the lowest k, where T ≈ 1 > 0: its δ fixes the sign convention of T.
                sign = Math.Sign(contrast[0]);
            }

            return indices.Select((i, j) => sign * Math.Sign(contrast[j]) * Math.Sqrt(power[j] / pCdm[i])).ToArray();
        }

        var lnK = candidates.Select(k => Math.Log(k)).ToArray();
        int parallel = Settings.MaxDegreeOfParallelism > 0 ? Settings.MaxDegreeOfParallelism : Environment.ProcessorCount;
        var t = AdaptiveTransferSampling.Transfer(lnK, Solve, Settings.KPerDecadePilot, Settings.TransferInterpolationTolerance, Settings.NegligibleTransferSquared, 2 * parallel, out bool[] isSolved, progress);
        LastSolvedModes = isSolved.Count(solved => solved);
        var spline = MathNet.Numerics.Interpolation.CubicSpline.InterpolateNaturalSorted(lnK, t);
        var baseT2 = baseK.Select(k => Math.Pow(spline.Interpolate(Math.Log(k)), 2)).ToArray();
        // Solved modes join the output only where they do not crowd a grid point: two points much closer than the
        // grid spacing let a spline of ln P (the verdicts' resampling) overshoot wildly near a zero of T in the tail.
        var grid = Merge(baseK, CutoffPoints(baseK, baseT2));
        double crowd = MergeSpacingFraction * Math.Log(10) / Math.Max(Settings.KPerDecadeBao, Settings.KPerDecadeInCutoff);
        var output = Merge(grid, candidates.Where((k, i) => isSolved[i] && grid.All(g => Math.Abs(Math.Log(k / g)) > crowd)).ToArray());
        var outputCdm = output.Select(k => ExactOrSpline(cdm, k)).ToArray();
        var outputModel = output.Select((k, i) => Math.Pow(spline.Interpolate(Math.Log(k)), 2) * outputCdm[i]).ToArray();
        return new TransferFunction(output, outputModel, outputCdm, redshift);
    }

    /// <summary>
    /// The k (h/Mpc) a model run may solve: the base grid and, above the baryon-acoustic window (where the CDM spline
    /// is smooth), <see cref="BoltzmannSettings.KPerDecadeInCutoff"/> per decade; with
    /// <see cref="BoltzmannSettings.TransferInterpolationTolerance"/> = 0 only the base grid (and the cutoff points
    /// found on it). Its length is the total of the progress that <see cref="Transfer"/> reports.
    /// </summary>
    public static double[] ModelCandidates(BoltzmannSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var baseK = BaseGrid(settings);
        return settings.TransferInterpolationTolerance > 0 && settings.KPerDecadeInCutoff > 0
            ? Merge(baseK, LogUniform(BaoWindowMaxKHMpc, MaximumKHMpc, settings.KPerDecadeInCutoff))
            : baseK;
    }

    /// <summary>Number of k modes solved by the last adaptive <see cref="Transfer"/> call (a cost diagnostic).</summary>
    internal int LastSolvedModes { get; private set; }

    private static double ExactOrSpline(MatterPower power, double kHMpc)
    {
        int i = Array.BinarySearch(power.KHMpc, kHMpc);
        return i >= 0 ? power.PowerHMpc3[i] : power.Evaluate(kHMpc);
    }

    /// <summary>The sorted union of two grids, dropping points within 1e-6 in ln k of a point already taken.</summary>
    private static double[] Merge(double[] first, double[] second)
    {
        var merged = new List<double>();
        foreach (double k in first.Concat(second).Order())
        {
            if (merged.Count == 0 || Math.Log(k / merged[^1]) > SameKLogTolerance)
            {
                merged.Add(k);
            }
        }

        return merged.ToArray();
    }

    /// <summary>P(k) of an arbitrary mix (non-cold species or null, plus Ω_cdm h²) on the given grid (h/Mpc).</summary>
    public MatterPower Solve(NcdmSpecies? species, double omegaCdmH2, double[] kHMpc, double redshift, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(kHMpc);
        var background = new Background(Parameters, species, omegaCdmH2, Settings);
        var solver = SolverFor(background);
        var contrast = solver.MatterContrast(kHMpc.Select(k => k * Parameters.H).ToArray(), redshift, progress);
        return MatterPower.FromContrast(Parameters, kHMpc, contrast, redshift);
    }

    private double[] CutoffPoints(double[] k, double[] transferSquared)
    {
        if (Settings.KPerDecadeInCutoff == 0)
        {
            return [];
        }

        int first = -1, last = -1;
        for (int i = 0; i < k.Length; i++)
        {
            double t2 = transferSquared[i];
            if (first < 0 && t2 < CutoffUpperTransferSquared)
            {
                first = Math.Max(i - 1, 0);
            }

            if (first >= 0 && t2 < CutoffLowerTransferSquared)
            {
                last = i;
                break;
            }
        }

        if (first < 0)
        {
            return [];
        }

        if (last < 0)
        {
            last = k.Length - 1;
        }

        double lo = Math.Log10(k[first]), hi = Math.Log10(k[last]);
        int n = (int)Math.Ceiling((hi - lo) * Settings.KPerDecadeInCutoff);
        var extra = new List<double>();
        for (int j = 1; j < n; j++)
        {
            double kk = Math.Pow(10, lo + (hi - lo) * j / n);
            if (k.All(existing => Math.Abs(Math.Log(existing / kk)) > SameKLogTolerance))
            {
                extra.Add(kk);
            }
        }

        return extra.ToArray();
    }

    private static void CheckRedshift(double redshift)
    {
        if (!double.IsFinite(redshift) || redshift < 0 || redshift > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(redshift), redshift, "redshift must lie in [0, 1000]");
        }
    }
}
