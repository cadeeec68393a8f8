namespace Freestream.Cli.Commands;

/// <summary>
/// <c>freestream merge DIR... --out DIR</c>: combines the results stores of the shards of one scan
/// (same specification) into one store and writes points.csv, the maps and report.html.
/// </summary>
public sealed class MergeCommand : ICliCommand
{
    /// <summary>
    /// Exit code of a merge that left grid points missing (a shard not given or not finished): the merged
    /// store keeps every point found, the exports are not written.
    /// </summary>
    public const int IncompleteExitCode = 3;

    /// <inheritdoc />
    public Command Build()
    {
        var sources = new Argument<DirectoryInfo[]>("DIR")
        {
            Description = "Scan folders holding scan.db (e.g. the --out folders of 'scan --shard i/n')",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("merge", "Merge the results stores of scan shards into --out DIR and make points.csv, the maps and report.html") { sources };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var directories = parse.GetValue(sources) ?? [];
            string target = context.OutDirectory?.FullName ?? throw new UsageException("--out: required: the folder of the merged store");
            foreach (var d in directories)
            {
                if (File.Exists(d.FullName))
                {
                    throw new UsageException($"DIR: {d.FullName} is a file; give the scan folder that holds {ScanStore.FileName}");
                }

                if (!File.Exists(Path.Combine(d.FullName, ScanStore.FileName)))
                {
                    throw new UsageException($"DIR: {d.FullName} holds no scan store ({ScanStore.FileName})");
                }
            }

            var summary = ScanMerger.Merge([.. directories.Select(d => d.FullName)], target);
            using var store = ScanStore.OpenExisting(target);
            IReadOnlyList<string> files = summary.Missing == 0 ? ScanOutputs.Write(store, target) : [];
            var json = new JsonObject
            {
                ["sources"] = summary.Sources,
                ["added"] = summary.Added,
                ["duplicates"] = summary.Duplicates,
                ["missing"] = summary.Missing,
                ["directory"] = target,
                ["files"] = new JsonArray([.. files.Select(f => (JsonNode)f)]),
            };
            context.Emit(json, () => string.Create(CultureInfo.InvariantCulture,
                $"Merged {summary.Sources} stores into {target}: {summary.Added} points added, {summary.Duplicates} duplicates skipped, {summary.Missing} grid points missing"));
            if (summary.Missing > 0)
            {
                context.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"freestream: merge incomplete: {summary.Missing} of {store.Specification.PointCount} grid points are in none of the given stores (first: point {summary.FirstMissingIndex}); {store.Path} keeps the points found. Give every shard's folder, or finish the missing shards, and merge again."));
                return IncompleteExitCode;
            }

            return 0;
        });
        return command;
    }
}
