using Freestream.Cosmology;

namespace Freestream.Thermal;

/// <summary>
/// Direct (untabulated) thermodynamics of the Standard-Model plasma at photon temperature T: the
/// reference computation behind <see cref="StandardModelDegreesOfFreedom"/>.
/// </summary>
/// <remarks>
/// Content: photons; e, μ, τ, the c, b, t quarks, W, Z and h as ideal gases with their vacuum masses
/// (PDG 2024, <see cref="PhysicalConstants"/>; pole masses for the quarks, the kinematic mass of a free
/// quasi-particle; the electroweak crossover's temperature-dependent masses are neglected, as in Husdal,
/// arXiv:1609.04979); the u, d, s, gluon / light-hadron sector from
/// <see cref="QcdSector"/> (HotQCD lattice + hadron resonance gas); three massless neutrino flavours.
/// Neutrinos decouple instantaneously after μ⁺μ⁻ annihilation and before e⁺e⁻ annihilation, so the
/// e± entropy heats only the photons: (T_ν/T)³ = g_s,eγ(T)/(11/2), with g_s,eγ the entropy dof of
/// photons and e± at T (Kolb &amp; Turner, The Early Universe, §3.3). This is exact for instantaneous
/// decoupling at T_dec ≫ m_e and smooth in T; it gives today T_ν/T = (4/11)^{1/3}, g*s0 = 43/11 = 3.909
/// and g*0 = 2 + (21/4)(4/11)^{4/3} = 3.363, i.e. N_eff = 3 (not 3.044: the 0.3 % heating of neutrinos by
/// non-instantaneous decoupling is not modelled). The coupled species share one temperature and
/// their (ρ, p, s, c_V) come from one pressure per species, so the first law dρ = T ds holds for them.
/// </remarks>
internal static class StandardModelPlasma
{
    private const double NeutrinoEntropyWeight = 7.0 / 8.0 * 6.0;
    private const double PhotonPlusElectronEntropyDof = 2.0 + 7.0 / 8.0 * 4.0;
    private static readonly double EnergyNorm = 30.0 / (Math.PI * Math.PI);
    private static readonly double EntropyNorm = 45.0 / (2.0 * Math.PI * Math.PI);

    /// <summary>Ideal-gas species in equilibrium with the photons: (mass GeV, dof, fermion).</summary>
    public static IReadOnlyList<(double MassGeV, double Dof, bool Fermion)> IdealSpecies { get; } =
    [
        (PhysicalConstants.MuonMassGeV, 4, true),
        (PhysicalConstants.TauMassGeV, 4, true),
        (PhysicalConstants.CharmPoleMassGeV, 12, true),
        (PhysicalConstants.BottomPoleMassGeV, 12, true),
        (PhysicalConstants.TopMassGeV, 12, true),
        (PhysicalConstants.WMassGeV, 6, false),
        (PhysicalConstants.ZMassGeV, 3, false),
        (PhysicalConstants.HiggsMassGeV, 1, false),
    ];

    /// <summary>The four functions of <see cref="IDegreesOfFreedom"/> evaluated directly at T (GeV).</summary>
    public static PlasmaState Evaluate(double temperatureGeV)
    {
        double t = temperatureGeV;
        var photon = IdealGas.PerDegree(0.0, fermion: false);
        var electron = IdealGas.PerDegree(PhysicalConstants.ElectronMassGeV / t, fermion: true);

        double eγEnergy = 2 * photon.Energy + 4 * electron.Energy;
        double eγPressure = 2 * photon.Pressure + 4 * electron.Pressure;
        double eγHeat = 2 * photon.HeatCapacity + 4 * electron.HeatCapacity;

        double energy = eγEnergy, pressure = eγPressure, heat = eγHeat;
        foreach (var (mass, dof, fermion) in IdealSpecies)
        {
            var (e, p, c) = IdealGas.PerDegree(mass / t, fermion);
            energy += dof * e;
            pressure += dof * p;
            heat += dof * c;
        }

        var qcd = QcdSector.Thermodynamics(t);
        energy += qcd.Energy;
        pressure += qcd.Pressure;
        heat += qcd.HeatCapacity;

        // Coupled plasma: g_ρ = ρ/(π²T⁴/30), g_s = s/(2π²T³/45), dg_ρ/dlnT = (30/π²)(c_V/T³ − 4ρ/T⁴),
        // dg_s/dlnT = (45/2π²)(c_V/T³ − 3s/T³).
        double entropy = energy + pressure;
        double coupledEnergyDof = EnergyNorm * energy;
        double coupledEntropyDof = EntropyNorm * entropy;
        double coupledEnergySlope = EnergyNorm * (heat - 4 * energy);
        double coupledEntropySlope = EntropyNorm * (heat - 3 * entropy);

        // Neutrinos: r³ = (T_ν/T)³ = g_s,eγ/(11/2).
        double eγEntropyDof = EntropyNorm * (eγEnergy + eγPressure);
        double eγEntropySlope = EntropyNorm * (eγHeat - 3 * (eγEnergy + eγPressure));
        double r3 = eγEntropyDof / PhotonPlusElectronEntropyDof;
        double r4 = Math.Pow(r3, 4.0 / 3.0);
        double r3Slope = eγEntropySlope / PhotonPlusElectronEntropyDof;
        double r4Slope = 4.0 / 3.0 * r4 * eγEntropySlope / eγEntropyDof;

        double gs = coupledEntropyDof + NeutrinoEntropyWeight * r3;
        double g = coupledEnergyDof + NeutrinoEntropyWeight * r4;
        return new PlasmaState(
            EnergyDof: g,
            EntropyDof: gs,
            LogEnergyDofDerivative: (coupledEnergySlope + NeutrinoEntropyWeight * r4Slope) / g,
            LogEntropyDofDerivative: (coupledEntropySlope + NeutrinoEntropyWeight * r3Slope) / gs,
            NeutrinoToPhotonTemperatureRatio: Math.Cbrt(r3));
    }
}
