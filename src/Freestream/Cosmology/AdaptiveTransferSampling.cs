using MathNet.Numerics.Interpolation;

namespace Freestream.Cosmology;

/// <summary>
/// Chooses the k modes of a model run adaptively: the signed transfer function T(k) = δ_model/δ_CDM is solved on
/// a pilot grid and refined by bisection: an interval is done when solving its midpoint changes the natural cubic
/// spline of T in ln k through the solved modes by at most <see cref="BoltzmannSettings.TransferInterpolationTolerance"/>
/// in T² at every candidate inside it (docs/performance.md). Where T² ≈ 1 (large scales, the baryon-acoustic window) a few modes per decade suffice;
/// the refinement concentrates the modes where T falls.
/// </summary>
/// <remarks>
/// T rather than T² is interpolated because it is smooth through a sign change (the small-scale tail of a
/// non-cold model oscillates); its sign is taken from δ_model, that of the CDM contrast being the same at every k.
/// The change measures the error of the coarser spline; the final spline is finer, so its error is smaller
/// wherever the pilot grid resolves the shape of T (a feature narrower than the pilot spacing that leaves the
/// spline unchanged could go unseen: the pilot density is a setting). Comparing the whole interval, not only the
/// midpoint, catches a midpoint that happens to fall on the old spline.
/// The pilot grid is solved from low to high k in batches; once the two highest pilot modes solved both have
/// T² below the negligible level, no higher mode is solved and T is held at the larger |T| of the two up to the
/// last candidate, an over-estimate of a tail whose envelope only falls further (free streaming suppresses more
/// at higher k; a cold fraction keeps a constant plateau), so the error there is below that level (docs/performance.md).
/// </remarks>
internal static class AdaptiveTransferSampling
{
    /// <summary>
    /// Solves the modes needed and returns the signed T at every candidate (solved or interpolated).
    /// </summary>
    /// <param name="lnK">ln k of the candidate modes, strictly increasing.</param>
    /// <param name="solve">
    /// Signed T at the given candidate indices (one Boltzmann run per index), reporting each finished run to the
    /// progress it is given (may be null).
    /// </param>
    /// <param name="pilotPerDecade">Density of the pilot grid (modes per decade).</param>
    /// <param name="tolerance">Largest change of T² inside an interval accepted when its midpoint is solved.</param>
    /// <param name="negligibleTransferSquared">T² below which the tail is not solved further (0: every pilot mode is solved).</param>
    /// <param name="pilotBatch">Pilot modes solved per batch (the solver runs a batch in parallel).</param>
    /// <param name="isSolved">Whether each candidate was solved (otherwise interpolated).</param>
    /// <param name="progress">
    /// Receives the number of candidates decided so far (solved, or inside an interval that needs no more modes),
    /// rising to <paramref name="lnK"/>.Length.
    /// </param>
    public static double[] Transfer(double[] lnK, Func<int[], IProgress<int>?, double[]> solve, int pilotPerDecade, double tolerance, double negligibleTransferSquared, int pilotBatch, out bool[] isSolved, IProgress<int>? progress = null)
    {
        int n = lnK.Length;
        var solved = new double[n];
        isSolved = new bool[n];
        var pilot = SolvePilot(lnK, solve, PilotIndices(lnK, Math.Log(10) / pilotPerDecade), negligibleTransferSquared, Math.Max(pilotBatch, 2), solved, isSolved, progress);
        int last = pilot[^1];

        var open = new List<(int Lo, int Hi)>();
        for (int j = 0; j + 1 < pilot.Length; j++)
        {
            AddIfInterior(open, pilot[j], pilot[j + 1]);
        }

        var spline = Spline(lnK, solved, isSolved);
        while (open.Count > 0)
        {
            var midpoints = open.Select(iv => Midpoint(lnK, iv.Lo, iv.Hi)).ToArray();
            int decided = n - Undecided(open, isSolved);
            Store(midpoints, solve(midpoints, progress is null ? null : new OffsetProgress(progress, decided)), solved, isSolved);
            var refined = Spline(lnK, solved, isSolved);
            var next = new List<(int Lo, int Hi)>();
            for (int j = 0; j < midpoints.Length; j++)
            {
                if (LargestChange(lnK, spline, refined, open[j].Lo, open[j].Hi) > tolerance)
                {
                    AddIfInterior(next, open[j].Lo, midpoints[j]);
                    AddIfInterior(next, midpoints[j], open[j].Hi);
                }
            }

            spline = refined;
            open = next;
            progress?.Report(n - Undecided(open, isSolved));
        }

        var result = new double[n];
        double held = pilot.Length > 1 && Math.Abs(solved[pilot[^2]]) > Math.Abs(solved[last]) ? Math.CopySign(solved[pilot[^2]], solved[last]) : solved[last];
        for (int i = 0; i < n; i++)
        {
            result[i] = isSolved[i] ? solved[i] : i > last ? held : spline.Interpolate(lnK[i]);
        }

        progress?.Report(n);
        return result;
    }

    /// <summary>
    /// Solves the pilot modes in ascending batches until the two highest solved have T² &lt;
    /// <paramref name="negligibleTransferSquared"/>; returns the pilot modes solved.
    /// </summary>
    private static int[] SolvePilot(double[] lnK, Func<int[], IProgress<int>?, double[]> solve, int[] pilot, double negligibleTransferSquared, int batch, double[] solved, bool[] isSolved, IProgress<int>? progress)
    {
        int count = 0;
        while (count < pilot.Length)
        {
            var next = pilot.Skip(count).Take(batch).ToArray();
            Store(next, solve(next, progress is null ? null : new OffsetProgress(progress, count)), solved, isSolved);
            count += next.Length;
            if (count >= 2 && IsNegligible(solved[pilot[count - 1]]) && IsNegligible(solved[pilot[count - 2]]))
            {
                break;
            }
        }

        bool IsNegligible(double t) => t * t < negligibleTransferSquared;
        return pilot[..count];
    }

    /// <summary>Candidate indices spaced by at least <paramref name="spacing"/> in ln k, first and last included.</summary>
    internal static int[] PilotIndices(double[] lnK, double spacing)
    {
        var pilot = new List<int> { 0 };
        for (int i = 1; i < lnK.Length - 1; i++)
        {
            if (lnK[i] - lnK[pilot[^1]] >= spacing * (1 - 1e-9) && lnK[^1] - lnK[i] >= 0.5 * spacing)
            {
                pilot.Add(i);
            }
        }

        if (lnK.Length > 1)
        {
            pilot.Add(lnK.Length - 1);
        }

        return pilot.ToArray();
    }

    /// <summary>Unsolved candidates inside intervals still open.</summary>
    private static int Undecided(List<(int Lo, int Hi)> open, bool[] isSolved) =>
        open.Sum(iv => Enumerable.Range(iv.Lo + 1, iv.Hi - iv.Lo - 1).Count(i => !isSolved[i]));

    /// <summary>Largest |T²| change between two splines over the candidates inside (lo, hi).</summary>
    private static double LargestChange(double[] lnK, CubicSpline before, CubicSpline after, int lo, int hi)
    {
        double largest = 0;
        for (int i = lo + 1; i < hi; i++)
        {
            double t0 = before.Interpolate(lnK[i]), t1 = after.Interpolate(lnK[i]);
            largest = Math.Max(largest, Math.Abs(t1 * t1 - t0 * t0));
        }

        return largest;
    }

    private static void AddIfInterior(List<(int Lo, int Hi)> intervals, int lo, int hi)
    {
        if (hi - lo >= 2)
        {
            intervals.Add((lo, hi));
        }
    }

    private static int Midpoint(double[] lnK, int lo, int hi)
    {
        double mid = 0.5 * (lnK[lo] + lnK[hi]);
        int best = lo + 1;
        for (int i = lo + 2; i < hi; i++)
        {
            if (Math.Abs(lnK[i] - mid) < Math.Abs(lnK[best] - mid))
            {
                best = i;
            }
        }

        return best;
    }

    private static void Store(int[] indices, double[] values, double[] solved, bool[] isSolved)
    {
        for (int j = 0; j < indices.Length; j++)
        {
            solved[indices[j]] = values[j];
            isSolved[indices[j]] = true;
        }
    }

    private static CubicSpline Spline(double[] lnK, double[] solved, bool[] isSolved)
    {
        var x = new List<double>();
        var y = new List<double>();
        for (int i = 0; i < lnK.Length; i++)
        {
            if (isSolved[i])
            {
                x.Add(lnK[i]);
                y.Add(solved[i]);
            }
        }

        return CubicSpline.InterpolateNaturalSorted(x.ToArray(), y.ToArray());
    }

    /// <summary>Forwards a count of finished runs shifted by the candidates already decided (synchronously, like the solver).</summary>
    private sealed class OffsetProgress(IProgress<int> inner, int offset) : IProgress<int>
    {
        public void Report(int value) => inner.Report(offset + value);
    }
}
