using Freestream.Cosmology;
using Freestream.Thermal;

namespace Freestream.Structure;

/// <summary>
/// Runs every structure criterion on one model and judges it against like-for-like thermal references:
/// half-mode (König et al. 2016), Lyman-α area (Murgia et al. 2017), Milky-Way satellites (Schneider
/// 2016) and z = 6 galaxy counts (Menci et al. 2016/2017), plus the indicative free-streaming label.
/// </summary>
public static class StructureJudge
{
    /// <summary>Measures the model and returns every verdict with the references it used.</summary>
    /// <param name="model">The model's transfer function (P_model and P_CDM of one cosmology).</param>
    /// <param name="thresholds">Thermal references measured with the same settings (<see cref="ThermalThresholds.Compute"/>).</param>
    /// <param name="cosmology">The cosmology of the spectra.</param>
    /// <param name="settings">Thresholds and numerics.</param>
    /// <param name="freeStreaming">Free-streaming result of the model's f(q), if known.</param>
    /// <param name="background">The background of <paramref name="cosmology"/> if already built (reused for speed).</param>
    /// <param name="fit">Whether to fit (α, β, γ) of Murgia et al. 2017 (not needed by the verdicts).</param>
    /// <param name="constraints">
    /// The published bounds to judge against (<see cref="ConstraintSet"/>; <paramref name="thresholds"/> must hold its thermal
    /// masses); null judges against the reference masses and counts of <paramref name="settings"/>.
    /// </param>
    /// <param name="deltaNeffBbn">ΔN_eff of the model at BBN, if known: adds the dark-radiation verdict (the set's ΔN_eff
    /// entry, or <see cref="DarkRadiationVerdict"/> without a set).</param>
    public static StructureReport Judge(TransferFunction model, ThermalThresholds thresholds, CosmologyParameters cosmology, StructureSettings settings, FreeStreamingResult? freeStreaming = null, LateTimeExpansion? background = null, bool fit = true, ConstraintSet? constraints = null, double? deltaNeffBbn = null)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(settings);
        var measurements = StructureMeasurements.Measure(model, cosmology, settings, fit, background);
        var verdicts = new Dictionary<string, Verdict>();
        if (freeStreaming is not null)
        {
            verdicts["freeStreaming"] = FreeStreamingLength.Judge(freeStreaming, settings.FreeStreaming);
        }

        if (constraints is not null)
        {
            foreach (var (criterion, verdict) in ConstraintJudge.Judge(measurements, thresholds, constraints, settings.HalfMode.Convention))
            {
                verdicts[criterion] = verdict;
            }

            if (deltaNeffBbn is double neff && ConstraintJudge.JudgeDarkRadiation(neff, constraints) is { } darkRadiation)
            {
                verdicts[DarkRadiationVerdict.Criterion] = darkRadiation;
            }

            return new StructureReport(measurements, freeStreaming, thresholds, verdicts) { ConstraintSetName = constraints.Label };
        }

        verdicts["halfMode"] = HalfModeScale.Judge(measurements.HalfMode, thresholds, settings.HalfMode);
        verdicts["lymanAlpha"] = LymanAlphaArea.Judge(measurements.LymanAlpha, thresholds, settings.LymanAlpha);
        verdicts["satellites"] = SubhaloCount.Judge(measurements.Subhalos, settings.Subhalos, thresholds);
        verdicts["highRedshift"] = HighRedshiftGalaxyCount.Judge(measurements.HighRedshift, thresholds, settings.HighRedshift);
        if (deltaNeffBbn is double deltaNeff)
        {
            verdicts[DarkRadiationVerdict.Criterion] = DarkRadiationVerdict.Judge(deltaNeff, DarkRadiationSettings.Default);
        }

        return new StructureReport(measurements, freeStreaming, thresholds, verdicts);
    }
}
