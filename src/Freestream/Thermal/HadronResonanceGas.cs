using Freestream.Cosmology;

namespace Freestream.Thermal;

/// <summary>
/// Ideal hadron resonance gas of the light (u, d, s) hadrons with masses below 1.45 GeV, used for the
/// QCD sector below the range of the lattice parametrisation (T ≲ 110 MeV).
/// </summary>
/// <remarks>
/// Masses and spin–isospin multiplicities from the PDG 2024 summary tables (S. Navas et al.,
/// Phys. Rev. D 110, 030001); multiplicities count particles and antiparticles. Resonances are
/// treated as stable ideal gases at their pole masses (widths neglected). Between 80 and 140 MeV this
/// gas's pressure lies 2–11 % below the HotQCD fit, which the smooth switch of
/// <see cref="QcdSector"/> bridges.
/// </remarks>
internal static class HadronResonanceGas
{
    /// <summary>(mass in GeV, internal degrees of freedom, fermion).</summary>
    public static IReadOnlyList<(double MassGeV, double Dof, bool Fermion)> Species { get; } =
    [
        (0.13957039, 2, false), // π±
        (0.1349768, 1, false),  // π⁰
        (0.493677, 2, false),   // K±
        (0.497611, 2, false),   // K⁰, K̄⁰
        (0.547862, 1, false),   // η
        (0.77526, 9, false),    // ρ(770)
        (0.78266, 3, false),    // ω(782)
        (0.89167, 6, false),    // K*(892)±
        (0.89555, 6, false),    // K*(892)⁰, K̄*⁰
        (0.93827208816, 4, true), // p, p̄
        (0.93956542052, 4, true), // n, n̄
        (0.95778, 1, false),    // η′(958)
        (0.990, 1, false),      // f0(980)
        (0.980, 3, false),      // a0(980)
        (1.019461, 3, false),   // φ(1020)
        (1.115683, 4, true),    // Λ
        (1.166, 3, false),      // h1(1170)
        (1.18937, 4, true),     // Σ⁺
        (1.192642, 4, true),    // Σ⁰
        (1.197449, 4, true),    // Σ⁻
        (1.2295, 9, false),     // b1(1235)
        (1.230, 9, false),      // a1(1260)
        (1.232, 32, true),      // Δ(1232)
        (1.253, 12, false),     // K1(1270)
        (1.2754, 5, false),     // f2(1270)
        (1.2818, 3, false),     // f1(1285)
        (1.31486, 4, true),     // Ξ⁰
        (1.3182, 15, false),    // a2(1320)
        (1.32171, 4, true),     // Ξ⁻
        (1.3828, 24, true),     // Σ(1385)
        (1.403, 12, false),     // K1(1400)
        (1.4273, 20, false),    // K2*(1430)
    ];

    /// <summary>ρ/T⁴, p/T⁴, c_V/T³ of the whole gas at temperature T.</summary>
    public static (double Energy, double Pressure, double HeatCapacity) Thermodynamics(double temperatureGeV)
    {
        double energy = 0, pressure = 0, heat = 0;
        foreach (var (mass, dof, fermion) in Species)
        {
            var (e, p, c) = IdealGas.PerDegree(mass / temperatureGeV, fermion);
            energy += dof * e;
            pressure += dof * p;
            heat += dof * c;
        }

        return (energy, pressure, heat);
    }
}
