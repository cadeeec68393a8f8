using Freestream.Cosmology;
using Freestream.Distributions;

namespace Freestream.Tests.Distributions;

/// <summary>
/// What CLASS needs to read a Freestream table as the same species (verified with CLASS v3.3.4 itself in
/// docs/class_round_trip.md): deg_ncdm = g/(2π)³, T_ncdm = (4/11)^{1/3}, comments after the numbers, the tail cut.
/// </summary>
public sealed class ClassRoundTripTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("freestream-class-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void DegeneracyCarriesClassesOneOverTwoPiCubed()
    {
        // CLASS's own Fermi–Dirac table (Data/psd/class_psd_FD_single.dat) starts at f₀(0) = 4.0314418e-3 = 1/(2π)³ for
        // two states; a file holding f per state (f(0) = 1/2) with g = 2 therefore needs deg_ncdm = 2 × 4.0314418e-3.
        var settings = new ClassNcdmSettings("psd.dat", 7.1, 2);
        Assert.Equal(2 * 4.0314418e-3, settings.DegNcdm, 1e-9);
        Assert.Equal(0.71377, ClassNcdmSettings.TemperatureRatio, 1e-5);
        Assert.Contains(settings.IniLines(), line => line.StartsWith("deg_ncdm = 0.0080628836", StringComparison.Ordinal));
        Assert.Contains("m_ncdm = 7100", settings.IniLines());
    }

    [Fact]
    public void OneFermiDiracFamilyIsOneUnitOfNeff()
    {
        // g = 2 Fermi–Dirac at T_ν: exactly one massless neutrino family while relativistic (7π⁴/120 per state pair).
        Assert.Equal(1.0, ClassNcdmSettings.RelativisticDeltaNeff(MomentumDistribution.FermiDirac()), 1e-6);
        Assert.Equal(0.5, ClassNcdmSettings.RelativisticDeltaNeff(MomentumDistribution.FermiDirac(degeneracy: 1)), 1e-6);
    }

    [Fact]
    public void TailCutKeepsTheAbundanceAndEndsBelowTheThreshold()
    {
        var relic = MomentumDistribution.FermiDirac();
        var cut = PsdFile.WithoutTail(relic);
        Assert.True(cut.Q.Count < relic.Q.Count);

        // Fermi–Dirac falls as e^{-q}: 1e-12 of f(0) = 1/2 is reached near q = ln(5e11) = 27.
        Assert.InRange(cut.Q[^1], 26.5, 29);
        Assert.True(cut.F[^1] < PsdFile.TailThreshold * relic.F.Max());
        Assert.True(cut.F[^2] >= PsdFile.TailThreshold * relic.F.Max());
        Assert.Equal(1.0, cut.OmegaH2(1) / relic.OmegaH2(1), 1e-9);
    }

    [Fact]
    public void TableWithoutTailIsUnchanged()
    {
        var table = new MomentumDistribution([1, 2, 3, 4, 5, 6, 7, 8], [1, 1, 1, 1, 1, 1, 1, 0.5]);
        Assert.Same(table, PsdFile.WithoutTail(table));
    }

    [Fact]
    public void TrailerCommentsLeaveClassReadingEveryRowAndReadBackBitForBit()
    {
        var relic = PsdFile.WithoutTail(MomentumDistribution.ThermalRelic(3.3));
        string path = Path.Combine(directory, "psd.dat");
        PsdFile.Write(path, relic, new ClassNcdmSettings("psd.dat", 3.3, 2).IniLines());

        // CLASS counts rows with fscanf("%lf %lf") until a line is not two numbers.
        int classRows = File.ReadLines(path).TakeWhile(line => line.Split(' ').Length == 2 && line.Split(' ').All(v => double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out _))).Count();
        Assert.Equal(relic.Q.Count, classRows);
        Assert.StartsWith("# N_ncdm = 1", File.ReadLines(path).Skip(classRows).First());

        var read = PsdFile.Read(path);
        Assert.Equal(relic.Q, read.Q);
        Assert.Equal(relic.F, read.F);
    }

    [Fact]
    public void ClassIniPutsTheDarkMatterNotInTheSpeciesIntoCdm()
    {
        var settings = new ClassNcdmSettings("psd.dat", 7.1, 2);
        string all = ClassIniFile.Text(CosmologyParameters.Planck2018, settings, 0.12);
        Assert.Contains("\nomega_cdm = 0\n", all);
        Assert.Contains("\nncdm_fluid_approximation = 3\n", all);
        Assert.Contains("\nT_ncdm = 0.713765855503608\n", all);
        string part = ClassIniFile.Text(CosmologyParameters.Planck2018, settings, 0.02);
        Assert.Contains("\nomega_cdm = 0.09999999999999999\n", part);
    }
}
