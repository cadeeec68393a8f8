using System.Globalization;
using Freestream.Numerics;
using Freestream.Thermal;

namespace Freestream.Cosmology;

/// <summary>
/// The homogeneous flat universe: photons, massless neutrinos (N_eff), baryons, CDM, Λ and optionally one
/// non-cold species whose ρ and p are integrated over its f(q). Friedmann equation ℋ² = a² Σ ρ̃_i with
/// ρ̃ = (8πG/3)ρ in Mpc⁻² (docs/physics/boltzmann.md §1, §3); a table of conformal time in ln a. This is the background of
/// the perturbation integration; the growth factor, ages and distances of the late universe used by the
/// structure verdicts are those of <see cref="LateTimeExpansion"/> (one growth factor in the library).
/// </summary>
/// <remarks>
/// Ω_γ h² = (π²/15) T_CMB⁴/(ħc)³/(ρ_c/h²); ρ̃_ur = N_eff (7/8)(4/11)^{4/3} ρ̃_γ; Λ closes the budget.
/// Conformal time τ = ∫ d ln a/ℋ (trapezoid on the table, starting from τ = a/√(a⁴ρ̃) deep in the
/// radiation era).
/// </remarks>
public sealed class Background
{
    /// <summary>Smallest tabulated scale factor.</summary>
    public const double MinimumScaleFactor = 1e-14;

    private readonly double lnAMin;
    private readonly double dLnA;
    private readonly double[] lnTau;
    private readonly UniformHermiteTable? ncdmEnergy;
    private readonly UniformHermiteTable? ncdmPressure;
    private readonly UniformHermiteTable? ncdmPseudoPressure;

    /// <summary>Builds the background.</summary>
    /// <param name="parameters">Cosmological parameters (validated).</param>
    /// <param name="ncdm">The non-cold species, or null for none.</param>
    /// <param name="omegaCdmH2">Ω_cdm h² (≥ 0); the non-cold species and CDM together are usually ω_dm.</param>
    /// <param name="settings">Table density.</param>
    public Background(CosmologyParameters parameters, NcdmSpecies? ncdm, double omegaCdmH2, BoltzmannSettings settings)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validated();
        if (!double.IsFinite(omegaCdmH2) || omegaCdmH2 < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(omegaCdmH2), omegaCdmH2, "omegaCdmH2 must be finite and >= 0");
        }

        Parameters = parameters;
        Ncdm = ncdm;
        double d2 = NcdmSpecies.HubbleDistanceMpcTimesH * NcdmSpecies.HubbleDistanceMpcTimesH;
        double tGeV = parameters.CmbTemperatureK * PhysicalConstants.BoltzmannGeVPerK;
        double rhoGammaGeVCm3 = Math.PI * Math.PI / 15 * Math.Pow(tGeV, 4) / Math.Pow(PhysicalConstants.HbarCGeVCm, 3);
        OmegaPhotonH2 = rhoGammaGeVCm3 / PhysicalConstants.CriticalDensityOverH2GeVPerCm3;
        RhoPhoton0 = OmegaPhotonH2 / d2;
        RhoUr0 = parameters.EffectiveNeutrinoNumber * 7.0 / 8.0 * Math.Pow(4.0 / 11.0, 4.0 / 3.0) * RhoPhoton0;
        RhoBaryon0 = parameters.OmegaBaryonH2 / d2;
        RhoCdm0 = omegaCdmH2 / d2;
        HubbleInvMpc0 = parameters.H / NcdmSpecies.HubbleDistanceMpcTimesH;
        double ncdm0 = ncdm is null ? 0 : ncdm.OmegaH2 / d2;
        RhoLambda = HubbleInvMpc0 * HubbleInvMpc0 - RhoPhoton0 - RhoUr0 - RhoBaryon0 - RhoCdm0 - ncdm0;
        if (RhoLambda < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(parameters), "the matter and radiation densities exceed the critical density (Ω_Λ < 0)");
        }

        lnAMin = Math.Log(MinimumScaleFactor);
        dLnA = 1.0 / settings.BackgroundPointsPerLogA;
        int n = (int)Math.Ceiling(-lnAMin / dLnA) + 1;
        dLnA = -lnAMin / (n - 1);
        if (ncdm is not null)
        {
            (ncdmEnergy, ncdmPressure, ncdmPseudoPressure) = TabulateNcdm(ncdm, n);
        }

        lnTau = new double[n];
        var conformalHubble = new double[n];
        for (int i = 0; i < n; i++)
        {
            conformalHubble[i] = ConformalHubble(Math.Exp(lnAMin + i * dLnA));
        }

        double a0 = MinimumScaleFactor;
        Densities(a0, out var d0);
        double tau = a0 / Math.Sqrt(a0 * a0 * a0 * a0 * d0.Total);
        lnTau[0] = Math.Log(tau);
        for (int i = 1; i < n; i++)
        {
            tau += 0.5 * dLnA * (1 / conformalHubble[i - 1] + 1 / conformalHubble[i]);
            lnTau[i] = Math.Log(tau);
        }

        ConformalAge = tau;
    }

    /// <summary>Cosmological parameters.</summary>
    public CosmologyParameters Parameters { get; }

    /// <summary>The non-cold species, or null.</summary>
    public NcdmSpecies? Ncdm { get; }

    /// <summary>Ω_γ h² from T_CMB.</summary>
    public double OmegaPhotonH2 { get; }

    /// <summary>ρ̃_γ today (Mpc⁻²).</summary>
    public double RhoPhoton0 { get; }

    /// <summary>ρ̃ of massless neutrinos today (Mpc⁻²).</summary>
    public double RhoUr0 { get; }

    /// <summary>ρ̃_b today (Mpc⁻²).</summary>
    public double RhoBaryon0 { get; }

    /// <summary>ρ̃_cdm today (Mpc⁻²).</summary>
    public double RhoCdm0 { get; }

    /// <summary>ρ̃_Λ (Mpc⁻²).</summary>
    public double RhoLambda { get; }

    /// <summary>H₀/c in Mpc⁻¹.</summary>
    public double HubbleInvMpc0 { get; }

    /// <summary>Conformal time today τ₀ in Mpc.</summary>
    public double ConformalAge { get; }

    /// <summary>
    /// ln(a⁴ρ̃), ln(a⁴p̃) and ln(a⁴p̃_pseudo) of the non-cold species on the ln a grid of the τ table, for cubic Hermite
    /// interpolation (fourth-order difference slopes): the perturbation right-hand side needs them at every
    /// evaluation, and the node sum behind them costs as much as the rest of a small state's right-hand side. The
    /// three are smooth in ln a (a⁴ρ̃ goes from constant to ∝ a), so with 400 points per e-fold the interpolation
    /// error is ~h⁴ ≈ 4e-11 relative, far below every tolerance downstream.
    /// </summary>
    private (UniformHermiteTable Energy, UniformHermiteTable Pressure, UniformHermiteTable PseudoPressure) TabulateNcdm(NcdmSpecies ncdm, int n)
    {
        var energy = new double[n];
        var pressure = new double[n];
        var pseudo = new double[n];
        for (int i = 0; i < n; i++)
        {
            double lnA = lnAMin + i * dLnA;
            double a = Math.Exp(lnA);
            ncdm.Densities(a, out double rho, out double p, out double ph);
            energy[i] = Math.Log(rho) + 4 * lnA;
            pressure[i] = Math.Log(p) + 4 * lnA;
            pseudo[i] = Math.Log(ph) + 4 * lnA;
        }

        UniformHermiteTable Table(double[] v) => new(dLnA, v, UniformHermiteTable.FiniteDifferenceSlopes(dLnA, v), lnAMin);
        return (Table(energy), Table(pressure), Table(pseudo));
    }

    /// <summary>All densities ρ̃_i and pressures at scale factor a (Mpc⁻²).</summary>
    public void Densities(double a, out BackgroundDensities d)
    {
        double a3 = a * a * a;
        double a4 = a3 * a;
        d.Photon = RhoPhoton0 / a4;
        d.Ur = RhoUr0 / a4;
        d.Baryon = RhoBaryon0 / a3;
        d.Cdm = RhoCdm0 / a3;
        d.Lambda = RhoLambda;
        if (Ncdm is null)
        {
            d.Ncdm = d.NcdmPressure = d.NcdmPseudoPressure = 0;
        }
        else if (ncdmEnergy is not null && a >= MinimumScaleFactor && a <= 1)
        {
            double lnA = Math.Log(a);
            d.Ncdm = Math.Exp(ncdmEnergy.Evaluate(lnA)) / a4;
            d.NcdmPressure = Math.Exp(ncdmPressure!.Evaluate(lnA)) / a4;
            d.NcdmPseudoPressure = Math.Exp(ncdmPseudoPressure!.Evaluate(lnA)) / a4;
        }
        else
        {
            Ncdm.Densities(a, out d.Ncdm, out d.NcdmPressure, out d.NcdmPseudoPressure);
        }
    }

    /// <summary>ℋ = a'/a = aH/c in Mpc⁻¹ at scale factor a.</summary>
    public double ConformalHubble(double a)
    {
        Densities(a, out var d);
        return a * Math.Sqrt(d.Total);
    }

    /// <summary>H(z)/c in Mpc⁻¹.</summary>
    public double HubbleInvMpc(double z)
    {
        if (!double.IsFinite(z) || z < -0.5)
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "z must be finite and > -0.5");
        }

        double a = 1 / (1 + z);
        return ConformalHubble(a) / a;
    }

    /// <summary>Conformal time τ(a) in Mpc (linear interpolation of ln τ in ln a).</summary>
    public double ConformalTime(double a) => Math.Exp(Interpolate(lnTau, Math.Log(a)));


    /// <summary>The scale factor at conformal time τ (bisection on the monotone table).</summary>
    public double ScaleFactorAtConformalTime(double tau)
    {
        double lt = Math.Log(tau);
        if (!(lt >= lnTau[0] && lt <= lnTau[^1]))
        {
            throw new ArgumentOutOfRangeException(nameof(tau), tau, string.Create(CultureInfo.InvariantCulture, $"tau must lie in [{Math.Exp(lnTau[0])}, {ConformalAge}] Mpc"));
        }

        return Math.Exp(lnAMin + MonotoneTable.FractionalIndex(lnTau, lt) * dLnA);
    }

    private double Interpolate(double[] table, double lnA)
    {
        double x = (lnA - lnAMin) / dLnA;
        if (x > table.Length - 1 && x < table.Length - 1 + 1e-6)
        {
            x = table.Length - 1;
        }

        if (!(x >= 0 && x <= table.Length - 1))
        {
            throw new ArgumentOutOfRangeException(nameof(lnA), Math.Exp(lnA), string.Create(CultureInfo.InvariantCulture, $"a must lie in [{MinimumScaleFactor}, 1]"));
        }

        int i = Math.Min((int)x, table.Length - 2);
        double frac = x - i;
        return table[i] + frac * (table[i + 1] - table[i]);
    }
}

/// <summary>Densities ρ̃_i = (8πG/3)ρ_i (Mpc⁻²) of every background species at one scale factor.</summary>
public struct BackgroundDensities
{
    /// <summary>Photons.</summary>
    public double Photon;

    /// <summary>Massless neutrinos.</summary>
    public double Ur;

    /// <summary>Baryons.</summary>
    public double Baryon;

    /// <summary>CDM.</summary>
    public double Cdm;

    /// <summary>Cosmological constant.</summary>
    public double Lambda;

    /// <summary>Non-cold species energy density.</summary>
    public double Ncdm;

    /// <summary>Non-cold species pressure.</summary>
    public double NcdmPressure;

    /// <summary>Non-cold species pseudo-pressure p̂ (Lesgourgues &amp; Tram 2011).</summary>
    public double NcdmPseudoPressure;

    /// <summary>Σρ̃.</summary>
    public readonly double Total => Photon + Ur + Baryon + Cdm + Lambda + Ncdm;

    /// <summary>Σp̃.</summary>
    public readonly double TotalPressure => (Photon + Ur) / 3 + NcdmPressure - Lambda;
}
