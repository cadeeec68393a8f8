using System.Diagnostics;
using System.Globalization;
using Freestream.Production;
using Freestream.Structure;
using Freestream.Distributions;

namespace Freestream.Scans;

/// <summary>
/// One point of a Shi–Fuller (m_s, sin²2θ) scan at fixed Ω h², end to end:
/// <see cref="ShiFullerModel.AsymmetryForOmegaH2(ShiFullerSolver, double, double, double, CancellationToken)"/> (the initial ν_μ
/// asymmetry L that gives Ω h² = Ω_DM h², with both helicities' f(q); physics note
/// docs/physics/dodelson_widrow_xray.md §3.1 item 6) → the X-ray verdict of the decay line (<see cref="XRayLineLimits"/>, or
/// <see cref="XRayLimit"/> when [settings] gives x_ray_min_lifetime_s)
/// → <see cref="ScanStructureStage"/> (T²(k), λ_fs and every structure verdict). Thread-safe.
/// </summary>
/// <remarks>
/// Points where Dodelson–Widrow production alone (L = 0) already exceeds the target, or where the target
/// needs L/s above <see cref="ShiFullerModel.MaxAsymmetryPerEntropy"/>, have no solution: they are recorded as
/// failed with the reason in <see cref="ScanPointResult.Regime"/> ("overproduced at L = 0" /
/// "L/s above 0.001 needed"). Every failed point, whatever the reason, keeps its X-ray columns, so the maps show
/// where the plane ends and where the X-ray bound lies there too. The asymmetry is in the μ flavour, as in Venumadhav et al. 2016
/// (arXiv:1507.06655), Schneider 2016 and Cherry &amp; Horiuchi 2017.
/// </remarks>
public sealed class ShiFullerPointEvaluator : IScanPointEvaluator
{
    /// <summary>Flavour carrying the asymmetry and the mixing.</summary>
    public const ActiveNeutrinoFlavour Flavour = ActiveNeutrinoFlavour.Muon;

    private readonly ScanSpecification specification;
    private readonly double omegaH2;
    private readonly ShiFullerSolver solver;
    private readonly XRayLimitSettings? xRay;
    private readonly ScanStructureStage structure;

    /// <summary>Sets up the solver and computes the CDM run and the thermal references of the scan.</summary>
    /// <param name="specification">A shi-fuller scan.</param>
    /// <param name="pointsInParallel">Points the engine evaluates at once; with more than one, each Boltzmann run is serial over k.</param>
    public ShiFullerPointEvaluator(ScanSpecification specification, int pointsInParallel)
    {
        this.specification = ScanModel.ShiFuller.Require(specification);
        omegaH2 = specification.Cosmology.OmegaDarkMatterH2;
        solver = new ShiFullerSolver(Flavour, ScanSettings.ShiFuller(specification.Settings));
        // The table of published line limits by mass, unless [settings] fixes an energy-independent lifetime bound.
        xRay = specification.Settings.Keys.Any(k => k.StartsWith("x_ray_", StringComparison.Ordinal)) ? ScanSettings.XRay(specification.Settings) : null;
        structure = new ScanStructureStage(specification, pointsInParallel);
    }

    /// <inheritdoc />
    public IReadOnlyList<ScanCurve> TransferReferences => structure.TransferReferences;

    /// <inheritdoc />
    public ScanPointResult Evaluate(ScanPoint point, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(point);
        var inputs = specification.Inputs(point);
        double massKeV = inputs[ProductionQuantities.SterileMassKeV.Key], sin2TwoTheta = inputs[ProductionQuantities.Sin2TwoTheta.Key];
        // No verdict where no tabulated limit covers m_s (XRayLineLimits.NoPublishedLimit): the map leaves the cell unjudged.
        var xRayVerdict = ScanStructureStage.Stage("X-ray line", () => xRay is null
            ? XRayLineLimits.Default.Judge(massKeV, sin2TwoTheta)
            : XRayLimit.Judge(massKeV, sin2TwoTheta, 1.0, xRay));
        var extra = new Dictionary<string, ScanVerdict>();
        if (xRayVerdict is not null)
        {
            extra[XRayLimit.Criterion] = ScanStructureStage.ToScanVerdict(xRayVerdict.Level);
        }

        var partial = new ScanPointResult(point)
        {
            SterileMassKeV = massKeV,
            XRayLifetimeSeconds = XRayLimit.EffectiveLifetimeSeconds(massKeV, sin2TwoTheta, 1.0),
            Verdicts = extra,
        };

        var clock = Stopwatch.StartNew();
        ShiFullerResult produced;
        try
        {
            produced = ShiFullerModel.AsymmetryForOmegaH2(solver, massKeV, sin2TwoTheta, omegaH2, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var target = ex as ShiFullerTargetException;
            return partial with
            {
                Status = ScanPointStatus.Failed,
                Regime = target?.Failure switch
                {
                    ShiFullerTargetFailure.OverproducedWithoutAsymmetry => "overproduced at L = 0",
                    ShiFullerTargetFailure.AsymmetryLimitReached => string.Create(CultureInfo.InvariantCulture, $"L/s above {ShiFullerModel.MaxAsymmetryPerEntropy:G2} needed"),
                    _ => string.Empty,
                },
                Error = "production: " + (target?.Reason ?? $"{ex.GetType().Name}: {ex.Message}").ReplaceLineEndings(" "),
                Timings = new ScanTimings(0, clock.Elapsed.TotalSeconds, 0, 0),
            };
        }

        cancellationToken.ThrowIfCancellationRequested();
        partial = partial with
        {
            Regime = "resonant",
            OmegaH2 = produced.OmegaH2,
            MeanQ = produced.MeanQ,
            LeptonAsymmetryL6 = produced.InitialAsymmetry.L6,
            PeaksQ = [.. SpectrumPeaks.Find(produced.Distribution.Q, produced.Distribution.F).Select(p => p.Q)],
            Spectrum = new ScanCurve("f(q)", [.. produced.Distribution.Q], [.. produced.Distribution.F]),
            Timings = new ScanTimings(0, clock.Elapsed.TotalSeconds, 0, 0),
        };
        // The root is found to ~1e-3 in Ω h² (ShiFullerModel.AsymmetryForOmegaH2), so the species is all of the dark
        // matter: the Boltzmann run takes the target, never a value a hair above Ω_DM h².
        return structure.Complete(partial, produced.Distribution, massKeV, omegaH2, extra, cancellationToken);
    }
}
