using BenchmarkDotNet.Running;

namespace Freestream.Bench;

/// <summary>
/// Benchmarks: <c>dotnet run -c Release --project bench/Freestream.Bench -- --filter '*'</c>
/// (add <c>--job short</c> for a quick run). Kept out of CI.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected on the command line.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
