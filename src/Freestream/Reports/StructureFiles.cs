using System.Globalization;
using System.Text;
using Freestream.Cosmology;
using Freestream.Structure;

namespace Freestream.Reports;

/// <summary>
/// Writes the files of a structure report into a directory: <c>verdict.md</c> (one-page table), the
/// curves behind every criterion as CSV, and the plots of <see cref="StructurePlots"/>.
/// </summary>
public static class StructureFiles
{
    /// <summary>Writes every file; returns the file names written.</summary>
    public static IReadOnlyList<string> Write(string directory, StructureReport report, TransferFunction model, ThermalReferences references, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(references);
        var written = new List<string>();
        void Text(string name, string content)
        {
            File.WriteAllText(Path.Combine(directory, name), content);
            written.Add(name);
        }

        var m = report.Measurements;
        Text("verdict.md", VerdictMarkdown.Render(report, title));
        Text("transfer_squared.csv", Csv("k_hMpc,T2", model.KHMpc, model.TransferSquared));
        Text("lyman_alpha_ratio.csv", Csv("k_hMpc,P1D_ratio", m.LymanAlpha.KHMpc, m.LymanAlpha.Ratio));
        Text("subhalos_cumulative.csv", Csv("M_msun_h,N_sub_greater_than_M", m.Subhalos.MassMsunH, m.Subhalos.Cumulative));
        Text("high_z_cumulative.csv", Csv("M_msun_h,N_greater_than_M_mpc3", m.HighRedshift.MassMsunH, m.HighRedshift.CumulativeMpc3));
        written.AddRange(StructurePlots.Write(directory, report, model, references));
        return written;
    }

    private static string Csv(string header, double[] x, double[] y)
    {
        var text = new StringBuilder();
        text.AppendLine(header);
        for (int i = 0; i < x.Length; i++)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{x[i]:R},{y[i]:R}"));
        }

        return text.ToString();
    }
}
