namespace Freestream.Production;

/// <summary>
/// One time step of a scalar-decay run: r = m_S/T, T, the S occupation relative to equilibrium, the comoving
/// yields of S and N, and the S annihilation (plus inverse-decay) rate over H.
/// </summary>
/// <param name="R">r = m_S/T.</param>
/// <param name="TemperatureGeV">T in GeV.</param>
/// <param name="ScalarToEquilibrium">n_S/n_S,eq (MB).</param>
/// <param name="ScalarYield">Y_S = n_S/s.</param>
/// <param name="SterileYield">Y_N = n_N/s (both helicities).</param>
/// <param name="AnnihilationOverHubble">Number-weighted S loss rate from annihilation and inverse decays, over H.</param>
public sealed record ScalarDecayHistoryPoint(double R, double TemperatureGeV, double ScalarToEquilibrium, double ScalarYield, double SterileYield, double AnnihilationOverHubble);
