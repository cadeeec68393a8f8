namespace Freestream.Scans;

/// <summary>What <see cref="ScanMerger.Merge"/> did.</summary>
/// <param name="Sources">Stores read.</param>
/// <param name="Added">Points copied into the target.</param>
/// <param name="Duplicates">Points present in more than one source or already in the target (first copy kept).</param>
/// <param name="Missing">Grid points found in no source.</param>
/// <param name="FirstMissingIndex">Smallest index of a missing grid point, null when none is missing.</param>
public sealed record ScanMergeSummary(int Sources, int Added, int Duplicates, int Missing, int? FirstMissingIndex = null);

/// <summary>
/// Combines the stores of the shards of one scan (same specification hash) into one store.
/// </summary>
public static class ScanMerger
{
    /// <summary>Copies every point of the source stores into the store in <paramref name="targetDirectory"/>.</summary>
    /// <exception cref="ArgumentException">No sources.</exception>
    /// <exception cref="InvalidDataException">Sources of different specifications, a damaged source, or a target
    /// holding another scan or in use by a running scan.</exception>
    public static ScanMergeSummary Merge(IReadOnlyList<string> sourceDirectories, string targetDirectory)
    {
        ArgumentNullException.ThrowIfNull(sourceDirectories);
        ArgumentNullException.ThrowIfNull(targetDirectory);
        if (sourceDirectories.Count == 0)
        {
            throw new ArgumentException("merge: give at least one scan folder", nameof(sourceDirectories));
        }

        var sources = new List<ScanStore>();
        try
        {
            foreach (string directory in sourceDirectories)
            {
                var store = ScanStore.OpenExisting(directory);
                sources.Add(store);
                if (store.Specification.Hash != sources[0].Specification.Hash)
                {
                    throw new InvalidDataException(
                        $"merge: {directory} holds a different scan (hash {store.Specification.Hash[..12]}) than {sourceDirectories[0]} (hash {sources[0].Specification.Hash[..12]})");
                }
            }

            string targetPath = Path.GetFullPath(Path.Combine(targetDirectory, ScanStore.FileName));
            int added = 0;
            int duplicates = 0;
            using var target = ScanStore.Open(targetDirectory, sources[0].Specification, fresh: false);
            var present = target.FinishedIndices();
            foreach (var source in sources.Where(s => s.Path != targetPath))
            {
                foreach (var result in source.ReadAll(withTables: true))
                {
                    if (!present.Add(result.Point.Index))
                    {
                        duplicates++;
                        continue;
                    }

                    target.Commit(result);
                    added++;
                }
            }

            var references = sources.Select(s => s.ReadReferences()).FirstOrDefault(r => r.Count > 0);
            if (references is not null)
            {
                target.WriteReferences(references);
            }

            int pointCount = target.Specification.PointCount;
            int? firstMissing = present.Count < pointCount ? Enumerable.Range(0, pointCount).First(i => !present.Contains(i)) : null;
            return new ScanMergeSummary(sources.Count, added, duplicates, pointCount - present.Count, firstMissing);
        }
        finally
        {
            foreach (var store in sources)
            {
                store.Dispose();
            }
        }
    }
}
