using System.Diagnostics;
using System.Globalization;

namespace Freestream.Scans;

/// <summary>
/// The exclusive claim of one process on a scan folder: the file <c>scan.lock</c>, created with
/// <see cref="FileMode.CreateNew"/> (atomic: of two processes only one can create it) and holding
/// "pid host start-time", deleted when the claim is released. A second scan, resume or merge into the
/// same folder is refused naming the holder. A lock left by a process that no longer runs on this host
/// (killed with SIGKILL, machine crash) is taken over; one from another host is refused, since its
/// process cannot be checked from here (delete the file once that scan is known to be gone).
/// </summary>
public sealed class ScanFolderLock : IDisposable
{
    /// <summary>File name of the lock inside the scan folder.</summary>
    public const string FileName = "scan.lock";

    /// <summary>Attempts to create the lock (a stale lock removed in between costs one attempt).</summary>
    private const int Attempts = 3;

    private readonly FileStream stream;
    private readonly bool createdFolder;
    private bool released;

    private ScanFolderLock(string directory, string path, FileStream stream, bool createdFolder)
    {
        Directory = directory;
        Path = path;
        this.stream = stream;
        this.createdFolder = createdFolder;
    }

    /// <summary>Full path of the scan folder.</summary>
    public string Directory { get; }

    /// <summary>Full path of the lock file.</summary>
    public string Path { get; }

    /// <summary>
    /// Claims <paramref name="directory"/> (created if missing, and removed again on release if it is then
    /// empty) for this process.
    /// </summary>
    /// <exception cref="InvalidDataException">The path is a file, the folder cannot be created or written,
    /// or another live process holds the lock (the message names its pid and host).</exception>
    public static ScanFolderLock Acquire(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        string full = System.IO.Path.GetFullPath(directory);
        if (File.Exists(full))
        {
            throw new InvalidDataException($"{full} is a file: a scan needs a folder (choose another --out)");
        }

        bool created = !System.IO.Directory.Exists(full);
        try
        {
            System.IO.Directory.CreateDirectory(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{full}: the scan folder cannot be created ({ex.GetType().Name}); choose another --out", ex);
        }

        string path = System.IO.Path.Combine(full, FileName);
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            if (TryCreate(path, full) is { } stream)
            {
                return new ScanFolderLock(full, path, stream, created);
            }

            var holder = Holder.Read(path);
            if (holder is null && attempt < Attempts - 1)
            {
                Thread.Sleep(100);
                continue;
            }

            if (holder is null)
            {
                throw new InvalidDataException($"{full}: the lock file {path} cannot be read; if no scan is running there, delete it");
            }

            if (holder.Value.Host == Environment.MachineName && !IsRunning(holder.Value.ProcessId))
            {
                TryDelete(path);
                continue;
            }

            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{full} is in use by another scan: process {holder.Value.ProcessId} on host {holder.Value.Host} (since {holder.Value.Since}) holds {path}; wait for it to finish, use another --out, or delete the lock file if that process is gone"));
        }

        throw new InvalidDataException($"{full}: could not claim the scan folder ({path} keeps reappearing); is another scan starting there?");
    }

    /// <summary>Releases the claim: closes and deletes the lock file (and the folder if this claim created it and it is empty).</summary>
    public void Dispose()
    {
        if (released)
        {
            return;
        }

        released = true;
        stream.Dispose();
        TryDelete(Path);
        if (createdFolder && System.IO.Directory.Exists(Directory) && !System.IO.Directory.EnumerateFileSystemEntries(Directory).Any())
        {
            System.IO.Directory.Delete(Directory);
        }
    }

    private static FileStream? TryCreate(string path, string directory)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InvalidDataException($"{directory}: cannot write in the scan folder (permission denied); choose another --out", ex);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
        catch (IOException ex)
        {
            throw new InvalidDataException($"{directory}: cannot write in the scan folder ({ex.Message}); choose another --out", ex);
        }

        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {Environment.MachineName} {DateTime.UtcNow:O}\n"));
        }

        stream.Flush(flushToDisk: true);
        return stream;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Already gone, or held open on a file system that forbids deleting it: the next claim reports it.
        }
    }

    /// <summary>The "pid host since" line of a lock file; null while it is being written or unreadable.</summary>
    private readonly record struct Holder(int ProcessId, string Host, string Since)
    {
        public static Holder? Read(string path)
        {
            string text;
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                text = reader.ReadToEnd();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            string[] fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return fields.Length >= 3 && int.TryParse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int pid)
                ? new Holder(pid, fields[1], fields[2])
                : null;
        }
    }
}
