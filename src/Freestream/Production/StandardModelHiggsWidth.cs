using System.Numerics;
using Freestream.Numerics;
using Freestream.Thermal;
using MathNet.Numerics.Integration;
using MathNet.Numerics.Interpolation;

namespace Freestream.Production;

/// <summary>
/// Total width Γ_h(√s) of a Standard-Model Higgs boson of mass √s, the width of the off-shell h* in SS → h* → X:
/// b b̄, c c̄, τ⁺τ⁻, μ⁺μ⁻, t t̄, W W and Z Z with both vectors off shell, g g, γγ and Zγ.
/// </summary>
/// <remarks>
/// <para>Anchor: LHC Higgs Cross Section Working Group, CERN Yellow Report 4 (de Florian et al., arXiv:1610.07922), SM
/// Higgs at m_H = 125.10 GeV: Γ_H = 4.101 MeV with BR(bb̄) = 0.5807, BR(τ⁺τ⁻) = 0.06256, BR(gg) = 0.08179 (HDECAY), and
/// BR(cc̄) = 0.02884, BR(μ⁺μ⁻) = 2.17e-4, BR(γγ) = 2.27e-3, BR(Zγ) = 1.54e-3. The fermion, gg, γγ and Zγ partial widths
/// are these HXSWG values carried to √s with their leading-order √s dependence; the WW and ZZ widths are computed.</para>
/// <para>f f̄: Γ ∝ √s β³ m_q(√s)² (1 + 5.67 α_s(√s)/π), with m_q(μ)² ∝ α_s(μ)^{24/23} (five flavours) and one-loop
/// α_s(μ) from α_s(m_Z) = 0.1180 (PDG 2024), so that the b b̄ width uses m_b(√s) (≈ 2.8 GeV at m_h) and not m_b(m_b).
/// t t̄ is tree level with the pole mass (docs/physics/scalar_decay.md §3.2). gg and γγ: Γ ∝ s^{3/2} |A(√s)|² (× α_s(√s)² for gg) with
/// the top loop A_{1/2} (gg) and the W + top loops A_1 + N_c Q_t² A_{1/2} (γγ), complex above their thresholds
/// (Djouadi, Phys. Rept. 457 (2008) 1, eqs. (2.22)–(2.25), hep-ph/0503172). Zγ (0.15 %): phase space (1 − m_Z²/s)³ s^{3/2}.</para>
/// <para>V V: both vectors off shell,
/// Γ = (1/π²) ∫dq₁² ∫dq₂² B(q₁²) B(q₂²) Γ₀(q₁², q₂²), B(q²) = m_VΓ_V/[(q² − m_V²)² + m_V²Γ_V²],
/// Γ₀ = δ_V G_F s^{3/2}/(16√2 π) √λ (λ + 12 x₁x₂), x_i = q_i²/s, λ = (1 − x₁ − x₂)² − 4x₁x₂, δ_W = 2, δ_Z = 1
/// (Djouadi 2008 eq. (2.20); q₂ ≤ √s − q₁). This covers W W* and Z Z* below the 2m_V thresholds, the thresholds and the
/// on-shell widths above them. Each q² is mapped to θ with q² = m_V² + m_VΓ_V tan θ (B dq² = dθ) and integrated by 96-point
/// Gauss–Legendre; the result is tabulated once, 400 points in ln √s from 10 GeV to 3 TeV, and read by a cubic spline of
/// ln Γ (error &lt; 1e-3).</para>
/// </remarks>
public static class StandardModelHiggsWidth
{
    /// <summary>Higgs mass of the anchor values, GeV.</summary>
    public const double AnchorMassGeV = 125.10;

    /// <summary>Γ_H(125.10 GeV) of the working group, GeV.</summary>
    public const double AnchorTotalWidthGeV = 4.101e-3;

    /// <summary>α_s(m_Z) (PDG 2024).</summary>
    public const double StrongCouplingAtZ = 0.1180;

    private const double MinimumTableGeV = 10.0;
    private const double MaximumTableGeV = 3000.0;
    private const int TablePoints = 400;
    private const int QuadraturePoints = 96;

    private static readonly Lazy<(IInterpolation W, IInterpolation Z)> VectorTables = new(BuildVectorTables);

    /// <summary>Γ_h(√s) in GeV: the sum of all channels (√s &gt; 0 GeV).</summary>
    public static double TotalGeV(double sqrtS) =>
        LightFermionsGeV(sqrtS) + TopGeV(sqrtS) + VectorPairGeV(sqrtS, isW: true) + VectorPairGeV(sqrtS, isW: false)
        + GluonsGeV(sqrtS) + PhotonsGeV(sqrtS) + ZPhotonGeV(sqrtS);

    /// <summary>b b̄ + c c̄ + τ⁺τ⁻ + μ⁺μ⁻ at √s (GeV), carried from the working-group values at 125.10 GeV.</summary>
    public static double LightFermionsGeV(double sqrtS)
    {
        double quarkRunning = Math.Pow(StrongCoupling(sqrtS) / StrongCoupling(AnchorMassGeV), 24.0 / 23.0)
            * (1 + (5.67 * StrongCoupling(sqrtS) / Math.PI)) / (1 + (5.67 * StrongCoupling(AnchorMassGeV) / Math.PI));
        double bottom = 0.5807 * Scaled(sqrtS, PhysicalConstants.BottomMassGeV) * quarkRunning;
        double charm = 0.02884 * Scaled(sqrtS, PhysicalConstants.CharmMassGeV) * quarkRunning;
        double tau = 0.06256 * Scaled(sqrtS, PhysicalConstants.TauMassGeV);
        double muon = 2.17e-4 * Scaled(sqrtS, PhysicalConstants.MuonMassGeV);
        return AnchorTotalWidthGeV * (bottom + charm + tau + muon);
    }

    /// <summary>t t̄ at tree level with the pole mass, GeV (zero below 2m_t).</summary>
    public static double TopGeV(double sqrtS) => ScalarDecayWidths.OffShellHiggsToFermions(sqrtS, PhysicalConstants.TopMassGeV, 3);

    /// <summary>W⁺W⁻ (<paramref name="isW"/>) or ZZ with both vectors off shell, GeV.</summary>
    public static double VectorPairGeV(double sqrtS, bool isW)
    {
        if (sqrtS < MinimumTableGeV)
        {
            return 0;
        }

        if (sqrtS > MaximumTableGeV)
        {
            return isW ? ScalarDecayWidths.OffShellHiggsToW(sqrtS) : ScalarDecayWidths.OffShellHiggsToZ(sqrtS);
        }

        var table = VectorTables.Value;
        return Math.Exp((isW ? table.W : table.Z).Interpolate(Math.Log(sqrtS)));
    }

    /// <summary>g g at √s (top loop, α_s(√s)²), carried from the working-group value at 125.10 GeV, GeV.</summary>
    public static double GluonsGeV(double sqrtS)
    {
        double ratio = Math.Pow(sqrtS / AnchorMassGeV, 3) * Math.Pow(StrongCoupling(sqrtS) / StrongCoupling(AnchorMassGeV), 2)
            * (FermionLoop(TopTau(sqrtS)).Magnitude * FermionLoop(TopTau(sqrtS)).Magnitude)
            / (FermionLoop(TopTau(AnchorMassGeV)).Magnitude * FermionLoop(TopTau(AnchorMassGeV)).Magnitude);
        return AnchorTotalWidthGeV * 0.08179 * ratio;
    }

    /// <summary>γγ at √s (W and top loops), carried from the working-group value at 125.10 GeV, GeV.</summary>
    public static double PhotonsGeV(double sqrtS)
    {
        static double Amplitude2(double m)
        {
            double w = m / (2 * PhysicalConstants.WMassGeV);
            var a = VectorLoop(w * w) + (3 * 4.0 / 9.0 * FermionLoop(TopTau(m)));
            return a.Real * a.Real + a.Imaginary * a.Imaginary;
        }

        return AnchorTotalWidthGeV * 2.27e-3 * Math.Pow(sqrtS / AnchorMassGeV, 3) * Amplitude2(sqrtS) / Amplitude2(AnchorMassGeV);
    }

    /// <summary>Zγ at √s: the working-group value at 125.10 GeV times the phase space s^{3/2}(1 − m_Z²/s)³, GeV.</summary>
    public static double ZPhotonGeV(double sqrtS)
    {
        static double Phase(double m)
        {
            double r = 1 - (PhysicalConstants.ZMassGeV * PhysicalConstants.ZMassGeV / (m * m));
            return r <= 0 ? 0 : m * m * m * r * r * r;
        }

        return AnchorTotalWidthGeV * 1.54e-3 * Phase(sqrtS) / Phase(AnchorMassGeV);
    }

    /// <summary>One-loop α_s(μ) with five flavours from α_s(m_Z), μ held ≥ 10 GeV.</summary>
    public static double StrongCoupling(double scaleGeV)
    {
        double mu = Math.Max(scaleGeV, 10.0);
        double b0 = 23 / (12 * Math.PI);
        return StrongCouplingAtZ / (1 + (b0 * StrongCouplingAtZ * Math.Log(mu * mu / (PhysicalConstants.ZMassGeV * PhysicalConstants.ZMassGeV))));
    }

    /// <summary>(√s/m_h) β_f(√s)³/β_f(m_h)³: the tree-level √s dependence of a fermion pair at fixed coupling.</summary>
    private static double Scaled(double sqrtS, double massGeV)
    {
        static double Beta3(double m, double mf)
        {
            double b2 = 1 - (4 * mf * mf / (m * m));
            return b2 <= 0 ? 0 : b2 * Math.Sqrt(b2);
        }

        return sqrtS / AnchorMassGeV * Beta3(sqrtS, massGeV) / Beta3(AnchorMassGeV, massGeV);
    }

    private static double TopTau(double m) => m * m / (4 * PhysicalConstants.TopMassGeV * PhysicalConstants.TopMassGeV);

    /// <summary>f(τ) = arcsin²√τ (τ ≤ 1), −¼[ln((1 + √(1 − 1/τ))/(1 − √(1 − 1/τ))) − iπ]² (τ &gt; 1).</summary>
    private static Complex LoopFunction(double tau)
    {
        if (tau <= 1)
        {
            double a = Math.Asin(Math.Sqrt(tau));
            return a * a;
        }

        double r = Math.Sqrt(1 - (1 / tau));
        var l = new Complex(Math.Log((1 + r) / (1 - r)), -Math.PI);
        return -0.25 * l * l;
    }

    /// <summary>A_{1/2}(τ) = 2[τ + (τ − 1) f(τ)]/τ² (→ 4/3 for a heavy fermion).</summary>
    private static Complex FermionLoop(double tau) => 2 * (tau + ((tau - 1) * LoopFunction(tau))) / (tau * tau);

    /// <summary>A_1(τ) = −[2τ² + 3τ + 3(2τ − 1) f(τ)]/τ² (→ −7 for a heavy vector).</summary>
    private static Complex VectorLoop(double tau) => -((2 * tau * tau) + (3 * tau) + (3 * ((2 * tau) - 1) * LoopFunction(tau))) / (tau * tau);

    private static (IInterpolation W, IInterpolation Z) BuildVectorTables()
    {
        var lnM = new double[TablePoints];
        var w = new double[TablePoints];
        var z = new double[TablePoints];
        var rule = new GaussLegendreRule(0, 1, QuadraturePoints);
        for (int i = 0; i < TablePoints; i++)
        {
            lnM[i] = Math.Log(MinimumTableGeV) + ((Math.Log(MaximumTableGeV) - Math.Log(MinimumTableGeV)) * i / (TablePoints - 1));
            double m = Math.Exp(lnM[i]);
            w[i] = Math.Log(DoubleOffShell(m, PhysicalConstants.WMassGeV, PhysicalConstants.WWidthGeV, 2, rule));
            z[i] = Math.Log(DoubleOffShell(m, PhysicalConstants.ZMassGeV, PhysicalConstants.ZWidthGeV, 1, rule));
        }

        var spline = new NotAKnotSpline(lnM);
        return (spline.Interpolate(w), spline.Interpolate(z));
    }

    /// <summary>The double-off-shell integral of the remarks for one √s = <paramref name="m"/>, GeV.</summary>
    internal static double DoubleOffShell(double m, double vectorMass, double vectorWidth, double delta, GaussLegendreRule rule)
    {
        double s = m * m;
        double mg = vectorMass * vectorWidth;
        double m2 = vectorMass * vectorMass;
        double prefactor = delta * PhysicalConstants.FermiConstantGeV2 * s * m / (16 * Math.Sqrt(2) * Math.PI);
        double thetaLow = Math.Atan(-m2 / mg);
        double thetaHigh1 = Math.Atan((s - m2) / mg);
        // MathNet's GaussLegendreRule returns a fresh copy of its arrays on every property access: read them once.
        double[] nodes = rule.Abscissas;
        double[] weights = rule.Weights;
        double total = 0;
        for (int i = 0; i < nodes.Length; i++)
        {
            double theta1 = thetaLow + ((thetaHigh1 - thetaLow) * nodes[i]);
            double q1Squared = m2 + (mg * Math.Tan(theta1));
            if (q1Squared <= 0)
            {
                continue;
            }

            double q2Max = m - Math.Sqrt(q1Squared);
            if (q2Max <= 0)
            {
                continue;
            }

            double thetaHigh2 = Math.Atan(((q2Max * q2Max) - m2) / mg);
            double inner = 0;
            for (int j = 0; j < nodes.Length; j++)
            {
                double theta2 = thetaLow + ((thetaHigh2 - thetaLow) * nodes[j]);
                double x1 = q1Squared / s;
                double x2 = (m2 + (mg * Math.Tan(theta2))) / s;
                double lambda = ((1 - x1 - x2) * (1 - x1 - x2)) - (4 * x1 * x2);
                if (lambda > 0 && x2 > 0)
                {
                    inner += weights[j] * Math.Sqrt(lambda) * (lambda + (12 * x1 * x2));
                }
            }

            total += weights[i] * (thetaHigh1 - thetaLow) * inner * (thetaHigh2 - thetaLow);
        }

        return prefactor * total / (Math.PI * Math.PI);
    }
}
