using MathNet.Numerics.Integration;

namespace Freestream.Thermal;

/// <summary>
/// Thermodynamics of one internal degree of freedom of an ideal Bose or Fermi gas of mass m at
/// temperature T with zero chemical potential, in units of T: ρ/T⁴, p/T⁴ and the heat capacity
/// c_V/T³ = (dρ/dT)/T³, as functions of x = m/T.
/// </summary>
/// <remarks>
/// With y = p/T, ε = √(y² + x²) and n = 1/(e^ε ± 1) (Kolb &amp; Turner, The Early Universe, eqs. 3.52–3.53):
/// ρ/T⁴ = (1/2π²) ∫ y² ε n dy, p/T⁴ = (1/6π²) ∫ y⁴/ε n dy, c_V/T³ = (1/2π²) ∫ y² ε² n (1 ∓ n) dy;
/// s/T³ = (ρ + p)/T⁴. The integrals run over 0 ≤ y ≤ y_max with ε(y_max) − x = 60 (the neglected tail
/// is below e⁻⁶⁰ of the integral) by two-panel Gauss–Legendre quadrature of order 64 per panel, which
/// reproduces the massless values π²/30, 7π²/240 to 1e-14.
/// </remarks>
internal static class IdealGas
{
    private const int Order = 64;
    private const double TailInUnitsOfT = 60.0;

    /// <summary>Beyond this x = m/T every quantity is below 1e-300 and is returned as zero.</summary>
    public const double DecoupledMassOverTemperature = 680.0;

    private static readonly GaussLegendreRule UnitRule = new(0.0, 1.0, Order);
    private static readonly double[] Nodes = UnitRule.Abscissas;
    private static readonly double[] Weights = UnitRule.Weights;

    /// <summary>ρ/T⁴, p/T⁴ and c_V/T³ per internal degree of freedom.</summary>
    /// <param name="massOverTemperature">x = m/T ≥ 0.</param>
    /// <param name="fermion">True for Fermi–Dirac, false for Bose–Einstein statistics.</param>
    public static (double Energy, double Pressure, double HeatCapacity) PerDegree(double massOverTemperature, bool fermion)
    {
        double x = massOverTemperature;
        if (x >= DecoupledMassOverTemperature)
        {
            return (0.0, 0.0, 0.0);
        }

        if (x == 0.0)
        {
            double rho = (fermion ? 7.0 / 8.0 : 1.0) * Math.PI * Math.PI / 30.0;
            return (rho, rho / 3.0, 4.0 * rho);
        }

        double yMax = Math.Sqrt(TailInUnitsOfT * (TailInUnitsOfT + 2.0 * x));
        double split = yMax / 3.0;
        double energy = 0, pressure = 0, heat = 0;
        Accumulate(0.0, split, x, fermion, ref energy, ref pressure, ref heat);
        Accumulate(split, yMax, x, fermion, ref energy, ref pressure, ref heat);
        double twoPiSquared = 2.0 * Math.PI * Math.PI;
        return (energy / twoPiSquared, pressure / (3.0 * twoPiSquared), heat / twoPiSquared);
    }

    private static void Accumulate(double a, double b, double x, bool fermion, ref double energy, ref double pressure, ref double heat)
    {
        double width = b - a;
        var nodes = Nodes;
        var weights = Weights;
        double sign = fermion ? 1.0 : -1.0;
        for (int i = 0; i < nodes.Length; i++)
        {
            double y = a + width * nodes[i];
            double w = width * weights[i];
            double y2 = y * y;
            double eps = Math.Sqrt(y2 + x * x);
            double boltzmann = Math.Exp(-eps);
            double denominator = 1.0 + sign * boltzmann;
            double occupation = boltzmann / denominator;
            double fluctuation = boltzmann / (denominator * denominator);
            energy += w * y2 * eps * occupation;
            pressure += w * y2 * y2 / eps * occupation;
            heat += w * y2 * eps * eps * fluctuation;
        }
    }
}
