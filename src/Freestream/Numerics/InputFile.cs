namespace Freestream.Numerics;

/// <summary>
/// Opens a file the user named, with one readable message for each way it can fail (a folder, a missing file, an
/// unreadable one), so that every reader of user input reports them alike.
/// </summary>
public static class InputFile
{
    /// <summary>Opens <paramref name="path"/> for reading text.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for messages (e.g. "scan file").</param>
    /// <param name="folderHint">What to give instead when the path is a folder (e.g. "give the TOML file").</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InvalidDataException">The path is a folder, or the file cannot be opened.</exception>
    public static StreamReader OpenText(string path, string what, string folderHint)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new InvalidDataException($"{what} '{path}' is a folder: {folderHint}");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{what} '{path}' does not exist", path);
        }

        try
        {
            return new StreamReader(path);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new InvalidDataException($"{what} '{path}' cannot be read ({ex.GetType().Name}: {ex.Message}): check its permissions", ex);
        }
    }
}
