namespace Freestream.Plotting;

/// <summary>
/// Iso-lines of a function sampled on a rectangular grid, by marching squares with linear
/// interpolation along cell edges (Lorensen &amp; Cline 1987, in two dimensions); saddle cells are
/// resolved with the mean of their four corners. Cells with a NaN corner are skipped, so a line
/// stops at missing data.
/// </summary>
public static class ContourTracer
{
    /// <summary>The polylines where z = <paramref name="level"/>.</summary>
    /// <param name="x">Grid abscissae, strictly increasing (length nx ≥ 2).</param>
    /// <param name="y">Grid ordinates, strictly increasing (length ny ≥ 2).</param>
    /// <param name="z">Values z[i, j] at (x[i], y[j]); NaN for missing.</param>
    /// <param name="level">The level.</param>
    /// <returns>Each polyline as a list of (x, y) vertices, in no particular order.</returns>
    public static IReadOnlyList<(double X, double Y)[]> Trace(IReadOnlyList<double> x, IReadOnlyList<double> y, double[,] z, double level)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(z);
        if (z.GetLength(0) != x.Count || z.GetLength(1) != y.Count)
        {
            throw new ArgumentException($"z is {z.GetLength(0)}×{z.GetLength(1)} but the grid is {x.Count}×{y.Count}", nameof(z));
        }

        var segments = new List<(long A, long B)>();
        var vertices = new Dictionary<long, (double X, double Y)>();
        for (int i = 0; i + 1 < x.Count; i++)
        {
            for (int j = 0; j + 1 < y.Count; j++)
            {
                AddCellSegments(x, y, z, level, i, j, segments, vertices);
            }
        }

        return Join(segments, vertices);
    }

    /// <summary>
    /// Edge identifiers: horizontal edge from (i, j) to (i+1, j) is 2·(i·ny + j); vertical edge from
    /// (i, j) to (i, j+1) is 2·(i·ny + j) + 1. Neighbouring cells share them, which joins segments exactly.
    /// </summary>
    private static void AddCellSegments(IReadOnlyList<double> x, IReadOnlyList<double> y, double[,] z, double level, int i, int j, List<(long, long)> segments, Dictionary<long, (double, double)> vertices)
    {
        double z00 = z[i, j], z10 = z[i + 1, j], z11 = z[i + 1, j + 1], z01 = z[i, j + 1];
        if (double.IsNaN(z00) || double.IsNaN(z10) || double.IsNaN(z11) || double.IsNaN(z01))
        {
            return;
        }

        int ny = y.Count;
        long bottom = 2L * ((long)i * ny + j);
        long top = 2L * ((long)i * ny + j + 1);
        long left = 2L * ((long)i * ny + j) + 1;
        long right = 2L * ((long)(i + 1) * ny + j) + 1;

        int mask = (z00 >= level ? 1 : 0) | (z10 >= level ? 2 : 0) | (z11 >= level ? 4 : 0) | (z01 >= level ? 8 : 0);
        if (mask is 0 or 15)
        {
            return;
        }

        (double, double) Point(long edge) => edge switch
        {
            _ when edge == bottom => (Interpolate(x[i], x[i + 1], z00, z10, level), y[j]),
            _ when edge == top => (Interpolate(x[i], x[i + 1], z01, z11, level), y[j + 1]),
            _ when edge == left => (x[i], Interpolate(y[j], y[j + 1], z00, z01, level)),
            _ => (x[i + 1], Interpolate(y[j], y[j + 1], z10, z11, level)),
        };

        void Add(long a, long b)
        {
            vertices[a] = Point(a);
            vertices[b] = Point(b);
            segments.Add((a, b));
        }

        bool centreAbove = (z00 + z10 + z11 + z01) / 4 >= level;
        switch (mask)
        {
            case 1 or 14: Add(left, bottom); break;
            case 2 or 13: Add(bottom, right); break;
            case 3 or 12: Add(left, right); break;
            case 4 or 11: Add(right, top); break;
            case 6 or 9: Add(bottom, top); break;
            case 7 or 8: Add(left, top); break;
            default: // 5 or 10, a saddle: the centre value decides which corners the level separates
                if (centreAbove == (mask == 5))
                {
                    Add(left, top);
                    Add(bottom, right);
                }
                else
                {
                    Add(left, bottom);
                    Add(right, top);
                }

                break;
        }
    }

    private static double Interpolate(double a, double b, double za, double zb, double level) =>
        za == zb ? (a + b) / 2 : a + (level - za) / (zb - za) * (b - a);

    private static List<(double X, double Y)[]> Join(List<(long A, long B)> segments, Dictionary<long, (double X, double Y)> vertices)
    {
        var byEdge = new Dictionary<long, List<int>>();
        for (int s = 0; s < segments.Count; s++)
        {
            foreach (long edge in new[] { segments[s].A, segments[s].B })
            {
                if (!byEdge.TryGetValue(edge, out var list))
                {
                    byEdge[edge] = list = [];
                }

                list.Add(s);
            }
        }

        var used = new bool[segments.Count];
        var lines = new List<(double X, double Y)[]>();
        // Start at open ends first so open lines are walked whole; closed loops afterwards.
        var starts = Enumerable.Range(0, segments.Count)
            .OrderBy(s => byEdge[segments[s].A].Count == 1 || byEdge[segments[s].B].Count == 1 ? 0 : 1);
        foreach (int start in starts)
        {
            if (used[start])
            {
                continue;
            }

            used[start] = true;
            var (a, b) = segments[start];
            if (byEdge[b].Count == 1)
            {
                (a, b) = (b, a);
            }

            var chain = new List<long> { a, b };
            long end = b;
            while (byEdge[end].FirstOrDefault(s => !used[s], -1) is int next and >= 0)
            {
                used[next] = true;
                end = segments[next].A == end ? segments[next].B : segments[next].A;
                chain.Add(end);
            }

            lines.Add([.. chain.Select(e => vertices[e])]);
        }

        return lines;
    }
}
