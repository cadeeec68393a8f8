namespace Freestream.Cli;

/// <summary>
/// Writes a command's output files into a hidden staging folder inside the target directory and
/// moves them into place only when the command succeeds, so that a failing command leaves no
/// partial output files behind.
/// </summary>
public sealed class OutputDirectory : IDisposable
{
    private readonly DirectoryInfo target;
    private readonly bool createdTarget;
    private bool committed;

    /// <summary>Creates the staging folder in <paramref name="target"/> (created if missing).</summary>
    public OutputDirectory(DirectoryInfo target)
    {
        this.target = target;
        createdTarget = !target.Exists;
        target.Create();
        Staging = Directory.CreateDirectory(Path.Combine(target.FullName, $".partial-{Environment.ProcessId}-{Guid.NewGuid():N}"));
    }

    /// <summary>
    /// Refuses an output folder that cannot be used, before a command does any work: a path that is a
    /// file, or a folder (or, when it does not exist yet, its nearest existing parent) in which a file
    /// cannot be created. Probes by creating and deleting a hidden file; creates nothing that stays.
    /// </summary>
    /// <param name="target">The --out folder.</param>
    /// <exception cref="UsageException">The folder is unusable; the message names --out and the path.</exception>
    public static void CheckWritable(DirectoryInfo target)
    {
        ArgumentNullException.ThrowIfNull(target);
        string path = target.FullName;
        if (File.Exists(path))
        {
            throw new UsageException($"--out: {path} is a file; give a folder");
        }

        string? existing = path;
        while (existing is not null && !Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                throw new UsageException($"--out: {path} cannot be created: {existing} is a file");
            }

            existing = Path.GetDirectoryName(existing);
        }

        if (existing is null)
        {
            throw new UsageException($"--out: {path} cannot be created (no existing parent folder)");
        }

        string probe = Path.Combine(existing, $".freestream-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            string what = existing == path ? "cannot write in it" : $"cannot create it in {existing}";
            throw new UsageException($"--out: {path}: {what} ({(ex is UnauthorizedAccessException ? "permission denied" : ex.Message)}); choose another folder");
        }
    }

    /// <summary>The folder to write into.</summary>
    public DirectoryInfo Staging { get; }

    /// <summary>Path of a file inside the staging folder.</summary>
    public string PathOf(string fileName) => Path.Combine(Staging.FullName, fileName);

    /// <summary>Moves every staged file into the target directory (overwriting older files).</summary>
    public IReadOnlyList<string> Commit()
    {
        var written = new List<string>();
        foreach (var file in Staging.EnumerateFiles())
        {
            string destination = Path.Combine(target.FullName, file.Name);
            file.MoveTo(destination, overwrite: true);
            written.Add(destination);
        }

        Staging.Delete(recursive: true);
        committed = true;
        return written;
    }

    /// <summary>Removes the staging folder (and the target, if this call created it) unless committed.</summary>
    public void Dispose()
    {
        if (committed)
        {
            return;
        }

        if (Staging.Exists)
        {
            Staging.Delete(recursive: true);
        }

        target.Refresh();
        if (createdTarget && target.Exists && !target.EnumerateFileSystemInfos().Any())
        {
            target.Delete();
        }
    }
}
