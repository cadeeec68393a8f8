using System.Globalization;
using Freestream.Numerics;
using MathNet.Numerics.Interpolation;

namespace Freestream.Thermal;

/// <summary>
/// g*(T) and g*s(T) read from a table "T(MeV) g* g*s" (e.g. Laine &amp; Schröder 2006, hep-ph/0603048, as shipped with
/// the production code of Venumadhav et al. 2016), interpolated as not-a-knot cubic splines in ln T; the logarithmic
/// derivatives are those of the splines. Outside the table the edge values are used (derivatives 0).
/// </summary>
/// <remarks>Used to run the Dodelson–Widrow solver on another code's inputs (controlled comparison); the toolkit's own
/// equation of state is <see cref="StandardModelDegreesOfFreedom"/>.</remarks>
public sealed class TabulatedDegreesOfFreedom : IDegreesOfFreedom
{
    private readonly IInterpolation energy;
    private readonly IInterpolation entropy;
    private readonly double lnTMin;
    private readonly double lnTMax;

    /// <summary>Builds the splines from increasing temperatures (GeV) and the two columns (all &gt; 0).</summary>
    public TabulatedDegreesOfFreedom(IReadOnlyList<double> temperaturesGeV, IReadOnlyList<double> energyDof, IReadOnlyList<double> entropyDof)
    {
        ArgumentNullException.ThrowIfNull(temperaturesGeV);
        ArgumentNullException.ThrowIfNull(energyDof);
        ArgumentNullException.ThrowIfNull(entropyDof);
        if (energyDof.Count != temperaturesGeV.Count || entropyDof.Count != temperaturesGeV.Count || energyDof.Concat(entropyDof).Any(g => !(g > 0) || !double.IsFinite(g)))
        {
            throw new ArgumentException("g* and g*s need one finite value > 0 per temperature");
        }

        var spline = new NotAKnotSpline([.. temperaturesGeV.Select(t => Math.Log(t))]);
        energy = spline.Interpolate(energyDof);
        entropy = spline.Interpolate(entropyDof);
        lnTMin = spline.Nodes[0];
        lnTMax = spline.Nodes[^1];
    }

    /// <summary>Reads "T(MeV) g* g*s" rows; lines starting with '#' are comments.</summary>
    public static TabulatedDegreesOfFreedom Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var t = new List<double>();
        var g = new List<double>();
        var gs = new List<double>();
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var columns = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length < 3)
            {
                throw new FormatException($"degrees-of-freedom table: expected 'T(MeV) g* g*s', got '{trimmed}'");
            }

            t.Add(double.Parse(columns[0], NumberStyles.Float, CultureInfo.InvariantCulture) * PhysicalConstants.MeVInGeV);
            g.Add(double.Parse(columns[1], NumberStyles.Float, CultureInfo.InvariantCulture));
            gs.Add(double.Parse(columns[2], NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return new TabulatedDegreesOfFreedom(t, g, gs);
    }

    /// <inheritdoc />
    public double EnergyDof(double temperatureGeV) => energy.Interpolate(Clamped(temperatureGeV));

    /// <inheritdoc />
    public double EntropyDof(double temperatureGeV) => entropy.Interpolate(Clamped(temperatureGeV));

    /// <inheritdoc />
    public double LogEntropyDofDerivative(double temperatureGeV) => LogDerivative(entropy, temperatureGeV);

    /// <inheritdoc />
    public double LogEnergyDofDerivative(double temperatureGeV) => LogDerivative(energy, temperatureGeV);

    private double LogDerivative(IInterpolation spline, double temperatureGeV)
    {
        double lnT = Clamped(temperatureGeV);
        return lnT <= lnTMin || lnT >= lnTMax ? 0 : spline.Differentiate(lnT) / spline.Interpolate(lnT);
    }

    private double Clamped(double temperatureGeV)
    {
        TemperatureCheck.Validate(temperatureGeV);
        return Math.Clamp(Math.Log(temperatureGeV), lnTMin, lnTMax);
    }
}
