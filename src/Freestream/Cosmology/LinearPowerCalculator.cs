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

    private static readonly ConcurrentDictionary<(CosmologyParameters, BoltzmannSettings, double), Lazy<MatterPower>> CdmCache = new();

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
            if (merged.Count == 0 || Math.Log(k / merged[^1]) > 0.3 * minSpacing)
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
    /// <param name="progress">Receives the number of finished model modes.</param>
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
        var solver = new PerturbationSolver(background, Settings);
        var baseK = cdm.KHMpc;
        var model = MatterPower.FromContrast(Parameters, baseK, solver.MatterContrast(baseK.Select(k => k * Parameters.H).ToArray(), redshift, progress, cancellationToken), redshift);
        var extra = CutoffPoints(baseK, model.PowerHMpc3, cdm.PowerHMpc3);
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

    /// <summary>P(k) of an arbitrary mix (non-cold species or null, plus Ω_cdm h²) on the given grid (h/Mpc).</summary>
    public MatterPower Solve(NcdmSpecies? species, double omegaCdmH2, double[] kHMpc, double redshift, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(kHMpc);
        var background = new Background(Parameters, species, omegaCdmH2, Settings);
        var solver = new PerturbationSolver(background, Settings);
        var contrast = solver.MatterContrast(kHMpc.Select(k => k * Parameters.H).ToArray(), redshift, progress);
        return MatterPower.FromContrast(Parameters, kHMpc, contrast, redshift);
    }

    private double[] CutoffPoints(double[] k, double[] model, double[] cdm)
    {
        if (Settings.KPerDecadeInCutoff == 0)
        {
            return [];
        }

        int first = -1, last = -1;
        for (int i = 0; i < k.Length; i++)
        {
            double t2 = model[i] / cdm[i];
            if (first < 0 && t2 < 0.98)
            {
                first = Math.Max(i - 1, 0);
            }

            if (first >= 0 && t2 < 0.005)
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
            if (k.All(existing => Math.Abs(Math.Log(existing / kk)) > 1e-6))
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
