namespace Freestream.Tests.Scans;

/// <summary>A fresh temporary folder deleted after the test.</summary>
internal sealed class ScanTestFolder : IDisposable
{
    public ScanTestFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "freestream-scan-tests", Guid.NewGuid().ToString("N"));
    }

    public string Path { get; }

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
