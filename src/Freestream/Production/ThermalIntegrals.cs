using MathNet.Numerics.Interpolation;

namespace Freestream.Production;

/// <summary>
/// Energy density and entropy density of one internal degree of freedom of an ideal Fermi–Dirac or
/// Bose–Einstein gas of mass m at temperature T (zero chemical potential), as ratios to the massless
/// values, as functions of y = m/T.
/// </summary>
/// <remarks>
/// ρ(y) = T⁴/(2π²) ∫ u² E/(e^E ± 1) du, P(y) = T⁴/(6π²) ∫ u⁴/E /(e^E ± 1) du, E = √(u² + y²), s = (ρ + P)/T;
/// massless limits ρ_F = 7π²T⁴/240, ρ_B = π²T⁴/30 (e.g. Kolb &amp; Turner, The Early Universe, §3.3).
/// Tabulated once on 0 ≤ ln-spaced y ≤ 80 and interpolated with a natural cubic spline in ln y.
/// </remarks>
internal static class ThermalIntegrals
{
    private const double YMin = 1e-4;
    private const double YMax = 80.0;
    private const int Points = 241;

    private static readonly Lazy<Tables> Data = new(Build);

    /// <summary>ρ_F(m/T)/ρ_F(0) of a fermion.</summary>
    public static double FermionEnergyRatio(double y) => Evaluate(Data.Value.FermionEnergy, y);

    /// <summary>s_F(m/T)/s_F(0) of a fermion.</summary>
    public static double FermionEntropyRatio(double y) => Evaluate(Data.Value.FermionEntropy, y);

    /// <summary>s_B(m/T)/s_B(0) of a boson.</summary>
    public static double BosonEntropyRatio(double y) => Evaluate(Data.Value.BosonEntropy, y);

    private static double Evaluate(CubicSpline spline, double y)
    {
        if (y <= YMin)
        {
            return 1.0;
        }

        if (y >= YMax)
        {
            return 0.0;
        }

        return Math.Exp(spline.Interpolate(Math.Log(y)));
    }

    private static Tables Build()
    {
        var lnY = new double[Points];
        var fermionEnergy = new double[Points];
        var fermionEntropy = new double[Points];
        var bosonEntropy = new double[Points];
        var (rhoF0, pF0) = Integrals(0, +1);
        var (rhoB0, pB0) = Integrals(0, -1);
        for (int i = 0; i < Points; i++)
        {
            lnY[i] = Math.Log(YMin) + (Math.Log(YMax) - Math.Log(YMin)) * i / (Points - 1);
            double y = Math.Exp(lnY[i]);
            var (rhoF, pF) = Integrals(y, +1);
            var (rhoB, pB) = Integrals(y, -1);
            fermionEnergy[i] = Math.Log(rhoF / rhoF0);
            fermionEntropy[i] = Math.Log((rhoF + pF) / (rhoF0 + pF0));
            bosonEntropy[i] = Math.Log((rhoB + pB) / (rhoB0 + pB0));
        }

        return new Tables(
            CubicSpline.InterpolateNatural(lnY, fermionEnergy),
            CubicSpline.InterpolateNatural(lnY, fermionEntropy),
            CubicSpline.InterpolateNatural(lnY, bosonEntropy));
    }

    /// <summary>∫ u² E/(e^E ± 1) du and ∫ u⁴/(3E)/(e^E ± 1) du by composite Simpson on u ∈ [0, y + 70].</summary>
    private static (double Energy, double Pressure) Integrals(double y, int sign)
    {
        const int intervals = 4000;
        double uMax = y + 70.0;
        double h = uMax / intervals;
        double energy = 0;
        double pressure = 0;
        for (int i = 1; i <= intervals; i++)
        {
            double u = i * h;
            double e = Math.Sqrt(u * u + y * y);
            double occupation = 1.0 / (Math.Exp(e) + sign);
            double weight = i == intervals ? 1 : (i % 2 == 1 ? 4 : 2);
            energy += weight * u * u * e * occupation;
            pressure += weight * u * u * u * u / (3 * e) * occupation;
        }

        return (energy * h / 3, pressure * h / 3);
    }

    private sealed record Tables(CubicSpline FermionEnergy, CubicSpline FermionEntropy, CubicSpline BosonEntropy);
}
