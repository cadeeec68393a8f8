using Freestream.Production;
using Freestream.Distributions;

namespace Freestream.Tests.Distributions;

/// <summary>Reading and writing CLASS-style two-column momentum-distribution tables.</summary>
public sealed class PsdFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("freestream-psd-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void WriteThenReadReproducesTheTableBitForBit()
    {
        var relic = MomentumDistribution.ThermalRelic(3.3);
        string path = Path.Combine(directory, "relic.dat");
        PsdFile.Write(path, relic);
        var read = PsdFile.Read(path);
        Assert.Equal(relic.Q, read.Q);
        Assert.Equal(relic.F, read.F);
        Assert.Equal(relic.OmegaH2(3.3), read.OmegaH2(3.3));
    }

    [Fact]
    public void WrittenFileHasNumbersOnly()
    {
        string path = Path.Combine(directory, "fd.dat");
        PsdFile.Write(path, MomentumDistribution.FermiDirac());
        string[] lines = File.ReadAllLines(path);
        Assert.Equal(MomentumGrid.Default.Points, lines.Length);
        Assert.All(lines, line =>
        {
            string[] fields = line.Split(' ');
            Assert.Equal(2, fields.Length);
            Assert.All(fields, field => Assert.Matches("^[0-9.eE+-]+$", field));
        });
    }

    [Fact]
    public void ReadsCommentsBlankLinesCommasAndTabs()
    {
        var lines = new List<string> { "# q = p/T_nu0, f per helicity", "", "   # indented comment" };
        for (int i = 1; i <= 400; i++)
        {
            double q = 0.05 * i;
            lines.Add((i % 3) switch
            {
                0 => FormattableString.Invariant($"{q},{1 / (Math.Exp(q) + 1):R}"),
                1 => FormattableString.Invariant($"  {q}\t{1 / (Math.Exp(q) + 1):R}  "),
                _ => FormattableString.Invariant($"{q} , {1 / (Math.Exp(q) + 1):R}"),
            });
        }

        lines.Add("");
        string path = Path.Combine(directory, "mixed.dat");
        File.WriteAllLines(path, lines);
        var read = PsdFile.Read(path);
        Assert.Equal(400, read.Q.Count);
        Assert.Equal(0.05, read.Q[0]);
        Assert.Equal(3.1514, read.MeanQ, 1e-3);
    }

    [Theory]
    [InlineData("1.05 abc", 12, "not a number")]
    [InlineData("1.05", 12, "two numbers")]
    [InlineData("1.05 2.0 3.0", 12, "two numbers")]
    [InlineData("1.05 NaN", 12, "not finite")]
    [InlineData("1.05 Infinity", 12, "not finite")]
    [InlineData("1.05 1e999", 12, "not finite")]
    [InlineData("1.05 -0.5", 12, ">= 0")]
    [InlineData("0.5 0.1", 12, "strictly increasing")]
    [InlineData("-1 0.1", 12, "> 0")]
    [InlineData("1.05 0,5", 12, "two numbers")]
    public void MalformedLineIsReportedWithFileAndLineNumber(string badLine, int expectedLine, string expectedText)
    {
        var lines = new List<string> { "# header" };
        lines.AddRange(Enumerable.Range(1, 10).Select(i => FormattableString.Invariant($"{0.1 * i} {Math.Exp(-0.1 * i)}")));
        lines.Add(badLine);
        lines.AddRange(Enumerable.Range(12, 5).Select(i => FormattableString.Invariant($"{0.1 * i} {Math.Exp(-0.1 * i)}")));
        string path = Path.Combine(directory, "bad.dat");
        File.WriteAllLines(path, lines);
        var ex = Assert.Throws<InvalidDataException>(() => PsdFile.Read(path));
        Assert.Contains(path, ex.Message);
        Assert.Contains($"line {expectedLine}:", ex.Message);
        Assert.Contains(expectedText, ex.Message);
    }

    [Fact]
    public void TooFewPointsOrZeroDistributionIsRejectedNamingTheFile()
    {
        string shortPath = Path.Combine(directory, "short.dat");
        File.WriteAllLines(shortPath, Enumerable.Range(1, 7).Select(i => FormattableString.Invariant($"{i} 0.5")));
        var tooShort = Assert.Throws<InvalidDataException>(() => PsdFile.Read(shortPath));
        Assert.Contains(shortPath, tooShort.Message);
        Assert.Contains("at least 8", tooShort.Message);

        string zeroPath = Path.Combine(directory, "zero.dat");
        File.WriteAllLines(zeroPath, Enumerable.Range(1, 10).Select(i => FormattableString.Invariant($"{i} 0")));
        var zero = Assert.Throws<InvalidDataException>(() => PsdFile.Read(zeroPath));
        Assert.Contains(zeroPath, zero.Message);
        Assert.Contains("not normalisable", zero.Message);
    }

    [Fact]
    public void MissingFileThrowsFileNotFound()
    {
        string path = Path.Combine(directory, "missing.dat");
        var ex = Assert.Throws<FileNotFoundException>(() => PsdFile.Read(path));
        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public void ShippedFermiDiracExampleHasThermalMoments()
    {
        // examples/psd/fermi_dirac.dat, written by PsdFile.Write from MomentumDistribution.FermiDirac():
        // ⟨q⟩ = 7π⁴/(180 ζ(3)) = 3.1513744.
        var fd = PsdFile.Read(Path.Combine(AppContext.BaseDirectory, "Data", "psd", "fermi_dirac.dat"));
        Assert.Equal(MomentumDistribution.FermiDirac().Q, fd.Q);
        Assert.Equal(MomentumDistribution.FermiDirac().F, fd.F);
        Assert.Equal(3.1513744, fd.MeanQ, 1e-7);
    }
}
