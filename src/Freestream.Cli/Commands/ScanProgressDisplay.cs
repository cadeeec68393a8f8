using System.Diagnostics;

namespace Freestream.Cli.Commands;

/// <summary>
/// Scan progress on stderr: on a terminal a bar redrawn in place (points done, rate, ETA); otherwise
/// (CI, Slurm logs, pipes) a plain line at most every 30 s and at the end. Silent with --json.
/// </summary>
internal sealed class ScanProgressDisplay(TextWriter writer, bool terminal, bool quiet) : IProgress<ScanProgress>
{
    private const int BarWidth = 30;
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(200);

    private readonly Lock gate = new();
    private readonly Stopwatch sinceLast = Stopwatch.StartNew();
    private ScanProgress? last;
    private bool drawn;

    public void Report(ScanProgress value)
    {
        if (quiet)
        {
            return;
        }

        lock (gate)
        {
            if (last is not null && value.Done < last.Done)
            {
                return;
            }

            last = value;
            bool final = value.Done == value.Total;
            if (!final && sinceLast.Elapsed < (terminal ? RedrawInterval : LineInterval))
            {
                return;
            }

            sinceLast.Restart();
            if (terminal)
            {
                writer.Write("\r" + Bar(value) + " " + Text(value) + "   ");
                drawn = true;
            }
            else
            {
                writer.WriteLine("scan: " + Text(value));
            }
        }
    }

    /// <summary>Ends the bar's line.</summary>
    public void Finish()
    {
        lock (gate)
        {
            if (drawn)
            {
                writer.WriteLine();
            }
        }
    }

    internal static string Text(ScanProgress p)
    {
        string eta = p.EstimatedRemaining is { } remaining ? remaining.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "--:--:--";
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.Done}/{p.Total} points ({p.Failed} failed, {p.Skipped} resumed), {p.PointsPerMinute:F1} points/min, ETA {eta}");
    }

    private static string Bar(ScanProgress p)
    {
        int filled = p.Total == 0 ? BarWidth : (int)((long)BarWidth * p.Done / p.Total);
        return "[" + new string('#', filled) + new string('-', BarWidth - filled) + "]";
    }
}
