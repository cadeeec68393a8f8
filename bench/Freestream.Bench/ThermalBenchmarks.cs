using BenchmarkDotNet.Attributes;
using Freestream.Cosmology;
using Freestream.Thermal;

namespace Freestream.Bench;

/// <summary>Lookups of the Standard-Model degrees of freedom and the radiation-era clock (called in production inner loops).</summary>
[MemoryDiagnoser]
public class ThermalBenchmarks
{
    private readonly StandardModelDegreesOfFreedom _dof = StandardModelDegreesOfFreedom.Instance;
    private readonly double[] _temperatures = Enumerable.Range(0, 1024).Select(i => Math.Exp(-13.8 + 23.0 * i / 1023.0)).ToArray();

    /// <summary>Warms the cached t(T) table.</summary>
    [GlobalSetup]
    public void Setup() => RadiationEra.TimeSeconds(1.0, _dof);

    /// <summary>g*s at 1024 temperatures.</summary>
    [Benchmark(OperationsPerInvoke = 1024)]
    public double EntropyDof()
    {
        double sum = 0;
        foreach (double t in _temperatures)
        {
            sum += _dof.EntropyDof(t);
        }

        return sum;
    }

    /// <summary>d ln g*s/d ln T at 1024 temperatures.</summary>
    [Benchmark(OperationsPerInvoke = 1024)]
    public double LogEntropyDofDerivative()
    {
        double sum = 0;
        foreach (double t in _temperatures)
        {
            sum += _dof.LogEntropyDofDerivative(t);
        }

        return sum;
    }

    /// <summary>H(T) at 1024 temperatures.</summary>
    [Benchmark(OperationsPerInvoke = 1024)]
    public double HubbleRate()
    {
        double sum = 0;
        foreach (double t in _temperatures)
        {
            sum += RadiationEra.HubbleRateGeV(t, _dof);
        }

        return sum;
    }

    /// <summary>t(T) at 1024 temperatures (cached table).</summary>
    [Benchmark(OperationsPerInvoke = 1024)]
    public double TimeSeconds()
    {
        double sum = 0;
        foreach (double t in _temperatures)
        {
            sum += RadiationEra.TimeSeconds(t, _dof);
        }

        return sum;
    }

    /// <summary>Building the Standard-Model table (done once per process).</summary>
    [Benchmark]
    public StandardModelDegreesOfFreedom BuildTable() => new(StandardModelDegreesOfFreedom.DefaultPointsPerEFold);

    /// <summary>Building the late-time background (growth ODE, τ₀, age) for Planck 2018.</summary>
    [Benchmark]
    public LateTimeExpansion BuildLateTimeExpansion() => new(CosmologyParameters.Planck2018);
}
