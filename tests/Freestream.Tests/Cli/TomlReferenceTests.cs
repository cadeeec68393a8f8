using Freestream.Cli;
using Freestream.Cosmology;
using Freestream.Scans;

namespace Freestream.Tests.Cli;

/// <summary>
/// docs/reference/toml.md is generated from the parameter declarations: regenerating it must give the committed page,
/// and every key the page lists must be a key the readers accept.
/// </summary>
public sealed class TomlReferenceTests
{
    [Fact]
    public void CommittedPageEqualsTheGeneratedOne()
    {
        string path = Path.Combine(RepositoryRoot(), TomlReference.RelativePath);
        string generated = TomlReference.Render();
        if (Environment.GetEnvironmentVariable("FREESTREAM_WRITE_REFERENCE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{TomlReference.RelativePath} is missing; run FREESTREAM_WRITE_REFERENCE=1 dotnet test --filter TomlReference");
        Assert.Equal(generated, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void EveryListedCosmologyKeyIsReadAtItsDefaultAndRefusedOutsideItsRange()
    {
        foreach (var quantity in CosmologyQuantities.Table)
        {
            double fallback = quantity.Default!.Value;
            var read = ScanFile.ReadCosmology(ScanFile.ParseToml($"[cosmology]\n{quantity.Key} = {fallback:R}\n", "test.toml"), "test.toml");
            Assert.Equal(CosmologyParameters.Planck2018, read);

            double outside = double.IsPositiveInfinity(quantity.Range.Maximum) ? -1 : quantity.Range.Maximum * 2 + 1;
            var error = Assert.ThrowsAny<ArgumentException>(() =>
                ScanFile.ReadCosmology(ScanFile.ParseToml($"[cosmology]\n{quantity.Key} = {outside:R}\n", "test.toml"), "test.toml"));
            Assert.Contains($"[cosmology] {quantity.Key}: must be {quantity.Range.Describe(quantity.Unit)}", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryListedSettingIsAccepted()
    {
        foreach (var quantity in ScanSettingQuantities.Thresholds.Where(q => !ScanSettings.ShiFullerOnly.Contains(q.Key)))
        {
            var settings = ScanFile.ReadSettings(ScanFile.ParseToml($"[settings]\n{quantity.Key} = {quantity.Default!.Value:R}\n", "test.toml"), "test.toml");
            ScanSettings.ValidateFor(ScanModel.ScalarDecay.Name, settings);
        }

        foreach (var (key, _, fallback) in ScanSettingQuantities.Presets)
        {
            var settings = ScanFile.ReadSettings(ScanFile.ParseToml($"[settings]\n{key} = \"{fallback}\"\n", "test.toml"), "test.toml");
            ScanSettings.ValidateFor(ScanModel.ShiFuller.Name, settings);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Freestream.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("Freestream.sln not found above the test assembly");
    }
}
