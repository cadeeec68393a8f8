using Freestream.Thermal;

namespace Freestream.Production;

/// <summary>
/// Physical inputs of scalar-decay production of a sterile neutrino N: a real singlet scalar S with
/// the Higgs portal 2λ(Φ†Φ)S² and the Yukawa coupling (y/2) S N̄ᶜN (Merle &amp; Totzauer,
/// arXiv:1502.01011; König, Merle &amp; Totzauer, arXiv:1609.01289; docs/physics/scalar_decay.md §1.1).
/// </summary>
public sealed record ScalarDecayModel
{
    /// <summary>Creates and validates a model point.</summary>
    /// <param name="scalarMassGeV">m_S in GeV, finite and &gt; 0.</param>
    /// <param name="lambda">Portal coupling λ in (0, 4π] (<see cref="ProductionQuantities.Lambda"/>).</param>
    /// <param name="yukawa">Yukawa coupling y in (0, 4π] (<see cref="ProductionQuantities.Yukawa"/>).</param>
    /// <param name="electroweakTemperatureGeV">T_EW in GeV (sharp regime switch), finite and ≥ 0; 0 keeps regime I throughout.</param>
    /// <param name="sterileMassKeV">m_N in keV, or null to fix it by the relic abundance; must be &lt; m_S/2.</param>
    public ScalarDecayModel(double scalarMassGeV, double lambda, double yukawa, double electroweakTemperatureGeV = DefaultElectroweakTemperatureGeV, double? sterileMassKeV = null)
    {
        RequirePositive(scalarMassGeV, nameof(scalarMassGeV));
        ProductionQuantities.Lambda.Check(lambda);
        ProductionQuantities.Yukawa.Check(yukawa);
        if (!double.IsFinite(electroweakTemperatureGeV) || electroweakTemperatureGeV < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(electroweakTemperatureGeV), electroweakTemperatureGeV, "T_EW must be a finite number >= 0 GeV");
        }

        if (sterileMassKeV is double mN)
        {
            RequirePositive(mN, nameof(sterileMassKeV));
            if (mN * Thermal.PhysicalConstants.KeVInGeV >= scalarMassGeV / 2)
            {
                throw new ArgumentOutOfRangeException(nameof(sterileMassKeV), mN, $"m_N must be < m_S/2 = {scalarMassGeV / 2 / Thermal.PhysicalConstants.KeVInGeV:G6} keV");
            }
        }

        ScalarMassGeV = scalarMassGeV;
        Lambda = lambda;
        Yukawa = yukawa;
        ElectroweakTemperatureGeV = electroweakTemperatureGeV;
        SterileMassKeV = sterileMassKeV;
    }

    /// <summary>Default T_EW = 160 GeV, the lattice SM crossover 159.5 ± 1.5 GeV (D'Onofrio &amp; Rummukainen, arXiv:1508.07161).</summary>
    public const double DefaultElectroweakTemperatureGeV = 160;

    /// <summary>m_S in GeV.</summary>
    public double ScalarMassGeV { get; }

    /// <summary>Portal coupling λ of 2λ(Φ†Φ)S².</summary>
    public double Lambda { get; }

    /// <summary>Yukawa coupling y of (y/2) S N̄ᶜN.</summary>
    public double Yukawa { get; }

    /// <summary>T_EW in GeV: regime I above, regime II/III below.</summary>
    public double ElectroweakTemperatureGeV { get; }

    /// <summary>m_N in keV if given; otherwise the result fixes it by the relic abundance.</summary>
    public double? SterileMassKeV { get; }

    /// <summary>True when h → SS is open (2m_S &lt; m_h): regime III below T_EW, otherwise regime II.</summary>
    public bool HiggsDecayOpen => 2 * ScalarMassGeV < HiggsSectorParameters.HiggsMassGeV;

    /// <summary>
    /// Γ(S → NN) in GeV, with the phase-space factor (1 − 4m_N²/m_S²)^{3/2} for the given m_N (1 when m_N is
    /// fixed afterwards: for keV N and GeV S it differs from 1 by &lt; 10⁻¹⁰).
    /// </summary>
    public double ScalarWidthGeV => ScalarDecayWidths.ScalarToSterile(Yukawa, ScalarMassGeV, (SterileMassKeV ?? 0) * Thermal.PhysicalConstants.KeVInGeV);

    private static void RequirePositive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number > 0");
        }
    }
}
