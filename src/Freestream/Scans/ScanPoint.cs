namespace Freestream.Scans;

/// <summary>One point of a (λ, y) scan plane at fixed scalar mass.</summary>
/// <param name="Index">Position in the grid: <c>LambdaIndex · (number of y values) + YukawaIndex</c>.</param>
/// <param name="LambdaIndex">Index of λ on its axis.</param>
/// <param name="YukawaIndex">Index of y on its axis.</param>
/// <param name="Lambda">Higgs-portal coupling λ (project Lagrangian, scalar_decay.md §1.1).</param>
/// <param name="Yukawa">Yukawa coupling y of S → NN.</param>
/// <param name="ScalarMassGeV">Scalar mass m_S in GeV.</param>
public sealed record ScanPoint(int Index, int LambdaIndex, int YukawaIndex, double Lambda, double Yukawa, double ScalarMassGeV);
