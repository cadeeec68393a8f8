using System.Globalization;

namespace Freestream.Distributions;

/// <summary>
/// The checks a momentum-distribution table read from a file must pass before anything is computed
/// from it (run by <see cref="PsdFile"/> after parsing, whatever the file format): f &gt; 0 on every row
/// inside the distribution, enough rows per decade of q where the distribution is non-negligible, and
/// moments that are finite and consistent (∫q²f dq &gt; 0, ⟨q⟩ inside the table, ⟨q²⟩ ≥ ⟨q⟩²,
/// Ω h² &gt; 0 for a keV mass).
/// </summary>
/// <remarks>
/// "Non-negligible" means q³f ≥ <see cref="NegligibleFraction"/> × max q³f: q³f is the integrand of the
/// number density in ln q (n ∝ ∫q² f dq = ∫q³ f d ln q), so rows below that level carry less than
/// about 10⁻³ of n per e-fold; the body of the table runs from the first to the last such row and
/// needs at least <see cref="MinimumBodyPoints"/> rows. Neighbouring q may differ by more than a factor
/// 10^{1/<see cref="MinimumPointsPerDecade"/>} = 1.468 only where ln(q_{i+1}/q_i) × (larger q³f of the two
/// rows) ≤ <see cref="GapWeightFraction"/> × max q³f, i.e. where the gap can hide no more than about 1 %
/// of the peak's weight: the small-q start of a linear table (q = 0.1, 0.2, … has ratio 2 at its first
/// row, where q³f is 0.3 % of its maximum) passes, a gap across the peak does not, whether it lies inside
/// the body or cuts it short. The bounds come from 30 000 random 6–60-row subsets of Fermi–Dirac tables
/// (log grid 10⁻³–40 and linear grid 0.05–20) that cover the spectrum: those passing give ⟨q⟩ to 0.6 %
/// and ⟨q²⟩ to 1.1 % with the moment quadrature of <see cref="MomentumDistribution"/> (allowing 5 rows per
/// decade instead: 1.5 % and 2.3 %); evenly spaced tables do far better (linear step 0.1: 7e-5). Coarser
/// tables are refused rather than given moments off by per cents.
/// </remarks>
public static class PsdTableCheck
{
    /// <summary>Fraction of max q³f below which a row counts as outside the distribution's body.</summary>
    public const double NegligibleFraction = 1e-3;

    /// <summary>Smallest number of rows per decade of q required inside the body.</summary>
    public const int MinimumPointsPerDecade = 6;

    /// <summary>
    /// An interval wider than 10^{1/<see cref="MinimumPointsPerDecade"/>} is accepted only if ln(q_{i+1}/q_i)
    /// times the larger q³f of its ends is at most this fraction of max q³f (it can hide at most about that
    /// much of the distribution).
    /// </summary>
    public const double GapWeightFraction = 1e-2;

    /// <summary>Smallest number of rows inside the body.</summary>
    public const int MinimumBodyPoints = 6;

    /// <summary>Largest f and q⁵f (the integrand of ∫q⁴f dq in ln q) accepted: the moments then stay finite.</summary>
    private const double MaximumMagnitude = 1e300;

    /// <summary>The mass (keV) at which Ω h² must come out finite and &gt; 0 (Ω h² ∝ m).</summary>
    private const double ReferenceMassKeV = 1;

    /// <summary>
    /// The distribution of a table read from <paramref name="source"/>, after every check: the rows
    /// first (so that a bad row is named before any moment is computed), then the moments.
    /// </summary>
    /// <param name="q">q of each row: finite, &gt; 0, strictly increasing (checked line by line by the reader).</param>
    /// <param name="f">f of each row: finite and ≥ 0.</param>
    /// <param name="degeneracy">Number of internal states g.</param>
    /// <param name="source">File name used in the messages.</param>
    /// <param name="lineNumbers">Line of the file of each row, to name rows in messages.</param>
    /// <exception cref="InvalidDataException">A check failed; the message names the file, the quantity and the lines.</exception>
    public static MomentumDistribution ToDistribution(IReadOnlyList<double> q, IReadOnlyList<double> f, double degeneracy, string source, IReadOnlyList<int> lineNumbers)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(lineNumbers);
        if (f.Count != q.Count || lineNumbers.Count != q.Count)
        {
            throw new ArgumentException(Invariant($"{q.Count} q, {f.Count} f and {lineNumbers.Count} line numbers: one of each per row"), nameof(lineNumbers));
        }

        if (q.Count < MomentumDistribution.MinimumPoints)
        {
            throw new InvalidDataException(Invariant($"{source}: {q.Count} data points, at least {MomentumDistribution.MinimumPoints} are needed"));
        }

        var (first, last) = Body(q, f, source, lineNumbers);
        CheckBody(q, f, first, last, source, lineNumbers);
        MomentumDistribution distribution;
        try
        {
            distribution = new MomentumDistribution(q, f, degeneracy);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"{source}: {ex.Message}", ex);
        }

        CheckMoments(distribution, first, last, source, lineNumbers);
        return distribution;
    }

    /// <summary>First and last row with q³f ≥ <see cref="NegligibleFraction"/> × max q³f.</summary>
    private static (int First, int Last) Body(IReadOnlyList<double> q, IReadOnlyList<double> f, string source, IReadOnlyList<int> lines)
    {
        var weight = new double[q.Count];
        int peak = 0;
        for (int i = 0; i < q.Count; i++)
        {
            weight[i] = q[i] * q[i] * q[i] * f[i];
            if (!(f[i] <= MaximumMagnitude && weight[i] * q[i] * q[i] <= MaximumMagnitude))
            {
                throw new InvalidDataException(Invariant($"{source}, line {lines[i]}: f = {f[i]:G6} at q = {q[i]:G6} overflows ∫q⁴f dq (f and q⁵f must stay below {MaximumMagnitude:G1}); the table's numbers are out of range"));
            }

            if (weight[i] > weight[peak])
            {
                peak = i;
            }
        }

        if (!(weight[peak] > 0))
        {
            throw new InvalidDataException($"{source}: f = 0 on every row (lines {lines[0]}–{lines[^1]}): the distribution is not normalisable");
        }

        double threshold = NegligibleFraction * weight[peak];
        int first = Array.FindIndex(weight, w => w >= threshold);
        int last = Array.FindLastIndex(weight, w => w >= threshold);
        return (first, last);
    }

    private static void CheckBody(IReadOnlyList<double> q, IReadOnlyList<double> f, int first, int last, string source, IReadOnlyList<int> lines)
    {
        for (int i = first; i <= last; i++)
        {
            if (!(f[i] > 0))
            {
                throw new InvalidDataException(Invariant(
                    $"{source}, line {lines[i]}: f = 0 inside the distribution (lines {lines[first]}–{lines[last]} carry q³f ≥ {NegligibleFraction:G1} of its maximum); f must be > 0 there"));
            }
        }

        double maximumRatio = Math.Pow(10, 1.0 / MinimumPointsPerDecade);
        double peak = Enumerable.Range(0, q.Count).Max(i => q[i] * q[i] * q[i] * f[i]);
        for (int i = 0; i < q.Count - 1; i++)
        {
            double ratio = q[i + 1] / q[i];
            double largerWeight = Math.Max(q[i] * q[i] * q[i] * f[i], q[i + 1] * q[i + 1] * q[i + 1] * f[i + 1]);
            if (ratio > maximumRatio && Math.Log(ratio) * largerWeight > GapWeightFraction * peak)
            {
                throw new InvalidDataException(Invariant(
                    $"{source}, lines {lines[i]}–{lines[i + 1]}: q jumps from {q[i]:G6} to {q[i + 1]:G6} where the distribution is not negligible (lines {lines[first]}–{lines[last]} carry q³f ≥ {NegligibleFraction:G1} of its maximum); at least {MinimumPointsPerDecade} rows per decade of q are needed there (q[i+1]/q[i] <= {maximumRatio:G4})"));
            }
        }

        if (last - first + 1 < MinimumBodyPoints)
        {
            throw new InvalidDataException(Invariant(
                $"{source}: only {last - first + 1} rows (lines {lines[first]}–{lines[last]}) carry q³f ≥ {NegligibleFraction:G1} of its maximum; at least {MinimumBodyPoints} are needed to resolve the distribution"));
        }
    }

    private static void CheckMoments(MomentumDistribution distribution, int first, int last, string source, IReadOnlyList<int> lines)
    {
        var q = distribution.Q;
        string rows = Invariant($"lines {lines[first]}–{lines[last]}");
        double meanQ = distribution.MeanQ;
        double meanQSquared = distribution.MeanQSquared;
        if (!double.IsFinite(meanQ) || !double.IsFinite(meanQSquared))
        {
            string moment = double.IsFinite(meanQ) ? "⟨q²⟩ = ∫q⁴f dq / ∫q²f dq" : "⟨q⟩ = ∫q³f dq / ∫q²f dq";
            throw new InvalidDataException(Invariant($"{source}: {moment} is not finite ({rows} carry the distribution); the table's numbers are out of range"));
        }

        if (meanQ < q[0] || meanQ > q[^1])
        {
            throw new InvalidDataException(Invariant(
                $"{source}: ⟨q⟩ = {meanQ:G6} lies outside the table's range [{q[0]:G6}, {q[^1]:G6}] (lines {lines[0]}–{lines[^1]})"));
        }

        if (meanQSquared < meanQ * meanQ)
        {
            throw new InvalidDataException(Invariant(
                $"{source}: ⟨q²⟩ = {meanQSquared:G6} is below ⟨q⟩² = {meanQ * meanQ:G6} ({rows} carry the distribution): the table does not resolve it"));
        }

        double omegaH2 = distribution.OmegaH2(ReferenceMassKeV);
        if (!double.IsFinite(omegaH2) || omegaH2 <= 0)
        {
            throw new InvalidDataException(Invariant(
                $"{source}: Ω h² = {omegaH2:G6} at m = {ReferenceMassKeV} keV ({rows} carry the distribution); must be finite and > 0"));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
