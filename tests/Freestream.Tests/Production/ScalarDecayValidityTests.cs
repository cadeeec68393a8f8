using Freestream.Production;
using Freestream.Thermal;

namespace Freestream.Tests.Production;

/// <summary>
/// Scalar decay in the corners where S ↔ NN is fast or f_N is large (issue 12, docs/physics/scalar_decay_validity.md):
/// the thermal-relic floor, Pauli blocking, the classical limit, the kinematic gate.
/// </summary>
public class ScalarDecayValidityTests
{
    private static ScalarDecayResult Solve(double scalarMassGeV, double lambda, double yukawa, ScalarDecayStatistics statistics = ScalarDecayStatistics.Quantum) =>
        new ScalarDecaySolver(ScalarDecaySettings.Default with { Statistics = statistics }).Solve(new ScalarDecayModel(scalarMassGeV, lambda, yukawa));

    [Fact]
    public void FastDecaysOfAThermalisedScalarLeaveNAsAThermalRelic()
    {
        // m_S = 100 GeV, λ = 1e-4 (S in equilibrium), y = 1e-6 (K ≈ 140): NN ↔ S holds N at equilibrium until it freezes
        // out, so f_N is a Fermi–Dirac spectrum at T_N/T_ν = (10.75/g*s,dec)^{1/3}. One g*s must then fit all three
        // moments: ⟨q⟩ = 3.1514 (10.75/g)^{1/3}, Y_N = 135ζ(3)g_N/(8π⁴ g), ΔN_eff = (10.75/g)^{4/3} (one ν + ν̄ flavour).
        var result = Solve(100, 1e-4, 1e-6);
        Assert.Equal(ScalarDecayValidity.Valid, result.Validity);
        double meanQFermiDirac = 7 * Math.Pow(Math.PI, 4) / (180 * PhysicalConstants.Zeta3);
        double entropyDof = 10.75 * Math.Pow(meanQFermiDirac / result.MeanQ, 3);
        Assert.InRange(entropyDof, 61.75, 106.75); // decoupling between the QCD transition and T ≈ m_S/3
        double relicYield = 135 * PhysicalConstants.Zeta3 * ScalarDecaySolver.SterileDegeneracy / (8 * Math.Pow(Math.PI, 4) * entropyDof);
        Assert.Equal(1, result.YieldN / relicYield, 0.02);
        Assert.Equal(1, result.DeltaNeffBbn / Math.Pow(10.75 / entropyDof, 4.0 / 3), 0.02);
        // Issue 12 numbers: m_N within 20 % of the floor 0.09 keV, ⟨q⟩ in 1.45–1.75, ΔN_eff in 0.04–0.09.
        Assert.InRange(result.SterileMassKeV, 0.072, 0.108);
        Assert.InRange(result.MeanQ, 1.45, 1.75);
        Assert.InRange(result.DeltaNeffBbn, 0.04, 0.09);
        Assert.True(result.Distribution.F.Max() <= 1, $"max f_N = {result.Distribution.F.Max()}");
        Assert.True(result.NumberConservationError < 3e-3, $"number conservation error {result.NumberConservationError}");
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void PauliBlockingCapsTheOccupationWhereClassicalDecaysOverfillIt()
    {
        // λ = 1.52e-8, y = 1e-6 (m_N ≈ 7.8 keV): classical decays pile f_N up to ~15 at small q, which the Pauli
        // principle forbids; the classical result is therefore outside validity, the quantum one is not, and since
        // nearly all S still decay the yield (and m_N) are the same to 1 %.
        var classical = Solve(100, 1.52e-8, 1e-6, ScalarDecayStatistics.Classical);
        var quantum = Solve(100, 1.52e-8, 1e-6);
        Assert.True(classical.Distribution.F.Max() > 1);
        Assert.Equal(ScalarDecayValidity.OutsideValidity, classical.Validity);
        Assert.Contains("f_N", classical.ValidityReason, StringComparison.Ordinal);
        Assert.True(quantum.Distribution.F.Max() <= 1, $"max f_N = {quantum.Distribution.F.Max()}");
        Assert.Equal(ScalarDecayValidity.Valid, quantum.Validity);
        Assert.Equal(classical.SterileMassKeV, quantum.SterileMassKeV, 0.01 * classical.SterileMassKeV);
    }

    [Theory]
    [InlineData(1.61e-8, 1e-10, 0.01)]
    [InlineData(1e-3, 5.8e-9, 0.03)]
    public void ClassicalLimitHoldsWhereOccupationsAreSmall(double lambda, double yukawa, double tolerance)
    {
        // Freeze-in line at 100 GeV (7 keV at λ ≈ 1.61e-8, issue 12: within 1 %) and the equilibrium-decay branch near
        // 7 keV at y ≈ 5.8e-9 (within 3 %): f_N ≪ 1 almost everywhere, so blocking and inverse decays change little.
        var classical = Solve(100, lambda, yukawa, ScalarDecayStatistics.Classical);
        var quantum = Solve(100, lambda, yukawa);
        Assert.Equal(7, classical.SterileMassKeV, tolerance * 7);
        Assert.Equal(classical.SterileMassKeV, quantum.SterileMassKeV, tolerance * classical.SterileMassKeV);
        Assert.Equal(classical.MeanQ, quantum.MeanQ, tolerance * classical.MeanQ);
    }

    [Fact]
    public void PointWhoseMassWouldCloseTheDecayIsKinematicallyForbidden()
    {
        // m_S = 65 GeV, λ = 1e-12, y = 1e-10: so few S are made that Ω h² = 0.12 needs m_N ≥ m_S/2 — S → NN is closed.
        var result = Solve(65, 1e-12, 1e-10);
        Assert.Equal(ScalarDecayValidity.KinematicallyForbidden, result.Validity);
        Assert.True(result.SterileMassKeV * PhysicalConstants.KeVInGeV >= 65 / 2.0);
        Assert.Contains("m_S/2", result.ValidityReason, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void BothScalarKineticsGiveValidFreezeOutAt50GeVAndAgreeFarFromTheResonance()
    {
        // Issue 12 item 2: frozen-out S decaying late (λ = 1e-3, y = 1e-9, Y_N = 2Y_S,fo) under both kinetics. Far from
        // m_h/2 (m_S = 100 GeV) elastic scattering does not matter and the two agree; at 50 GeV both are valid results
        // (docs/physics/scalar_decay_validity.md §3 gives their ratio and which one to use).
        ScalarDecayResult Run(double mass, ScalarKinetics kinetics) =>
            new ScalarDecaySolver(ScalarDecaySettings.Default with { Kinetics = kinetics }).Solve(new ScalarDecayModel(mass, 1e-3, 1e-9));
        var momentum50 = Run(50, ScalarKinetics.Momentum);
        var equilibrium50 = Run(50, ScalarKinetics.KineticEquilibrium);
        Assert.True(momentum50.ScalarThermalised && equilibrium50.ScalarThermalised);
        Assert.Equal(ScalarKinetics.KineticEquilibrium, equilibrium50.Kinetics);
        Assert.True(double.IsFinite(momentum50.YieldN / equilibrium50.YieldN));
        double farRatio = Run(100, ScalarKinetics.Momentum).YieldN / Run(100, ScalarKinetics.KineticEquilibrium).YieldN;
        Assert.Equal(1, farRatio, 0.05);
    }
}
