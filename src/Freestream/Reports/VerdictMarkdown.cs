using System.Globalization;
using System.Text;
using Freestream.Structure;

namespace Freestream.Reports;

/// <summary>A one-page Markdown table of a <see cref="StructureReport"/>: one row per criterion with the references used.</summary>
public static class VerdictMarkdown
{
    /// <summary>Renders the report; <paramref name="title"/> names the model.</summary>
    public static string Render(StructureReport report, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Structure verdicts: {title}");
        text.AppendLine();
        text.AppendLine("| criterion | value | verdict | rule | references |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var (criterion, verdict) in report.Verdicts)
        {
            string references = string.Join("<br>", verdict.References.Select(r => $"{r.Name} = {Format(r.Value)} {r.Unit}".TrimEnd()));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {criterion} | {Format(verdict.Value)} {verdict.Unit} | **{verdict.LevelName}** | {verdict.Rule} | {references} |");
        }

        var m = report.Measurements;
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"* k_1/2: {Format(m.HalfMode.KPowerHMpc)} h/Mpc (T² = 1/2), {Format(m.HalfMode.KAmplitudeHMpc)} h/Mpc (T = 1/2); half-mode mass {Format(m.HalfMode.MassMsunH)} M_sun/h");
        if (m.Fit is { } fit)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"* Murgia et al. fit: α = {Format(fit.AlphaMpcH)} Mpc/h, β = {Format(fit.Beta)}, γ = {Format(fit.Gamma)} (rms residual in T {Format(fit.RmsResidual)})");
        }

        if (report.FreeStreaming is { } fs)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"* Free streaming (indicative only): λ_FS = {Format(fs.LengthMpc)} Mpc ({fs.ClassName}); mean-momentum variant {Format(fs.MeanMomentumMpc)} Mpc, closed form {Format(fs.ClosedFormMpc)} Mpc");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"* Thermal references: {report.Thresholds.Source}");
        text.AppendLine();
        text.AppendLine("| m_WDM [keV] | k(T²=½) [h/Mpc] | k(T=½) [h/Mpc] | δA | N_sub | φ̄(z) [Mpc⁻³] |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var r in report.Thresholds.All)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Format(r.MassKeV)} | {Format(r.HalfMode.KPowerHMpc)} | {Format(r.HalfMode.KAmplitudeHMpc)} | {Format(r.DeltaA)} | {Format(r.Subhalos)} | {Format(r.HighRedshiftDensityMpc3)} |");
        }

        return text.ToString();
    }

    private static string Format(double? value) =>
        value is double v && double.IsFinite(v) ? v.ToString("G4", CultureInfo.InvariantCulture) : "–";
}
