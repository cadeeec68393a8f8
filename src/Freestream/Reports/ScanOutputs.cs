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
        // The four writers read the same results and write different files: they run side by side (a 625-point
        // plane's exports took 10 s on one core of two, a thirtieth of the plane).
        string csv = string.Empty, report = string.Empty;
        IReadOnlyList<string> maps = [], figures = [];
        Parallel.Invoke(
            () => csv = ScanCsv.WriteFile(directory, specification, results),
            () => maps = ScanMaps.Write(specification, results, directory),
            () => figures = ScanPointFigures.Write(specification, ScanPointFigures.Select(results), references, directory),
            () => report = ScanReport.Write(specification, results, references, directory));
        return [csv, .. maps, .. figures, report];
    }
}
