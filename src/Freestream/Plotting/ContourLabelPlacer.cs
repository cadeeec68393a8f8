using ScottPlot;

namespace Freestream.Plotting;

/// <summary>
/// Finishing of traced iso-lines for a map: lines that leave the grid of cell centres are carried on to
/// the plane's outer cell edges, and each line gets a label position on itself chosen as far as possible
/// from every other level's lines and from labels already placed (distances in fractions of the axis
/// spans, so a label never sits on a neighbouring line when there is room for it).
/// </summary>
internal sealed class ContourLabelPlacer
{
    /// <summary>Fraction of the axis spans a label must keep from the frame.</summary>
    private const double FrameMargin = 0.06;

    private readonly Box frame;
    private readonly IReadOnlyList<IReadOnlyList<(double X, double Y)[]>> linesByLevel;
    private readonly List<(double X, double Y)> placed = [];

    /// <summary>The plot frame (log10 axis values of the outer cell edges).</summary>
    public readonly record struct Box(double Left, double Right, double Bottom, double Top);

    public ContourLabelPlacer(Box frame, IReadOnlyList<IReadOnlyList<(double X, double Y)[]>> linesByLevel)
    {
        this.frame = frame;
        this.linesByLevel = linesByLevel;
    }

    /// <summary>
    /// A polyline traced on the cell centres whose ends lie on the outermost centres, extended along its end
    /// segments to the frame (half a cell further), so lines reach the plane's edges.
    /// </summary>
    public static (double X, double Y)[] ExtendToEdges((double X, double Y)[] line, IReadOnlyList<double> x, IReadOnlyList<double> y, Box frame)
    {
        if (line.Length < 2)
        {
            return line;
        }

        var result = line.ToList();
        if (OnBoundary(line[0], x, y) && Extended(line[1], line[0], frame) is { } start)
        {
            result.Insert(0, start);
        }

        if (OnBoundary(line[^1], x, y) && Extended(line[^2], line[^1], frame) is { } end)
        {
            result.Add(end);
        }

        return [.. result];
    }

    /// <summary>Position of the label of one line of level <paramref name="level"/>; remembered for later labels.</summary>
    public (double X, double Y) Place(int level, (double X, double Y)[] line)
    {
        double spanX = frame.Right - frame.Left, spanY = frame.Top - frame.Bottom;
        (double X, double Y) best = line[line.Length / 2];
        double bestScore = double.NegativeInfinity;
        const int candidates = 40;
        int index = 0;
        foreach (var p in Resampled(line, candidates))
        {
            index++;
            double u = (p.X - frame.Left) / spanX, v = (p.Y - frame.Bottom) / spanY;
            double inside = Math.Min(Math.Min(u, 1 - u), Math.Min(v, 1 - v)) - FrameMargin;
            double fromLines = double.PositiveInfinity, fromLabels = double.PositiveInfinity;
            for (int other = 0; other < linesByLevel.Count; other++)
            {
                if (other == level)
                {
                    continue;
                }

                foreach (var l in linesByLevel[other])
                {
                    fromLines = Math.Min(fromLines, Distance(p, l, spanX, spanY));
                }
            }

            foreach (var q in placed)
            {
                // Labels are wider than tall: count horizontal separation at half weight.
                fromLabels = Math.Min(fromLabels, Math.Sqrt(Math.Pow((p.X - q.X) / spanX / 2, 2) + Math.Pow((p.Y - q.Y) / spanY, 2)));
            }

            // Clearance from lines and from labels both count (closely spaced parallel lines have the same clearance
            // everywhere, so there the labels spread along their lines); beyond a fifth of the plane a spot is clear,
            // and among clear spots the middle of the line wins. Spots inside the frame margin lose to any inside it.
            double score = inside < 0
                ? inside * 10 - 1
                : Math.Min(fromLines, 0.2) + Math.Min(fromLabels, 0.2) - 1e-3 * Math.Abs(index - candidates / 2);
            if (score > bestScore)
            {
                bestScore = score;
                best = p;
            }
        }

        placed.Add(best);
        return best;
    }

    /// <summary>
    /// How a label at <paramref name="position"/> is anchored: centred on its line, except within the frame margin of the
    /// left or right edge (a line hugging the edge, where no spot on it is clear), where it extends into the plot from
    /// its line instead of past the frame, which would clip it.
    /// </summary>
    public Alignment AlignmentAt((double X, double Y) position)
    {
        double u = (position.X - frame.Left) / (frame.Right - frame.Left);
        return u < FrameMargin ? Alignment.MiddleLeft : u > 1 - FrameMargin ? Alignment.MiddleRight : Alignment.MiddleCenter;
    }

    private static bool OnBoundary((double X, double Y) p, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double ex = 1e-9 * Math.Max(1, x[^1] - x[0]), ey = 1e-9 * Math.Max(1, y[^1] - y[0]);
        return Math.Abs(p.X - x[0]) < ex || Math.Abs(p.X - x[^1]) < ex || Math.Abs(p.Y - y[0]) < ey || Math.Abs(p.Y - y[^1]) < ey;
    }

    /// <summary>Where the ray from <paramref name="from"/> through <paramref name="end"/> meets the frame, or null.</summary>
    private static (double X, double Y)? Extended((double X, double Y) from, (double X, double Y) end, Box frame)
    {
        double dx = end.X - from.X, dy = end.Y - from.Y;
        double t = double.PositiveInfinity;
        if (dx > 0)
        {
            t = Math.Min(t, (frame.Right - end.X) / dx);
        }
        else if (dx < 0)
        {
            t = Math.Min(t, (frame.Left - end.X) / dx);
        }

        if (dy > 0)
        {
            t = Math.Min(t, (frame.Top - end.Y) / dy);
        }
        else if (dy < 0)
        {
            t = Math.Min(t, (frame.Bottom - end.Y) / dy);
        }

        return double.IsFinite(t) && t > 0 ? (end.X + t * dx, end.Y + t * dy) : null;
    }

    /// <summary>Points spread evenly along the polyline (by arc length), ends excluded.</summary>
    private static IEnumerable<(double X, double Y)> Resampled((double X, double Y)[] line, int count)
    {
        var lengths = new double[line.Length];
        for (int i = 1; i < line.Length; i++)
        {
            lengths[i] = lengths[i - 1] + Math.Sqrt(Math.Pow(line[i].X - line[i - 1].X, 2) + Math.Pow(line[i].Y - line[i - 1].Y, 2));
        }

        int segment = 1;
        for (int k = 1; k < count; k++)
        {
            double s = lengths[^1] * k / count;
            while (segment < line.Length - 1 && lengths[segment] < s)
            {
                segment++;
            }

            double piece = lengths[segment] - lengths[segment - 1];
            double f = piece > 0 ? (s - lengths[segment - 1]) / piece : 0;
            yield return (line[segment - 1].X + f * (line[segment].X - line[segment - 1].X), line[segment - 1].Y + f * (line[segment].Y - line[segment - 1].Y));
        }
    }

    /// <summary>Distance from a point to a polyline, in fractions of the axis spans.</summary>
    private static double Distance((double X, double Y) p, (double X, double Y)[] line, double spanX, double spanY)
    {
        double best = double.PositiveInfinity;
        for (int i = 1; i < line.Length; i++)
        {
            double ax = (line[i - 1].X - p.X) / spanX, ay = (line[i - 1].Y - p.Y) / spanY;
            double bx = (line[i].X - p.X) / spanX, by = (line[i].Y - p.Y) / spanY;
            double dx = bx - ax, dy = by - ay;
            double length2 = dx * dx + dy * dy;
            double t = length2 > 0 ? Math.Clamp(-(ax * dx + ay * dy) / length2, 0, 1) : 0;
            double cx = ax + t * dx, cy = ay + t * dy;
            best = Math.Min(best, Math.Sqrt(cx * cx + cy * cy));
        }

        return best;
    }
}
