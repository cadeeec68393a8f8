using Freestream.Scans;

namespace Freestream.Reports;

/// <summary>
/// The results of a scan laid out on its (log10 x, log10 y) grid, with cell edges half-way between
/// points, and the log10 of the model's contour quantity (m_N or L₆) at each point.
/// </summary>
internal sealed class MapGrid
{
    private readonly ScanPointResult?[,] cells;

    public MapGrid(ScanSpecification specification, IReadOnlyList<ScanPointResult> results)
    {
        Specification = specification;
        LogX = [.. specification.X.Values.Select(Math.Log10)];
        LogY = [.. specification.Y.Values.Select(Math.Log10)];
        LogXEdges = Edges(LogX);
        LogYEdges = Edges(LogY);
        cells = new ScanPointResult?[LogX.Length, LogY.Length];
        LogContour = new double[LogX.Length, LogY.Length];
        for (int i = 0; i < LogX.Length; i++)
        {
            for (int j = 0; j < LogY.Length; j++)
            {
                LogContour[i, j] = double.NaN;
            }
        }

        Results = results;
        foreach (var r in results)
        {
            cells[r.Point.XIndex, r.Point.YIndex] = r;
            double value = ContourValue(r);
            if (value > 0 && double.IsFinite(value))
            {
                LogContour[r.Point.XIndex, r.Point.YIndex] = Math.Log10(value);
            }
        }

        CriterionCount = Math.Max(1, results.Select(r => r.Verdicts.Count).DefaultIfEmpty(0).Max());
    }

    public ScanSpecification Specification { get; }

    public double[] LogX { get; }

    public double[] LogY { get; }

    public double[] LogXEdges { get; }

    public double[] LogYEdges { get; }

    /// <summary>log10 of the contour quantity (m_N in keV, or L₆) at each grid point; NaN where failed or missing.</summary>
    public double[,] LogContour { get; }

    public IReadOnlyList<ScanPointResult> Results { get; }

    /// <summary>Largest number of criteria judged at one point.</summary>
    public int CriterionCount { get; }

    /// <summary>The contour quantity of a point: m_N in keV or L₆.</summary>
    public double ContourValue(ScanPointResult result) => Specification.Description.Contour switch
    {
        ScanContourQuantity.LeptonAsymmetryL6 => result.LeptonAsymmetryL6,
        _ => result.SterileMassKeV,
    };

    public IEnumerable<(double Left, double Right, double Bottom, double Top, ScanPointResult? Result)> Cells()
    {
        for (int i = 0; i < LogX.Length; i++)
        {
            for (int j = 0; j < LogY.Length; j++)
            {
                yield return (LogXEdges[i], LogXEdges[i + 1], LogYEdges[j], LogYEdges[j + 1], cells[i, j]);
            }
        }
    }

    private static double[] Edges(double[] centres)
    {
        var edges = new double[centres.Length + 1];
        if (centres.Length == 1)
        {
            edges[0] = centres[0] - 0.5;
            edges[1] = centres[0] + 0.5;
            return edges;
        }

        edges[0] = centres[0] - (centres[1] - centres[0]) / 2;
        edges[^1] = centres[^1] + (centres[^1] - centres[^2]) / 2;
        for (int k = 1; k < centres.Length; k++)
        {
            edges[k] = (centres[k - 1] + centres[k]) / 2;
        }

        return edges;
    }
}
