using Freestream.Scans;

namespace Freestream.Plotting;

/// <summary>The results of a scan laid out on its (log10 λ, log10 y) grid, with cell edges half-way between points.</summary>
internal sealed class MapGrid
{
    private readonly ScanPointResult?[,] cells;

    public MapGrid(ScanSpecification specification, IReadOnlyList<ScanPointResult> results)
    {
        ScalarMassGeV = specification.ScalarMassGeV;
        LogLambda = [.. specification.Lambda.Values.Select(Math.Log10)];
        LogYukawa = [.. specification.Yukawa.Values.Select(Math.Log10)];
        LogLambdaEdges = Edges(LogLambda);
        LogYukawaEdges = Edges(LogYukawa);
        cells = new ScanPointResult?[LogLambda.Length, LogYukawa.Length];
        LogMass = new double[LogLambda.Length, LogYukawa.Length];
        for (int i = 0; i < LogLambda.Length; i++)
        {
            for (int j = 0; j < LogYukawa.Length; j++)
            {
                LogMass[i, j] = double.NaN;
            }
        }

        Results = results;
        foreach (var r in results)
        {
            cells[r.Point.LambdaIndex, r.Point.YukawaIndex] = r;
            if (r.SterileMassKeV > 0 && double.IsFinite(r.SterileMassKeV))
            {
                LogMass[r.Point.LambdaIndex, r.Point.YukawaIndex] = Math.Log10(r.SterileMassKeV);
            }
        }

        CriterionCount = Math.Max(1, results.Select(r => r.Verdicts.Count).DefaultIfEmpty(0).Max());
    }

    public double ScalarMassGeV { get; }

    public double[] LogLambda { get; }

    public double[] LogYukawa { get; }

    public double[] LogLambdaEdges { get; }

    public double[] LogYukawaEdges { get; }

    /// <summary>log10 of m_N in keV at each grid point; NaN where failed or missing.</summary>
    public double[,] LogMass { get; }

    public IReadOnlyList<ScanPointResult> Results { get; }

    /// <summary>Largest number of criteria judged at one point.</summary>
    public int CriterionCount { get; }

    public IEnumerable<(double Left, double Right, double Bottom, double Top, ScanPointResult? Result)> Cells()
    {
        for (int i = 0; i < LogLambda.Length; i++)
        {
            for (int j = 0; j < LogYukawa.Length; j++)
            {
                yield return (LogLambdaEdges[i], LogLambdaEdges[i + 1], LogYukawaEdges[j], LogYukawaEdges[j + 1], cells[i, j]);
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
