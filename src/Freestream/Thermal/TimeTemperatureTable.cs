using Freestream.Numerics;
using MathNet.Numerics.Integration;

namespace Freestream.Thermal;

/// <summary>
/// t(T) of the radiation era for one <see cref="IDegreesOfFreedom"/>, tabulated once:
/// t(T) = ∫_{ln T}^{ln T_max} F d ln T′ + 1/(2H(T_max)), F = (1 + (1/3) d ln g*s/d ln T′)/H(T′), between
/// 1 keV and 10 TeV; outside, g is taken constant and t = 1/(2H) is continued exactly.
/// </summary>
/// <remarks>
/// Nodes every 1/<see cref="PointsPerEFold"/> in ln T; each interval integrated by 8-point Gauss–Legendre;
/// ln t is cubic-Hermite interpolated with its exact slope d ln t/d ln T = −F/t.
/// </remarks>
internal sealed class TimeTemperatureTable
{
    /// <summary>Table nodes per e-fold of T.</summary>
    public const int PointsPerEFold = 64;

    private const int QuadratureOrder = 8;
    private static readonly double LnMin = Math.Log(StandardModelDegreesOfFreedom.MinimumTemperatureGeV);
    private static readonly double LnMax = Math.Log(StandardModelDegreesOfFreedom.MaximumTemperatureGeV);

    private readonly IDegreesOfFreedom _dof;
    private readonly UniformHermiteTable _lnTime;
    private readonly double _timeAtMinimumGeV;
    private readonly double _hubbleAtMinimumGeV;

    /// <summary>Builds the table for <paramref name="dof"/>.</summary>
    public TimeTemperatureTable(IDegreesOfFreedom dof)
    {
        _dof = dof;
        int n = (int)Math.Ceiling((LnMax - LnMin) * PointsPerEFold) + 1;
        double step = (LnMax - LnMin) / (n - 1);
        var rule = new GaussLegendreRule(0.0, 1.0, QuadratureOrder);
        double[] nodes = rule.Abscissas, weights = rule.Weights;
        var lnTime = new double[n];
        var slope = new double[n];
        double time = 0.5 / RadiationEra.HubbleRateGeV(Math.Exp(LnMax), dof);
        for (int i = n - 1; i >= 0; i--)
        {
            double lnT = LnMin + i * step;
            if (i < n - 1)
            {
                for (int k = 0; k < QuadratureOrder; k++)
                {
                    time += step * weights[k] * Integrand(lnT + step * nodes[k]);
                }
            }

            lnTime[i] = Math.Log(time);
            slope[i] = -Integrand(lnT) / time;
        }

        _lnTime = new UniformHermiteTable(step, lnTime, slope, LnMin);
        _timeAtMinimumGeV = Math.Exp(lnTime[0]);
        _hubbleAtMinimumGeV = RadiationEra.HubbleRateGeV(Math.Exp(LnMin), dof);
    }

    /// <summary>t(T) in GeV⁻¹ (t = 0 at T → ∞).</summary>
    public double TimeInverseGeV(double temperatureGeV)
    {
        double lnT = Math.Log(temperatureGeV);
        if (lnT >= LnMax)
        {
            return 0.5 / RadiationEra.HubbleRateGeV(temperatureGeV, _dof);
        }

        if (lnT <= LnMin)
        {
            return _timeAtMinimumGeV + 0.5 / RadiationEra.HubbleRateGeV(temperatureGeV, _dof) - 0.5 / _hubbleAtMinimumGeV;
        }

        return Math.Exp(_lnTime.Evaluate(lnT));
    }

    private double Integrand(double lnT)
    {
        double t = Math.Exp(lnT);
        return (1.0 + _dof.LogEntropyDofDerivative(t) / 3.0) / RadiationEra.HubbleRateGeV(t, _dof);
    }
}
