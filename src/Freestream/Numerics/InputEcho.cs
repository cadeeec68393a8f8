using System.Text;

namespace Freestream.Numerics;

/// <summary>
/// Bad input quoted in an error message: at most <see cref="MaxLength"/> characters, control and other
/// non-printable characters replaced by '?', so that a message stays one readable line whatever was given.
/// </summary>
public static class InputEcho
{
    /// <summary>Longest echo of a bad input, in characters (an ellipsis marks a cut).</summary>
    public const int MaxLength = 80;

    /// <summary>The printable, shortened form of <paramref name="text"/> in single quotes.</summary>
    public static string Quote(string? text)
    {
        text ??= string.Empty;
        var echo = new StringBuilder(Math.Min(text.Length, MaxLength) + 3);
        echo.Append('\'');
        int length = Math.Min(text.Length, MaxLength);
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            echo.Append(char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD' ? '?' : c);
        }

        if (text.Length > MaxLength)
        {
            echo.Append('…');
        }

        return echo.Append('\'').ToString();
    }
}
