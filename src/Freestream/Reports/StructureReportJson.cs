using System.Text.Json.Nodes;
using Freestream.Structure;

namespace Freestream.Reports;

/// <summary>The JSON form of a <see cref="StructureReport"/> (camelCase keys, units in the key names or alongside).</summary>
public static class StructureReportJson
{
    /// <summary>
    /// Builds the object with <c>freeStreamingMpc</c>, <c>halfModeK</c> (T² = 1/2, h/Mpc),
    /// <c>halfModeKAmplitude</c> (T = 1/2), <c>deltaA</c>, <c>satellites</c>, <c>highZDensity</c> (Mpc⁻³),
    /// <c>alphaBetaGamma</c>, <c>verdicts</c> (criterion → allowed/marginal/excluded), the references of
    /// each verdict and the thermal reference table.
    /// </summary>
    public static JsonObject ToJson(StructureReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Measurements;
        var verdicts = new JsonObject();
        var references = new JsonObject();
        foreach (var (criterion, verdict) in report.Verdicts)
        {
            verdicts[criterion] = verdict.LevelName;
            references[criterion] = new JsonObject
            {
                ["value"] = Number(verdict.Value),
                ["unit"] = verdict.Unit,
                ["rule"] = verdict.Rule,
                ["references"] = new JsonArray([.. verdict.References.Select(r => (JsonNode)new JsonObject
                {
                    ["name"] = r.Name,
                    ["value"] = Number(r.Value),
                    ["unit"] = r.Unit,
                    ["source"] = r.Source,
                })]),
            };
        }

        var thermal = new JsonArray([.. report.Thresholds.All.Select(r => (JsonNode)new JsonObject
        {
            ["massKeV"] = r.MassKeV,
            ["halfModeK"] = Number(r.HalfMode.KPowerHMpc),
            ["halfModeKAmplitude"] = Number(r.HalfMode.KAmplitudeHMpc),
            ["deltaA"] = Number(r.DeltaA),
            ["satellites"] = Number(r.Subhalos),
            ["highZDensity"] = Number(r.HighRedshiftDensityMpc3),
        })]);

        return new JsonObject
        {
            ["freeStreamingMpc"] = Number(report.FreeStreaming?.LengthMpc),
            ["freeStreamingClass"] = report.FreeStreaming?.ClassName,
            ["freeStreamingMeanMomentumMpc"] = Number(report.FreeStreaming?.MeanMomentumMpc),
            ["freeStreamingClosedFormMpc"] = Number(report.FreeStreaming?.ClosedFormMpc),
            ["halfModeK"] = Number(m.HalfMode.KPowerHMpc),
            ["halfModeKAmplitude"] = Number(m.HalfMode.KAmplitudeHMpc),
            ["halfModeConvention"] = m.HalfMode.Convention == HalfModeConvention.Power ? "T2=1/2" : "T=1/2",
            ["halfModeLengthMpcH"] = Number(m.HalfMode.LengthMpcH),
            ["halfModeMassMsunH"] = Number(m.HalfMode.MassMsunH),
            ["deltaA"] = Number(m.LymanAlpha.DeltaA),
            ["satellites"] = Number(m.Subhalos.Count),
            ["highZDensity"] = Number(m.HighRedshift.MaximumDensityMpc3),
            ["alphaBetaGamma"] = m.Fit is { } fit
                ? new JsonObject
                {
                    ["alphaMpcH"] = fit.AlphaMpcH,
                    ["beta"] = fit.Beta,
                    ["gamma"] = fit.Gamma,
                    ["rmsResidual"] = fit.RmsResidual,
                    ["maxResidual"] = fit.MaxResidual,
                }
                : null,
            ["verdicts"] = verdicts,
            ["references"] = references,
            ["thermalReferenceSource"] = report.Thresholds.Source,
            ["thermalReferences"] = thermal,
        };
    }

    private static JsonNode? Number(double? value) =>
        value is double v && double.IsFinite(v) ? JsonValue.Create(v) : null;
}
