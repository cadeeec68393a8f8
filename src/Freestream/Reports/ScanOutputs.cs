using Freestream.Plotting;
using Freestream.Scans;

namespace Freestream.Reports;

/// <summary>
/// Everything a scan folder shows besides its store: <c>points.csv</c>, the maps of the plane
/// (<c>map-*.png/svg</c>), spectra and T²(k) of selected points (<c>spectra.*</c>, <c>transfer.*</c>)
/// and the self-contained <c>report.html</c>.
/// </summary>
public static class ScanOutputs
{
    /// <summary>Writes the exports of the store into <paramref name="directory"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Write(ScanStore store, string directory)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var specification = store.Specification;
        var results = store.ReadAll(withTables: true);
        var references = store.ReadReferences();
        // The table, the maps and the point figures write different files from the same results: they run side by
        // side. The report embeds the maps' SVG files, so it is written after them.
        string csv = string.Empty;
        IReadOnlyList<string> maps = [], figures = [];
        Parallel.Invoke(
            () => csv = ScanCsv.WriteFile(directory, specification, results),
            () => maps = ScanMaps.Write(specification, results, directory),
            () => figures = ScanPointFigures.Write(specification, ScanPointFigures.Select(results), references, directory));
        string report = ScanReport.Write(specification, results, references, directory);
        return [csv, .. maps, .. figures, report];
    }
}
