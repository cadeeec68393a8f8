using Freestream.Cosmology;

namespace Freestream.Thermal;

/// <summary>
/// The strongly interacting (u, d, s, gluon / light-hadron) sector: the hadron resonance gas
/// (<see cref="HadronResonanceGas"/>) below 80 MeV, the HotQCD lattice pressure
/// (<see cref="LatticeQcdPressure"/>) above 140 MeV, joined by interpolating the pressure with a
/// C^∞ switch in ln T, p = S p_lattice + (1 − S) p_HRG. Energy density, entropy and heat capacity all
/// follow from that one pressure (s = dp/dT, ρ = Ts − p, c_V = T ds/dT), so the sector is
/// thermodynamically consistent and its g*(T), g*s(T) are smooth through the crossover.
/// </summary>
/// <remarks>
/// S(x) = φ(x)/(φ(x) + φ(1 − x)), φ(x) = e^{−1/x} (x &gt; 0), x = ln(T/80 MeV)/ln(140/80): exactly 0 below
/// 80 MeV and 1 above 140 MeV, with all derivatives continuous. In this window the lattice fit lies
/// 2–11 % above the truncated resonance gas; the window was chosen wide enough that the switch adds
/// no curvature to d ln g*s/d ln T beyond that of the crossover itself (largest |d²/d(ln T)²| stays the
/// one at 157 MeV). The charm and heavier quarks are not
/// in this sector (the lattice data are 2+1 flavour): they are ideal gases in
/// <see cref="StandardModelPlasma"/>.
/// </remarks>
internal static class QcdSector
{
    private const double SwitchLowGeV = 0.080;
    private const double SwitchHighGeV = 0.140;
    private const double Step = 1e-3;
    private static readonly double SwitchWidth = Math.Log(SwitchHighGeV / SwitchLowGeV);

    /// <summary>ρ/T⁴, p/T⁴ and c_V/T³ of the sector at temperature T (GeV).</summary>
    public static (double Energy, double Pressure, double HeatCapacity) Thermodynamics(double temperatureGeV)
    {
        double l = Math.Log(temperatureGeV);
        double x = (l - Math.Log(SwitchLowGeV)) / SwitchWidth;
        double stencilHalfWidth = 2 * Step / SwitchWidth;
        if (x <= -stencilHalfWidth)
        {
            return HadronResonanceGas.Thermodynamics(temperatureGeV);
        }

        var (a, a1, a2) = LatticeQcdPressure.WithLogDerivatives(temperatureGeV);
        if (x >= 1 + stencilHalfWidth)
        {
            return FromPressure(a, a1, a2);
        }

        var (hrgEnergy, hrgPressure, hrgHeat) = HadronResonanceGas.Thermodynamics(temperatureGeV);
        double b = hrgPressure;
        double b1 = hrgEnergy - 3 * hrgPressure;
        double b2 = hrgHeat - 12 * b - 7 * b1;

        double h = Step / SwitchWidth;
        double sm2 = Switch(x - 2 * h), sm1 = Switch(x - h), s0 = Switch(x), sp1 = Switch(x + h), sp2 = Switch(x + 2 * h);
        double s1 = (sm2 - 8 * sm1 + 8 * sp1 - sp2) / (12 * Step);
        double s2 = (-sm2 + 16 * sm1 - 30 * s0 + 16 * sp1 - sp2) / (12 * Step * Step);

        double p = s0 * a + (1 - s0) * b;
        double p1 = s0 * a1 + (1 - s0) * b1 + s1 * (a - b);
        double p2 = s0 * a2 + (1 - s0) * b2 + 2 * s1 * (a1 - b1) + s2 * (a - b);
        return FromPressure(p, p1, p2);
    }

    /// <summary>
    /// From p̂ = p/T⁴ and its ln T derivatives: ρ/T⁴ = 3p̂ + p̂′, s/T³ = 4p̂ + p̂′, c_V/T³ = 12p̂ + 7p̂′ + p̂″.
    /// </summary>
    private static (double Energy, double Pressure, double HeatCapacity) FromPressure(double p, double p1, double p2) =>
        (3 * p + p1, p, 12 * p + 7 * p1 + p2);

    private static double Switch(double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        double rise = Math.Exp(-1 / x);
        double fall = Math.Exp(-1 / (1 - x));
        return rise / (rise + fall);
    }
}
