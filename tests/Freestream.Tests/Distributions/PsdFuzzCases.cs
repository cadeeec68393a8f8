using System.Globalization;
using System.Text;
using Freestream.Distributions;

namespace Freestream.Tests.Distributions;

/// <summary>
/// Deterministic generator of mutated momentum-distribution tables: ordinary spectra (Fermi–Dirac,
/// Bose–Einstein, a thermal relic, a two-peak and a small-amplitude spectrum, on log and linear grids)
/// taken apart in the ways real files go wrong — coarse 6–13-row and sparser subsets, rescaled f or q
/// (up to over- and underflow), zeros, negative, NaN and infinite values, swapped and repeated rows,
/// junk fields, comment lines, truncation and random characters.
/// </summary>
internal sealed class PsdFuzzCases(int seed)
{
    private static readonly (string Name, double[] Q, double[] F)[] Spectra = BuildSpectra();

    private readonly Random random = new(seed);

    /// <summary>Kind of the last case (for the report of a failing case).</summary>
    public string LastKind { get; private set; } = string.Empty;

    /// <summary>True when the last table started as a 6–13-row subset of its spectrum.</summary>
    public bool LastIsCoarse { get; private set; }

    /// <summary>
    /// ⟨q⟩ of the uncut spectrum (in the rescaled q) when the last table is an unmutated subset of a broad
    /// spectrum (every feature wider than a decade of q), else null. The two-peak spectrum's second peak is
    /// 0.16 e-folds wide: a subset can sample it with two or three rows that pass every check of
    /// <see cref="Freestream.Distributions.PsdTableCheck"/> yet miss its area by per cents; no check on the rows
    /// alone can tell such a table from a resolved one, so only its consistency is asserted.
    /// </summary>
    public double? LastReferenceMeanQ { get; private set; }

    /// <summary>The next table as file text.</summary>
    public string Next()
    {
        var (name, q0, f0) = Spectra[random.Next(Spectra.Length)];
        LastReferenceMeanQ = null;
        var rows = new List<(string Q, string F)>();
        int shape = random.Next(10);
        LastIsCoarse = shape < 5;
        var (q, f) = shape switch
        {
            < 5 => Subset(q0, f0, random.Next(6, 14)),
            < 7 => Subset(q0, f0, random.Next(14, 60)),
            _ => (q0, f0),
        };
        var kinds = new List<string> { $"{name}/{q.Length}" };
        double fScale = random.Next(4) == 0 ? Math.Pow(10, (random.NextDouble() * 640) - 320) : 1;
        double qScale = random.Next(6) == 0 ? Math.Pow(10, (random.NextDouble() * 400) - 200) : 1;
        if (fScale != 1)
        {
            kinds.Add(Invariant($"f×{fScale:G3}"));
        }

        if (qScale != 1)
        {
            kinds.Add(Invariant($"q×{qScale:G3}"));
        }

        for (int i = 0; i < q.Length; i++)
        {
            rows.Add((R(q[i] * qScale), R(f[i] * fScale)));
        }

        int mutations = random.Next(4);
        if (mutations == 0 && name != "two-peak")
        {
            LastReferenceMeanQ = new MomentumDistribution(q0, f0).MeanQ * qScale;
        }

        for (int m = 0; m < mutations && rows.Count > 0; m++)
        {
            kinds.Add(Mutate(rows));
        }

        var text = new StringBuilder();
        if (random.Next(5) == 0)
        {
            text.Append("# q = p/T_nu0, f per state\n");
        }

        foreach (var (a, b) in rows)
        {
            text.Append(a).Append(random.Next(8) == 0 ? "\t" : " ").Append(b).Append('\n');
        }

        string result = text.ToString();
        if (random.Next(25) == 0 && result.Length > 0)
        {
            result = result[..random.Next(result.Length)];
            LastReferenceMeanQ = null;
            kinds.Add("truncated");
        }

        if (random.Next(25) == 0 && result.Length > 0)
        {
            var chars = result.ToCharArray();
            chars[random.Next(chars.Length)] = (char)random.Next(0, 128);
            result = new string(chars);
            LastReferenceMeanQ = null;
            kinds.Add("random character");
        }

        LastKind = string.Join(", ", kinds);
        return result;
    }

    private string Mutate(List<(string Q, string F)> rows)
    {
        int i = random.Next(rows.Count);
        switch (random.Next(12))
        {
            case 0:
                rows[i] = (rows[i].Q, "0");
                return "f=0";
            case 1:
                rows[i] = (rows[i].Q, "-" + rows[i].F);
                return "f<0";
            case 2:
                rows[i] = (rows[i].Q, random.Next(2) == 0 ? "NaN" : "1e999");
                return "f not finite";
            case 3:
                int j = random.Next(rows.Count);
                (rows[i], rows[j]) = (rows[j], rows[i]);
                return "swapped rows";
            case 4:
                rows.Insert(i, rows[i]);
                return "repeated row";
            case 5:
                rows[i] = (rows[i].Q, rows[i].F + " 1");
                return "three fields";
            case 6:
                rows[i] = ("abc", rows[i].F);
                return "junk q";
            case 7:
                rows.RemoveAt(i);
                return "row removed";
            case 8:
                rows[i] = (R(Math.Pow(10, (random.NextDouble() * 6) - 3)), rows[i].F);
                return "q replaced";
            case 9:
                rows[i] = (rows[i].Q, R(Math.Pow(10, (random.NextDouble() * 40) - 20)));
                return "f spike";
            case 10:
                rows.Insert(i, ("#", "comment"));
                return "comment";
            default:
                rows[i] = (rows[i].Q, "5e-324");
                return "f subnormal";
        }
    }

    private (double[] Q, double[] F) Subset(double[] q, double[] f, int count)
    {
        var chosen = new SortedSet<int>();
        int lo = random.Next(2) == 0 ? 0 : random.Next(q.Length / 2);
        int hi = random.Next(2) == 0 ? q.Length : lo + random.Next(count, q.Length - lo + 1);
        count = Math.Min(count, hi - lo);
        while (chosen.Count < count)
        {
            chosen.Add(random.Next(lo, hi));
        }

        return ([.. chosen.Select(k => q[k])], [.. chosen.Select(k => f[k])]);
    }

    private static (string, double[], double[])[] BuildSpectra()
    {
        double[] Log(double min, double max, int n) =>
            [.. Enumerable.Range(0, n).Select(i => min * Math.Pow(max / min, (double)i / (n - 1)))];
        double[] Linear(double step, int n) => [.. Enumerable.Range(1, n).Select(i => step * i)];
        double Fd(double x) => 1 / (Math.Exp(x) + 1);
        var log = Log(1e-3, 40, 300);
        var linear = Linear(0.05, 400);
        return
        [
            ("fermi-dirac", log, [.. log.Select(Fd)]),
            ("fermi-dirac-linear", linear, [.. linear.Select(Fd)]),
            ("bose-einstein", log, [.. log.Select(x => 1 / (Math.Exp(x) - 1))]),
            ("thermal-relic", [.. log.Select(x => 0.15 * x)], [.. log.Select(Fd)]),
            ("two-peak", Log(1e-3, 100, 300), [.. Log(1e-3, 100, 300).Select(x => Fd(x) + (0.02 * Math.Exp(-Math.Pow(Math.Log(x / 20), 2) / 0.05)))]),
            ("small-amplitude", linear, [.. linear.Select(x => 1e-9 * Math.Sqrt(x) * Math.Exp(-x / 2))]),
        ];
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
