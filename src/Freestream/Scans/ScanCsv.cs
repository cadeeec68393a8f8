using System.Globalization;
using Freestream.Structure;

namespace Freestream.Scans;

/// <summary>
/// Writes the points of a scan as <c>points.csv</c>: one row per point with the columns of the
/// results store (<see cref="ScanStore.Columns"/>), the axis columns named after the model's axes
/// (lambda, yukawa or sterile_mass_kev, sin2_2theta), one column per fixed parameter (e.g.
/// scalar_mass_gev), invariant culture, empty cells for quantities not computed.
/// </summary>
public static class ScanCsv
{
    /// <summary>File name of the export inside the scan folder.</summary>
    public const string FileName = "points.csv";

    /// <summary>Writes the header and one row per result, in the order given.</summary>
    public static void Write(TextWriter writer, ScanSpecification specification, IEnumerable<ScanPointResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(results);
        var model = specification.Description;
        var columns = new List<(string Header, Func<ScanPointResult, string> Cell)>();
        foreach (string column in ScanStore.Columns.Where(c => c != "finished_utc"))
        {
            switch (column)
            {
                case "x_index":
                    columns.Add((model.XKey + "_index", r => I(r.Point.XIndex)));
                    break;
                case "y_index":
                    columns.Add((model.YKey + "_index", r => I(r.Point.YIndex)));
                    break;
                case "x":
                    columns.Add((model.XKey, r => R(r.Point.X)));
                    break;
                case "y":
                    columns.Add((model.YKey, r => R(r.Point.Y)));
                    foreach (var (key, value) in specification.Parameters)
                    {
                        columns.Add((key, _ => R(value)));
                    }

                    break;
                case var c when c == model.XKey || c == model.YKey:
                    break; // the axis column already holds it (sterile_mass_kev of a Shi–Fuller plane)
                default:
                    columns.Add((column, r => Cell(r, column)));
                    break;
            }
        }

        writer.WriteLine(string.Join(",", columns.Select(c => c.Header)));
        foreach (var r in results)
        {
            writer.WriteLine(string.Join(",", columns.Select(c => Escape(c.Cell(r)))));
        }
    }

    /// <summary>Writes <c>points.csv</c> into <paramref name="directory"/> (via a temporary file, then renamed).</summary>
    public static string WriteFile(string directory, ScanSpecification specification, IEnumerable<ScanPointResult> results)
    {
        string path = Path.Combine(directory, FileName);
        string temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary))
        {
            Write(writer, specification, results);
        }

        File.Move(temporary, path, overwrite: true);
        return path;
    }

    private static string Cell(ScanPointResult r, string column)
    {
        return column switch
        {
            "point_index" => I(r.Point.Index),
            "status" => r.Status == ScanPointStatus.Ok ? "ok" : "failed",
            "error" => r.Error ?? string.Empty,
            "regime" => r.Regime,
            "sterile_mass_kev" => R(r.SterileMassKeV),
            "omega_h2" => R(r.OmegaH2),
            "mean_q" => R(r.MeanQ),
            "lepton_asymmetry_l6" => R(r.LeptonAsymmetryL6),
            "peak_count" => I(r.PeaksQ.Count),
            "peaks_q" => string.Join(";", r.PeaksQ.Select(R)),
            "free_streaming_mpc" => R(r.FreeStreamingLengthMpc),
            "half_mode_k_hmpc" => R(r.HalfModeKHMpc),
            "lyman_alpha_delta_a" => R(r.LymanAlphaDeltaA),
            "subhalo_count" => R(r.SubhaloCount),
            "z6_density_mpc3" => R(r.HighRedshiftDensityMpc3),
            "x_ray_lifetime_s" => R(r.XRayLifetimeSeconds),
            "seconds" => R(r.Timings.TotalSeconds),
            "production_seconds" => R(r.Timings.ProductionSeconds),
            "boltzmann_seconds" => R(r.Timings.BoltzmannSeconds),
            "verdict_seconds" => R(r.Timings.VerdictSeconds),
            _ => VerdictCell(r, column),
        };
    }

    private static string VerdictCell(ScanPointResult r, string column)
    {
        string criterion = ScanCriteria.All.Single(c => ScanCriteria.Column(c) == column);
        return r.Verdicts.TryGetValue(criterion, out var verdict) ? ScanCriteria.Name(verdict) : string.Empty;
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string R(double value) => double.IsNaN(value) ? string.Empty : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Escape(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
