using System.Text.Json;

namespace Freestream.Cli.Commands;

/// <summary>
/// The files every <c>produce</c> model writes with <c>--out</c>: <c>psd.dat</c> (CLASS
/// <c>ncdm_psd_filenames</c> format, q = p/T_ν0, tail below 1e-12 of the maximum dropped, the CLASS settings
/// to paste as trailing comments), <c>class.ini</c> (a CLASS input reading it), <c>summary.json</c> and
/// <c>spectrum.png</c>/<c>.svg</c> (q² f(q) on a log-q axis with ⟨q⟩ marked), plus any extra PSD files of
/// the model's parts.
/// </summary>
public static class SpectrumFiles
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// The end of a <c>produce</c> command: with <c>--out</c>, the files of <paramref name="write"/> and summary.json (the
    /// description without its file list), committed together; then the description, naming the files, on stdout.
    /// </summary>
    /// <param name="context">The command's output settings.</param>
    /// <param name="describe">JSON and human-readable description of the result, given the files written.</param>
    /// <param name="write">Writes the files through the staged directory, given the summary.</param>
    /// <returns>The exit code 0.</returns>
    public static int Respond(
        CommandContext context,
        Func<IReadOnlyList<string>, (JsonObject Json, string Human)> describe,
        Action<OutputDirectory, JsonObject> write)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(describe);
        ArgumentNullException.ThrowIfNull(write);
        IReadOnlyList<string> outputs = [];
        if (context.OutDirectory is { } directory)
        {
            using var output = new OutputDirectory(directory);
            var (summary, _) = describe([]);
            summary.Remove("files");
            write(output, summary);
            outputs = [.. output.Commit()];
        }

        var (json, human) = describe(outputs);
        context.Emit(json, () => human);
        return 0;
    }

    /// <summary>Writes the files through <paramref name="output"/>; the caller commits it.</summary>
    /// <param name="output">Staged output directory.</param>
    /// <param name="total">The spectrum of the model (written to psd.dat).</param>
    /// <param name="massKeV">Mass of the species in keV (for the CLASS settings).</param>
    /// <param name="summary">The JSON summary (written as summary.json).</param>
    /// <param name="title">Plot title.</param>
    /// <param name="series">Curves to draw, by legend name (the total first).</param>
    /// <param name="extraPsdFiles">Further PSD files by file name (for example the ν and ν̄ parts).</param>
    public static void Write(
        OutputDirectory output,
        MomentumDistribution total,
        double massKeV,
        JsonObject summary,
        string title,
        IEnumerable<(string Name, MomentumDistribution Spectrum)> series,
        IEnumerable<(string FileName, MomentumDistribution Spectrum)>? extraPsdFiles = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(total);
        var classSettings = ClassNcdmSettings.For(total, massKeV, "psd.dat");
        double omegaH2 = total.OmegaH2(massKeV);
        PsdFile.Write(output.PathOf("psd.dat"), PsdFile.WithoutTail(total), ClassTrailer(classSettings, total, omegaH2));
        foreach (var (fileName, spectrum) in extraPsdFiles ?? [])
        {
            PsdFile.Write(output.PathOf(fileName), PsdFile.WithoutTail(spectrum), ClassTrailer(classSettings with { PsdFileName = fileName, Degeneracy = spectrum.Degeneracy }, spectrum, spectrum.OmegaH2(massKeV)));
        }

        File.WriteAllText(output.PathOf("class.ini"), ClassIniFile.Text(CosmologyParameters.Planck2018, classSettings, omegaH2));
        summary["class"] = new JsonObject
        {
            ["psdFile"] = "psd.dat",
            ["m_ncdm"] = classSettings.MassEV,
            ["T_ncdm"] = ClassNcdmSettings.TemperatureRatio,
            ["deg_ncdm"] = classSettings.DegNcdm,
            ["relativisticDeltaNeff"] = ClassNcdmSettings.RelativisticDeltaNeff(total),
        };

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

    /// <summary>The comment lines after a psd table: what it is and the CLASS lines that read it correctly.</summary>
    private static IEnumerable<string> ClassTrailer(ClassNcdmSettings settings, MomentumDistribution spectrum, double omegaH2)
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"Freestream psd: q = p/T_nu0 (T_nu0 = (4/11)^(1/3) T_cmb), f per internal state, g = {spectrum.Degeneracy:R}; tail below {PsdFile.TailThreshold:G2} of max f dropped");
        yield return string.Create(CultureInfo.InvariantCulture, $"Omega h^2 = {omegaH2:G6} at m = {settings.MassKeV:G6} keV; relativistic Delta N_eff = {ClassNcdmSettings.RelativisticDeltaNeff(spectrum):G6}");
        yield return "CLASS (deg_ncdm = g/(2 pi)^3 because CLASS's f carries 1/(2 pi)^3):";
        foreach (string line in settings.IniLines())
        {
            yield return "  " + line;
        }
    }
}
