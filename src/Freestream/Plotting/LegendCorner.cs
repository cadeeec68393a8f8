namespace Freestream.Plotting;

/// <summary>Corner of the data area where <see cref="LinePlot"/> draws its legend.</summary>
public enum LegendCorner
{
    /// <summary>Top left.</summary>
    UpperLeft,

    /// <summary>Top right.</summary>
    UpperRight,

    /// <summary>Bottom left.</summary>
    LowerLeft,

    /// <summary>Bottom right (the default).</summary>
    LowerRight,
}
