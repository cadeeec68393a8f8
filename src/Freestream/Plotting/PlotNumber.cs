using System.Globalization;
using System.Text;

namespace Freestream.Plotting;

/// <summary>
/// The one number format of every figure, legend, label and report table: at most three significant
/// digits (trailing zeros dropped), written plainly for 0.01 ≤ |v| &lt; 10⁴ and as m×10ⁿ outside
/// ("18.3", "0.05", "2.85×10⁻⁵", "10⁻⁸"), never in E notation.
/// </summary>
public static class PlotNumber
{
    /// <summary>Smallest magnitude written plainly.</summary>
    public const double PlainMinimum = 0.01;

    /// <summary>Magnitude from which the ×10ⁿ form is used.</summary>
    public const double PlainMaximum = 1e4;

    /// <summary>
    /// <paramref name="value"/> with three significant digits; empty for NaN, "∞" or "−∞" for infinities.
    /// </summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return string.Empty;
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "−∞";
        }

        if (value == 0)
        {
            return "0";
        }

        // Round to three significant digits first: 9999 becomes 1.00×10⁴, not "10000".
        double rounded = double.Parse(value.ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        double magnitude = Math.Abs(rounded);
        string sign = rounded < 0 ? "−" : string.Empty;
        if (magnitude >= PlainMinimum && magnitude < PlainMaximum)
        {
            return sign + magnitude.ToString("0.####", CultureInfo.InvariantCulture);
        }

        int exponent = (int)Math.Floor(Math.Log10(magnitude));
        double mantissa = Math.Round(magnitude / Math.Pow(10, exponent), 2);
        if (mantissa >= 10)
        {
            mantissa /= 10;
            exponent++;
        }

        string power = Power(exponent);
        return mantissa == 1
            ? sign + power
            : sign + mantissa.ToString("0.##", CultureInfo.InvariantCulture) + "×" + power;
    }

    /// <summary>10ⁿ with a superscript exponent ("10⁻⁸"); 1 and 10 for n = 0 and 1.</summary>
    public static string Power(int exponent)
    {
        if (exponent == 0)
        {
            return "1";
        }

        if (exponent == 1)
        {
            return "10";
        }

        var text = new StringBuilder("10");
        foreach (char digit in exponent.ToString(CultureInfo.InvariantCulture))
        {
            text.Append(Superscript(digit));
        }

        return text.ToString();
    }

    private static char Superscript(char digit) => digit switch
    {
        '-' => '⁻',
        '1' => '¹',
        '2' => '²',
        '3' => '³',
        _ => (char)('⁰' + (digit - '0')),
    };
}
