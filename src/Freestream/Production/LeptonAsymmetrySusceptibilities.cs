using Freestream.Thermal;
using MathNet.Numerics.Interpolation;

namespace Freestream.Production;

/// <summary>
/// Charge susceptibilities of the Standard-Model plasma at zero chemical potential, χ = ∂(n − n̄)/T³ / ∂(μ/T):
/// per fermion internal state χ_F(m/T), and the QCD ones χ₂^Q, χ₂^B, χ₁₁^{BQ} (∂²(p/T⁴)/∂(μ_X/T)∂(μ_Y/T)),
/// used by <see cref="LeptonAsymmetryRedistribution"/>.
/// </summary>
/// <remarks>
/// <para>Per internal state of a fermion (boson) of mass m, χ = (1/π²)∫₀^∞ u² e^E/(e^E ± 1)² du, E = √(u² + (m/T)²):
/// 1/6 (1/3) when massless, so one massless helicity has (n − n̄)/T³ = (μ/T)/6 (physics note §3.1).</para>
/// <para>QCD sector [approximation; source stated]: below the crossover a hadron resonance gas of the
/// charged or baryonic light hadrons (π, K, ρ, K*, a₁, a₂, b₁; N, Λ, Σ, Δ, Ξ, Σ*, Ξ*, Ω; PDG 2024 masses and
/// spin–isospin multiplicities), which is where the lattice susceptibilities agree with the resonance gas
/// (Bazavov et al. (HotQCD) 2012, arXiv:1203.0784; Borsanyi et al. 2012, arXiv:1112.4416, T ≲ 150 MeV); above it
/// free u, d, s quarks (6 states each, PDG MS-bar masses) which the lattice χ₂^Q, χ₂^B approach from below
/// (≈ 80–90 % of the free values at 250–400 MeV in those papers [recalled]). The two are joined by a C^∞
/// switch in ln T from 150 to 250 MeV (same form as <see cref="QcdSector"/>); c and b quarks are free gases
/// with pole masses throughout. The asymmetry potential depends on this choice only through the split of the
/// flavour asymmetry between ν_α and ℓ_α (charge neutrality fixes the hadronic charge to the lepton charge); the
/// pure-HRG and pure-quark limits bound that systematic: they differ by ≤ 2.4 % in V_L between 150 and 250 MeV (tests).</para>
/// </remarks>
public static class LeptonAsymmetrySusceptibilities
{
    /// <summary>Lower edge of the hadron-gas → quark-gas switch, GeV.</summary>
    public const double SwitchLowGeV = 0.150;

    /// <summary>Upper edge of the switch, GeV.</summary>
    public const double SwitchHighGeV = 0.250;

    private const double UpMassGeV = 2.16e-3;
    private const double DownMassGeV = 4.70e-3;
    private const double StrangeMassGeV = 93.5e-3;

    /// <summary>(mass GeV, spin×isospin-member states of the particle, charge Q, baryon number B); antiparticles implied.</summary>
    private static readonly (double MassGeV, double States, double Charge, double Baryon, bool Fermion)[] Hadrons =
    [
        (0.13957039, 1, 1, 0, false), // π+
        (0.493677, 1, 1, 0, false), // K+
        (0.77526, 3, 1, 0, false), // ρ+
        (0.89167, 3, 1, 0, false), // K*(892)+
        (1.2295, 3, 1, 0, false), // b1(1235)+
        (1.230, 3, 1, 0, false), // a1(1260)+
        (1.3182, 5, 1, 0, false), // a2(1320)+
        (0.93827209, 2, 1, 1, true), // p
        (0.93956542, 2, 0, 1, true), // n
        (1.115683, 2, 0, 1, true), // Λ
        (1.18937, 2, 1, 1, true), // Σ+
        (1.192642, 2, 0, 1, true), // Σ0
        (1.197449, 2, -1, 1, true), // Σ−
        (1.232, 4, 2, 1, true), // Δ++
        (1.232, 4, 1, 1, true), // Δ+
        (1.232, 4, 0, 1, true), // Δ0
        (1.232, 4, -1, 1, true), // Δ−
        (1.31486, 2, 0, 1, true), // Ξ0
        (1.32171, 2, -1, 1, true), // Ξ−
        (1.3828, 4, 1, 1, true), // Σ*(1385)+
        (1.3837, 4, 0, 1, true), // Σ*0
        (1.3872, 4, -1, 1, true), // Σ*−
        (1.5318, 4, 0, 1, true), // Ξ*(1530)0
        (1.5350, 4, -1, 1, true), // Ξ*−
        (1.67245, 4, -1, 1, true), // Ω−
    ];

    private static readonly Lazy<(CubicSpline Fermion, CubicSpline Boson)> Tables = new(Build);

    /// <summary>χ of one fermionic internal state of mass m at temperature T: 1/6 massless.</summary>
    public static double Fermion(double massGeV, double temperatureGeV) => Evaluate(Tables.Value.Fermion, massGeV / temperatureGeV) / 6;

    /// <summary>χ of one bosonic internal state: 1/3 massless.</summary>
    public static double Boson(double massGeV, double temperatureGeV) => Evaluate(Tables.Value.Boson, massGeV / temperatureGeV) / 3;

    /// <summary>(χ₂^Q, χ₂^B, χ₁₁^{BQ}) of the hadron resonance gas.</summary>
    public static (double Charge, double Baryon, double Mixed) HadronGas(double temperatureGeV)
    {
        double q = 0, b = 0, bq = 0;
        foreach (var h in Hadrons)
        {
            double chi = h.States * (h.Fermion ? Fermion(h.MassGeV, temperatureGeV) : Boson(h.MassGeV, temperatureGeV));
            q += chi * h.Charge * h.Charge;
            b += chi * h.Baryon * h.Baryon;
            bq += chi * h.Baryon * h.Charge;
        }

        return (q, b, bq);
    }

    /// <summary>(χ₂^Q, χ₂^B, χ₁₁^{BQ}) of free u, d, s quarks (3 colours × 2 spins each; massless: 2/3, 1/3, 0).</summary>
    public static (double Charge, double Baryon, double Mixed) LightQuarkGas(double temperatureGeV) =>
        QuarkSum(temperatureGeV, (UpMassGeV, 2.0 / 3), (DownMassGeV, -1.0 / 3), (StrangeMassGeV, -1.0 / 3));

    /// <summary>(χ₂^Q, χ₂^B, χ₁₁^{BQ}) of free c and b quarks (pole masses).</summary>
    public static (double Charge, double Baryon, double Mixed) HeavyQuarkGas(double temperatureGeV) =>
        QuarkSum(temperatureGeV, (PhysicalConstants.CharmPoleMassGeV, 2.0 / 3), (PhysicalConstants.BottomPoleMassGeV, -1.0 / 3));

    /// <summary>Weight of the quark gas in the light sector: 0 below <see cref="SwitchLowGeV"/>, 1 above <see cref="SwitchHighGeV"/>, C^∞ in ln T.</summary>
    public static double QuarkWeight(double temperatureGeV)
    {
        double x = Math.Log(temperatureGeV / SwitchLowGeV) / Math.Log(SwitchHighGeV / SwitchLowGeV);
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        double a = Math.Exp(-1 / x), b = Math.Exp(-1 / (1 - x));
        return a / (a + b);
    }

    /// <summary>(χ₂^Q, χ₂^B, χ₁₁^{BQ}) of the whole strongly interacting sector at temperature T.</summary>
    public static (double Charge, double Baryon, double Mixed) Qcd(double temperatureGeV)
    {
        double w = QuarkWeight(temperatureGeV);
        var heavy = HeavyQuarkGas(temperatureGeV);
        var quarks = w > 0 ? LightQuarkGas(temperatureGeV) : default;
        var hadrons = w < 1 ? HadronGas(temperatureGeV) : default;
        return (
            heavy.Charge + (w * quarks.Charge) + ((1 - w) * hadrons.Charge),
            heavy.Baryon + (w * quarks.Baryon) + ((1 - w) * hadrons.Baryon),
            heavy.Mixed + (w * quarks.Mixed) + ((1 - w) * hadrons.Mixed));
    }

    private static (double Charge, double Baryon, double Mixed) QuarkSum(double temperatureGeV, params (double MassGeV, double Charge)[] quarks)
    {
        double q = 0, b = 0, bq = 0;
        foreach (var (mass, charge) in quarks)
        {
            double chi = 6 * Fermion(mass, temperatureGeV);
            q += chi * charge * charge;
            b += chi / 9;
            bq += chi * charge / 3;
        }

        return (q, b, bq);
    }

    private const double YMin = 1e-4;
    private const double YMax = 200.0;
    private const int Points = 301;

    private static double Evaluate(CubicSpline spline, double y)
    {
        if (y <= YMin)
        {
            return 1;
        }

        return y >= YMax ? 0 : Math.Exp(spline.Interpolate(Math.Log(y)));
    }

    /// <summary>χ(y)/χ(0) tabulated in ln y; integrals by composite Simpson on u ∈ [0, y + 60] (4000 intervals).</summary>
    private static (CubicSpline Fermion, CubicSpline Boson) Build()
    {
        var lnY = new double[Points];
        var fermion = new double[Points];
        var boson = new double[Points];
        for (int i = 0; i < Points; i++)
        {
            lnY[i] = Math.Log(YMin) + ((Math.Log(YMax) - Math.Log(YMin)) * i / (Points - 1));
            double y = Math.Exp(lnY[i]);
            fermion[i] = Math.Log(Integral(y, +1) / (Math.PI * Math.PI / 6));
            boson[i] = Math.Log(Integral(y, -1) / (Math.PI * Math.PI / 3));
        }

        return (CubicSpline.InterpolateNatural(lnY, fermion), CubicSpline.InterpolateNatural(lnY, boson));
    }

    /// <summary>∫₀^∞ u² e^{−E}/(1 ± e^{−E})² du (overflow-free form of u² e^E/(e^E ± 1)²).</summary>
    private static double Integral(double y, int sign)
    {
        const int intervals = 4000;
        const double uMax = 60.0;
        double h = uMax / intervals;
        double sum = 0;
        for (int i = 1; i <= intervals; i++)
        {
            double u = i * h;
            double e = Math.Sqrt((u * u) + (y * y));
            double x = Math.Exp(-e);
            double denominator = 1 + (sign * x);
            double weight = i == intervals ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += weight * u * u * x / (denominator * denominator);
        }

        return sum * h / 3;
    }
}
