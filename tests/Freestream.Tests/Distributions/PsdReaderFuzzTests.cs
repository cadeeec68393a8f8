using Freestream.Distributions;
using Xunit.Abstractions;

namespace Freestream.Tests.Distributions;

/// <summary>
/// Deterministic fuzz of the momentum-distribution reader (<see cref="PsdFuzzCases"/>): every table is
/// either refused with the documented <see cref="InvalidDataException"/> or accepted with moments that a
/// non-negative f over the table must have — finite, ∫q²f dq &gt; 0, q_min ≤ ⟨q⟩ ≤ q_max,
/// ⟨q⟩² ≤ ⟨q²⟩ ≤ q_max², Ω h² &gt; 0 — and, when the table covers its distribution, a ⟨q⟩ within 1 % of
/// the uncut spectrum's (the promise of the 5-rows-per-decade gate of <see cref="PsdTableCheck"/>).
/// </summary>
public class PsdReaderFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void TenThousandMutatedTablesAreRefusedOrValid()
    {
        var outcome = Run(seed: 20261207, cases: 10_000);
        Assert.True(outcome.Accepted > 1000, $"only {outcome.Accepted} of 10 000 tables accepted: the generator no longer makes ordinary tables");
        Assert.True(outcome.Rejected > 1000, $"only {outcome.Rejected} of 10 000 tables refused: the generator no longer makes bad tables");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void TwentyFiveThousandMutatedTablesAreRefusedOrValid()
    {
        var outcome = Run(seed: 14, cases: 25_000);
        output.WriteLine($"25 000 tables: {outcome.Accepted} accepted (all valid), {outcome.Rejected} refused; coarse 6–13-row subsets: {outcome.CoarseAccepted} accepted, {outcome.CoarseRejected} refused");
        Assert.True(outcome.Accepted > 2500, $"only {outcome.Accepted} accepted");
    }

    private static (int Accepted, int Rejected, int CoarseAccepted, int CoarseRejected) Run(int seed, int cases)
    {
        var generator = new PsdFuzzCases(seed);
        int accepted = 0;
        int rejected = 0;
        int coarseAccepted = 0;
        int coarseRejected = 0;
        for (int i = 0; i < cases; i++)
        {
            string text = generator.Next();
            MomentumDistribution table;
            try
            {
                table = PsdFile.Read(new StringReader(text), "fuzz.dat");
            }
            catch (InvalidDataException ex)
            {
                Assert.StartsWith("fuzz.dat", ex.Message);
                Assert.DoesNotContain("= NaN", ex.Message);
                Assert.DoesNotContain("= ∞", ex.Message);
                rejected++;
                coarseRejected += generator.LastIsCoarse ? 1 : 0;
                continue;
            }
            catch (Exception ex)
            {
                Assert.Fail($"case {i} ({generator.LastKind}): {ex.GetType().Name}: {ex.Message}");
                return default;
            }

            accepted++;
            coarseAccepted += generator.LastIsCoarse ? 1 : 0;
            AssertValid(table, i, generator.LastKind);
            if (generator.LastReferenceMeanQ is { } reference && table.EstimatedTailFraction < 1e-3)
            {
                Assert.True(Math.Abs((table.MeanQ / reference) - 1) < 0.01, $"case {i} ({generator.LastKind}): ⟨q⟩ = {table.MeanQ} of a table covering the spectrum, uncut {reference}");
            }
        }

        return (accepted, rejected, coarseAccepted, coarseRejected);
    }

    private static void AssertValid(MomentumDistribution table, int index, string kind)
    {
        string where = $"case {index} ({kind})";
        double qMin = table.Q[0];
        double qMax = table.Q[^1];
        Assert.True(double.IsFinite(table.NormalisationIntegral) && table.NormalisationIntegral > 0, $"{where}: ∫q²f dq = {table.NormalisationIntegral}");
        Assert.True(double.IsFinite(table.MeanQ) && table.MeanQ >= qMin && table.MeanQ <= qMax, $"{where}: ⟨q⟩ = {table.MeanQ} outside [{qMin}, {qMax}]");
        Assert.True(double.IsFinite(table.MeanQSquared) && table.MeanQSquared >= table.MeanQ * table.MeanQ, $"{where}: ⟨q²⟩ = {table.MeanQSquared} < ⟨q⟩² = {table.MeanQ * table.MeanQ}");
        Assert.True(table.MeanQSquared <= qMax * qMax * (1 + 1e-12), $"{where}: ⟨q²⟩ = {table.MeanQSquared} > q_max² = {qMax * qMax}");
        double omega = table.OmegaH2(1);
        Assert.True(double.IsFinite(omega) && omega > 0, $"{where}: Ω h² = {omega}");
    }
}
