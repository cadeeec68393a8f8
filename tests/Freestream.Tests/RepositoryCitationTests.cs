using System.Text.RegularExpressions;

namespace Freestream.Tests;

/// <summary>
/// Every physics citation in the repository resolves inside it: no path to notes outside the repository,
/// and every "docs/physics/NAME.md §N" names a heading that exists in that page.
/// </summary>
public sealed partial class RepositoryCitationTests
{
    private static readonly string[] Extensions = [".cs", ".md", ".toml", ".py", ".json", ".csproj", ".html"];

    [Fact]
    public void NoCitationLeavesTheRepository()
    {
        var offenders = SourceFiles()
            .Where(path => OutsideNotesPath().IsMatch(File.ReadAllText(path)))
            .Select(path => Path.GetRelativePath(RepositoryRoot, path))
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryPhysicsSectionCitedExists()
    {
        var headings = Directory.GetFiles(Path.Combine(RepositoryRoot, "docs", "physics"), "*.md").ToDictionary(
            file => Path.GetFileName(file),
            file => File.ReadLines(file).Select(line => Heading().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet());
        var missing = new List<string>();
        foreach (string path in SourceFiles())
        {
            foreach (Match citation in Citation().Matches(File.ReadAllText(path)))
            {
                string page = citation.Groups[1].Value + ".md";
                string section = citation.Groups[2].Value.TrimEnd('.');
                if (!headings.TryGetValue(page, out var sections) || !sections.Contains(section))
                {
                    missing.Add($"{Path.GetRelativePath(RepositoryRoot, path)}: {page} §{section}");
                }
            }
        }

        Assert.Empty(missing);
        Assert.True(headings.ContainsKey("scalar_decay.md") && headings.ContainsKey("boltzmann.md")
            && headings.ContainsKey("structure.md") && headings.ContainsKey("dodelson_widrow_xray.md"));
    }

    [Fact]
    public void PhysicsPagesAreCitedByTheirRepositoryPath()
    {
        // Outside docs/physics/ a bare "boltzmann.md" would not resolve from where the reader stands.
        var bare = SourceFiles()
            .Where(path => !path.Contains(Path.Combine("docs", "physics"), StringComparison.Ordinal))
            .SelectMany(path => BareCitation().Matches(File.ReadAllText(path)).Select(m => $"{Path.GetRelativePath(RepositoryRoot, path)}: {m.Value}"))
            .ToList();
        Assert.Empty(bare);
    }

    private static string RepositoryRoot { get; } = FindRoot();

    private static IEnumerable<string> SourceFiles()
    {
        foreach (string top in new[] { "src", "tests", "bench", "examples", "docs", "python" })
        {
            string directory = Path.Combine(RepositoryRoot, top);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(RepositoryRoot, file);
                bool generated = relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");
                if (!generated && Extensions.Contains(Path.GetExtension(file)) && !file.EndsWith(nameof(RepositoryCitationTests) + ".cs", StringComparison.Ordinal))
                {
                    yield return file;
                }
            }
        }

        yield return Path.Combine(RepositoryRoot, "README.md");
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Freestream.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("the repository root (Freestream.sln) was not found above the test binaries");
    }

    /// <summary>A path to the notes folder next to the repository (relative or absolute), which a clone does not have.</summary>
    [GeneratedRegex(@"(\.\.|/work)/shared\b")]
    private static partial Regex OutsideNotesPath();

    [GeneratedRegex(@"^#+ (\d+(?:\.\d+)*[a-z]?)[. ]")]
    private static partial Regex Heading();

    [GeneratedRegex(@"docs/physics/(scalar_decay|boltzmann|structure|dodelson_widrow_xray)\.md[^§\n]{0,12}§ ?(\d+(?:\.\d+)*[a-z]?)")]
    private static partial Regex Citation();

    [GeneratedRegex(@"(?<![\w/])(scalar_decay|boltzmann|structure|dodelson_widrow_xray)\.md")]
    private static partial Regex BareCitation();
}
