namespace Freestream.Production;

/// <summary>The production regimes of docs/physics/scalar_decay.md §3.4 (KMT16, arXiv:1609.01289).</summary>
public enum ScalarDecayRegime
{
    /// <summary>Regime I, T &gt; T_EW: SS ↔ ΦΦ with the four massless doublet components.</summary>
    I = 1,

    /// <summary>Regime II, T &lt; T_EW and m_S &gt; m_h/2: SS ↔ W⁺W⁻, ZZ, f f̄ (s-channel Higgs) and hh.</summary>
    II = 2,

    /// <summary>Regime III, T &lt; T_EW and m_S &lt; m_h/2: regime-II channels (on-shell pole subtracted) plus h ↔ SS.</summary>
    III = 3,
}
