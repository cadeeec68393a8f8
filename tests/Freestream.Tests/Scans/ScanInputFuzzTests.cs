using System.Text;
using Freestream.Scans;

namespace Freestream.Tests.Scans;

/// <summary>
/// Deterministic fuzz of the scan inputs: axis texts (<see cref="ScanAxis.Parse"/>) built from the pieces
/// users type and mistype, and scan files (<see cref="ScanFile"/>) made by mutating the example plane at
/// the character and the token level. Each input is either refused with a documented exception
/// (<see cref="FormatException"/>, <see cref="ArgumentException"/> or <see cref="InvalidDataException"/>) or
/// gives a valid axis / specification: values finite, &gt; 0, strictly increasing, 1 to
/// <see cref="ScanAxis.MaxPoints"/> of them, inside the model's bounds.
/// </summary>
public class ScanInputFuzzTests
{
    private const string ExampleFile = """
        [scan]
        model = "scalar-decay"
        scalar_mass_gev = 100.0
        lambda = "1e-10:1e-4:25"
        yukawa = [1e-11, 1e-9, 1e-7]
        output = "out"

        [cosmology]
        omega_dm_h2 = 0.12
        h = 0.6736
        """;

    private static readonly string[] NumberPieces =
    [
        "1e-8", "1e-6", "0", "-1e-7", "NaN", "nan", "Infinity", "-Infinity", "inf", "1e999", "1e-400", "5e-324", "4.9e-324",
        "1.7976931348623157e308", "12.5", "1", "3", "", " ", "1e", "e5", "0x10", "1_000", "1,5", "١٢", "+2", "--3", "1e-8 ",
    ];

    private static readonly string[] CountPieces = ["1", "2", "25", "0", "-3", "10000", "10001", "2147483648", "1e3", "5.5", "", "NaN", "99999999999"];

    private static readonly string[] TokenReplacements =
    [
        "nan", "inf", "-inf", "-1", "0", "1e999", "\"\"", "\"1e-8:1e-6:1e9\"", "\"1e-6:1e-8:4\"", "\"a,b\"", "[]", "[1e-8, 1e-8]",
        "[\"x\"]", "true", "{ a = 1 }", "1979-05-27", "\"scalar-decay\"", "\"shi-fuller\"", "\"unknown\"", "[[1]]", "1e-9",
    ];

    [Fact]
    public void FiveThousandAxisTextsAreRefusedOrValid()
    {
        var random = new Random(1401);
        int valid = 0;
        for (int i = 0; i < 5000; i++)
        {
            string text = random.Next(2) == 0
                ? $"{Pick(random, NumberPieces)}:{Pick(random, NumberPieces)}:{Pick(random, CountPieces)}"
                : string.Join(random.Next(5) == 0 ? ";" : ",", Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pick(random, NumberPieces)));
            if (random.Next(10) == 0)
            {
                text += new string(':', random.Next(1, 3));
            }

            ScanAxis axis;
            try
            {
                axis = ScanAxis.Parse("lambda", text);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                Assert.StartsWith("lambda", ex.Message);
                continue;
            }
            catch (Exception ex)
            {
                Assert.Fail($"axis '{text}': {ex.GetType().Name}: {ex.Message}");
                return;
            }

            valid++;
            AssertValid(axis, text);
        }

        Assert.True(valid > 100, $"only {valid} valid axes: the generator no longer makes ordinary axes");
    }

    [Fact]
    public void FiveThousandMutatedScanFilesAreRefusedOrValid()
    {
        var random = new Random(1402);
        int valid = 0;
        for (int i = 0; i < 5000; i++)
        {
            string text = Mutate(random, ExampleFile);
            ScanSpecification specification;
            try
            {
                specification = ScanFile.FromTable(ScanFile.ParseToml(text, "fuzz.toml"), "fuzz.toml").Specification;
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidDataException)
            {
                continue;
            }
            catch (Exception ex)
            {
                Assert.Fail($"case {i}: {ex.GetType().Name}: {ex.Message}\n{text}");
                return;
            }

            valid++;
            AssertValid(specification.X, text);
            AssertValid(specification.Y, text);
            Assert.All(specification.X.Values, v => Assert.True(specification.Description.XAxis.Range.Contains(v), $"x = {v}"));
            Assert.All(specification.Y.Values, v => Assert.True(specification.Description.YAxis.Range.Contains(v), $"y = {v}"));
            Assert.Equal(specification.X.Count * specification.Y.Count, specification.PointCount);
        }

        Assert.True(valid > 100, $"only {valid} valid files: the generator no longer makes ordinary files");
    }

    private static void AssertValid(ScanAxis axis, string text)
    {
        Assert.InRange(axis.Count, 1, ScanAxis.MaxPoints);
        for (int j = 0; j < axis.Count; j++)
        {
            Assert.True(double.IsFinite(axis.Values[j]) && axis.Values[j] > 0, $"'{text}': value {axis.Values[j]}");
            Assert.True(j == 0 || axis.Values[j] > axis.Values[j - 1], $"'{text}': not increasing at {j}");
        }
    }

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        int mutations = random.Next(1, 4);
        for (int m = 0; m < mutations; m++)
        {
            switch (random.Next(4))
            {
                case 0 when builder.Length > 0:
                    builder.Remove(random.Next(builder.Length), 1);
                    break;
                case 1:
                    builder.Insert(random.Next(builder.Length + 1), "[]=\"'#:,.\n-+eE09 _{}x"[random.Next(21)]);
                    break;
                case 2:
                    var lines = builder.ToString().Split('\n');
                    int line = random.Next(lines.Length);
                    int equals = lines[line].IndexOf('=', StringComparison.Ordinal);
                    if (equals > 0)
                    {
                        lines[line] = lines[line][..(equals + 1)] + " " + Pick(random, TokenReplacements);
                    }

                    builder.Clear().Append(string.Join('\n', lines));
                    break;
                default:
                    string[] keys = ["lambda", "yukawa", "scalar_mass_gev", "[cosmology]", "model", "h ="];
                    string key = Pick(random, keys);
                    builder.Replace(key, key.Insert(random.Next(1, key.Length), "x"));
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
