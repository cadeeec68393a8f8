namespace Freestream.Scans;

/// <summary>
/// One point of a scan plane. Its coordinates are the values of the model's two axes
/// (<see cref="ScanModel.XKey"/>, <see cref="ScanModel.YKey"/>): (λ, y) for scalar decay,
/// (m_s in keV, sin²2θ) for Shi–Fuller.
/// </summary>
/// <param name="Index">Position in the grid: <c>XIndex · (number of y values) + YIndex</c>.</param>
/// <param name="XIndex">Index on the horizontal axis.</param>
/// <param name="YIndex">Index on the vertical axis.</param>
/// <param name="X">Value on the horizontal axis.</param>
/// <param name="Y">Value on the vertical axis.</param>
public sealed record ScanPoint(int Index, int XIndex, int YIndex, double X, double Y);
