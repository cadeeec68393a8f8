using System.Globalization;
using Freestream.Numerics;

namespace Freestream.Distributions;

/// <summary>
/// Rows of a fixed number of numbers separated by spaces, tabs or a comma; blank lines and lines whose first
/// non-blank character is <c>#</c> are skipped. Only the layout is checked here: what the numbers mean
/// (ranges, monotony) is the caller's business.
/// </summary>
internal static class NumericColumns
{
    private static readonly char[] Separators = [' ', '\t', ','];

    /// <summary>Reads every data row.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">File name used in error messages.</param>
    /// <param name="columns">Numbers expected per row.</param>
    /// <param name="layout">Description of a row for messages, e.g. "'q f'".</param>
    /// <param name="lines">When given, receives the line number of each row (for messages about rows).</param>
    /// <exception cref="InvalidDataException">A row has another number of fields or a field is not a finite number.</exception>
    public static List<double[]> Read(TextReader reader, string source, int columns, string layout, List<int>? lines = null)
    {
        var rows = new List<double[]>();
        foreach (var (lineNumber, text, fields) in DataLines(reader))
        {
            if (fields.Length != columns)
            {
                throw Error(source, lineNumber, $"expected {columns} numbers {layout}, got {InputEcho.Quote(text)}");
            }

            var row = new double[columns];
            for (int i = 0; i < columns; i++)
            {
                if (!double.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out row[i]) || !double.IsFinite(row[i]))
                {
                    throw Error(source, lineNumber, $"{InputEcho.Quote(fields[i])} is not a finite number");
                }
            }

            rows.Add(row);
            lines?.Add(lineNumber);
        }

        return rows;
    }

    /// <summary>
    /// The data lines of <paramref name="reader"/>: line number (from 1), trimmed text and its fields split at spaces,
    /// tabs and commas; blank lines and <c>#</c> comments are skipped.
    /// </summary>
    public static IEnumerable<(int LineNumber, string Text, string[] Fields)> DataLines(TextReader reader)
    {
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return (lineNumber, trimmed, trimmed.Split(Separators, StringSplitOptions.RemoveEmptyEntries));
            }
        }
    }

    /// <summary>An error naming the source and the line.</summary>
    public static InvalidDataException Error(string source, int lineNumber, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{source}, line {lineNumber}: {message}"));
}
