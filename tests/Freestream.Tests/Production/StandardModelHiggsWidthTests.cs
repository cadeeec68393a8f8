using Freestream.Production;
using Freestream.Thermal;

namespace Freestream.Tests.Production;

/// <summary>Total width of an off-shell Standard-Model Higgs, Γ_h(√s) (issue 12 item 3).</summary>
public class StandardModelHiggsWidthTests
{
    [Fact]
    public void WidthAtTheHiggsMassIsTheWorkingGroupValue()
    {
        // LHC HXSWG Yellow Report 4 (arXiv:1610.07922), m_H = 125.10 GeV: Γ_H = 4.101 MeV. Only the fermion, gg, γγ and Zγ
        // parts are anchored there (75.8 %); W W* and Z Z* (24.2 %) come from the double-off-shell integral.
        Assert.Equal(1.0, StandardModelHiggsWidth.TotalGeV(125.10) / 4.101e-3, 0.02);
    }

    [Fact]
    public void OffShellVectorWidthsAtTheHiggsMassMatchTheWorkingGroup()
    {
        // YR4 at 125.10 GeV (HDECAY + Prophecy4f): BR(WW) = 0.2154, BR(ZZ) = 0.02643 of 4.101 MeV, i.e. 0.8834 and
        // 0.1084 MeV. Our leading-order integral lacks the few-per-cent electroweak and QCD corrections of Prophecy4f.
        Assert.Equal(1.0, StandardModelHiggsWidth.VectorPairGeV(125.10, isW: true) / (0.2154 * 4.101e-3), 0.06);
        Assert.Equal(1.0, StandardModelHiggsWidth.VectorPairGeV(125.10, isW: false) / (0.02643 * 4.101e-3), 0.06);
    }

    [Fact]
    public void BottomWidthUsesTheRunningMass()
    {
        // YR4: BR(bb̄) = 0.5807 of 4.101 MeV = 2.38 MeV (the tree-level width with m_b(m_b) = 4.18 GeV gives 4.3 MeV).
        double bottomOnly = StandardModelHiggsWidth.LightFermionsGeV(125.10) - (4.101e-3 * (0.02884 + 0.06256 + 2.17e-4));
        Assert.Equal(2.38e-3, bottomOnly, 0.03e-3);
        Assert.True(ScalarDecayWidths.OffShellHiggsToFermions(125.10, PhysicalConstants.BottomMassGeV, 3) > 1.7 * bottomOnly);
    }

    [Theory]
    [InlineData(300.0)]
    [InlineData(600.0)]
    public void FarAboveThresholdTheVectorWidthsAreTheOnShellOnes(double sqrtS)
    {
        // Both V on shell: Γ = δ_V G_F s^{3/2}/(16√2π) √(1 − 4x)(1 − 4x + 12x²) (Djouadi 2008 eq. (2.19)); the finite
        // widths change it by O(Γ_V/m_V) = 3 %.
        Assert.Equal(1.0, StandardModelHiggsWidth.VectorPairGeV(sqrtS, isW: true) / ScalarDecayWidths.OffShellHiggsToW(sqrtS), 0.03);
        Assert.Equal(1.0, StandardModelHiggsWidth.VectorPairGeV(sqrtS, isW: false) / ScalarDecayWidths.OffShellHiggsToZ(sqrtS), 0.03);
    }

    [Fact]
    public void At200GeVTheVectorWidthsMatchMadGraphLeadingOrder()
    {
        // MadGraph5_aMC@NLO auto-width of a 200 GeV SM Higgs (public exercise output, github.com/marcorossi5/mg5_exam,
        // day1/ex2): Γ(WW) = 1.0407 GeV, Γ(ZZ) = 0.3702 GeV, total 1.4200 GeV — on-shell two-body widths at leading order.
        // The double-off-shell integral lies 3–6 % lower: the parts of both Breit–Wigners above q₁ + q₂ = √s are
        // kinematically closed (each Breit–Wigner loses ≈ 1.5 % of its area).
        Assert.InRange(StandardModelHiggsWidth.VectorPairGeV(200, isW: true) / 1.0407, 0.94, 0.99);
        Assert.InRange(StandardModelHiggsWidth.VectorPairGeV(200, isW: false) / 0.3702, 0.92, 0.99);
    }

    [Theory]
    [InlineData(200.0)]
    [InlineData(300.0)]
    public void NarrowWidthLimitOfTheDoubleOffShellIntegralIsTheOnShellWidth(double sqrtS)
    {
        // (1/π) m_VΓ_V/[(q² − m_V²)² + m_V²Γ_V²] → δ(q² − m_V²) as Γ_V → 0, so the integral must tend to Γ₀(m_V², m_V²),
        // the on-shell width (Djouadi 2008 eqs. (2.19)–(2.20)); with Γ_V = 1e-4 m_V the truncated tails are 1e-4.
        var rule = new MathNet.Numerics.Integration.GaussLegendreRule(0, 1, 96);
        double w = StandardModelHiggsWidth.DoubleOffShell(sqrtS, PhysicalConstants.WMassGeV, 1e-4 * PhysicalConstants.WMassGeV, 2, rule);
        double z = StandardModelHiggsWidth.DoubleOffShell(sqrtS, PhysicalConstants.ZMassGeV, 1e-4 * PhysicalConstants.ZMassGeV, 1, rule);
        Assert.Equal(1.0, w / ScalarDecayWidths.OffShellHiggsToW(sqrtS), 2e-3);
        Assert.Equal(1.0, z / ScalarDecayWidths.OffShellHiggsToZ(sqrtS), 2e-3);
    }

    [Theory]
    [InlineData(100.0, 2.48e-3)]
    [InlineData(110.0, 2.85e-3)]
    [InlineData(120.0, 3.51e-3)]
    [InlineData(130.0, 4.91e-3)]
    [InlineData(140.0, 8.17e-3)]
    [InlineData(150.0, 1.73e-2)]
    [InlineData(160.0, 8.31e-2)]
    [InlineData(170.0, 3.80e-1)]
    [InlineData(180.0, 6.31e-1)]
    [InlineData(190.0, 1.04)]
    [InlineData(200.0, 1.43)]
    public void SqrtSDependenceFollowsTheWorkingGroupTableWithin10Percent(double sqrtS, double widthGeV)
    {
        // SM Higgs total width against mass, LHC HXSWG Yellow Report 3 (arXiv:1307.1347) branching-ratio tables, HDECAY +
        // Prophecy4f, column Total_Width_GeV (checked against the working group's distributed table, e.g. in
        // cms-analysis/HiggsAnalysis-CombinedLimit data/lhc-hxswg/sm/br/BR2bosons.txt, where 125.0 GeV gives 4.07e-3;
        // see docs/validation/higgs-width.md). Measured: within 1.1 % from 100 to 130 GeV, 2 % low at 140 GeV and 4–7 % low from 150 to
        // 200 GeV, where Prophecy4f adds the electroweak corrections to W W*/Z Z* that the leading-order integral lacks.
        Assert.Equal(1.0, StandardModelHiggsWidth.TotalGeV(sqrtS) / widthGeV, 0.10);
    }

    [Fact]
    public void WidthRisesMonotonicallyThroughTheThresholds()
    {
        double previous = 0;
        for (double m = 20; m < 400; m += 0.5)
        {
            double width = StandardModelHiggsWidth.TotalGeV(m);
            Assert.True(width > previous, $"Gamma_h({m}) = {width} not above {previous}");
            previous = width;
        }
    }
}
