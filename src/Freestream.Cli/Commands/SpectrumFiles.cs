using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Freestream.Plotting;
using Freestream.Production;
using Freestream.Distributions;

namespace Freestream.Cli.Commands;

/// <summary>
/// The files every <c>produce</c> model writes with <c>--out</c>: <c>psd.dat</c> (CLASS
/// <c>ncdm_psd_filenames</c> format, q = p/T_ν0), <c>summary.json</c> and <c>spectrum.png</c>/<c>.svg</c>
/// (q² f(q) on a log-q axis with ⟨q⟩ marked), plus any extra PSD files of the model's parts.
/// </summary>
public static class SpectrumFiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes the files through <paramref name="output"/>; the caller commits it.</summary>
    /// <param name="output">Staged output directory.</param>
    /// <param name="total">The spectrum of the model (written to psd.dat).</param>
    /// <param name="summary">The JSON summary (written as summary.json).</param>
    /// <param name="title">Plot title.</param>
    /// <param name="series">Curves to draw, by legend name (the total first).</param>
    /// <param name="extraPsdFiles">Further PSD files by file name (for example the ν and ν̄ parts).</param>
    public static void Write(
        OutputDirectory output,
        MomentumDistribution total,
        JsonObject summary,
        string title,
        IEnumerable<(string Name, MomentumDistribution Spectrum)> series,
        IEnumerable<(string FileName, MomentumDistribution Spectrum)>? extraPsdFiles = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(total);
        PsdFile.Write(output.PathOf("psd.dat"), total);
        foreach (var (fileName, spectrum) in extraPsdFiles ?? [])
        {
            PsdFile.Write(output.PathOf(fileName), spectrum);
        }

        File.WriteAllText(output.PathOf("summary.json"), summary.ToJsonString(Indented));
        var plot = new LinePlot(title, "q = p/T_ν0", "q² f(q)") { LogX = true, Legend = LegendCorner.UpperLeft };
        foreach (var (name, spectrum) in series)
        {
            plot.AddSeries(name, spectrum.Q, [.. spectrum.Q.Select((q, i) => q * q * spectrum.F[i])]);
        }

        plot.AddVerticalLine(total.MeanQ, string.Create(CultureInfo.InvariantCulture, $"⟨q⟩ = {total.MeanQ:G6}"));
        plot.SavePng(output.PathOf("spectrum.png"));
        plot.SaveSvg(output.PathOf("spectrum.svg"));
    }
}
