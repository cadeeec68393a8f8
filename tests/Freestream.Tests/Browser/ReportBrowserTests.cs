using System.Text.Json;
using Freestream.Cli.Commands;
using Freestream.Plotting;
using Freestream.Scans;
using Freestream.Tests.Scans;
using PuppeteerSharp;
using Freestream.Reports;

namespace Freestream.Tests.Browser;

/// <summary>
/// The quick-start reports (benchmark and plane) opened in Debian's Chromium (<c>/usr/bin/chromium</c>, installed
/// by <c>.ci/install-chromium</c>; never downloaded) at 1400 px and at a 1280 × 720 laptop size: every figure's
/// drawing (legend, axis labels, title) lies inside its rendered box and inside the window, the page logs no
/// console error, and (plane) clicking a table row redraws the detail plots.
/// </summary>
/// <remarks>
/// By default the reports are made from the embedded quick-start run file with the closed-form evaluator of
/// the scan tests (same panels, table and figures as a real run, in seconds). With FREESTREAM_QUICKSTART_DIR
/// set to the output folder of <c>freestream run</c>, its benchmark/ and plane/ reports are tested instead.
/// A 1400 px screenshot of each report is left in FREESTREAM_SCREENSHOT_DIR when that is set.
/// </remarks>
[Trait("Category", "Browser")]
public sealed class ReportBrowserTests : IDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly ScanTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string, int, int> Reports() => new()
    {
        { "plane", 1400, 900 },
        { "plane", 1280, 720 },
        { "benchmark", 1400, 900 },
        { "benchmark", 1280, 720 },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task FiguresFitTheirBoxesWithoutConsoleErrorsAndRowsRedrawTheDetail(string report, int width, int height)
    {
        string path = ReportPath(report);
        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            Headless = true,
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        await using var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                errors.Add(e.Message.Text);
            }
        };
        page.PageError += (_, e) => errors.Add(e.Message);
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Load);

        var figures = await page.EvaluateFunctionAsync<JsonElement>(FigureBoxesScript);
        Assert.True(figures.GetArrayLength() >= (report == "plane" ? 8 : 2), $"{report}: only {figures.GetArrayLength()} figures");
        foreach (var figure in figures.EnumerateArray())
        {
            string overflow = figure.GetProperty("overflow").GetString()!;
            Assert.True(overflow.Length == 0, $"{report} at {width} px, figure {figure.GetProperty("id").GetString()}: {overflow}");
        }

        if (report == "plane")
        {
            await DetailFollowsTheClickedRow(page);
        }

        Assert.Empty(errors);
        if (width == 1400 && Environment.GetEnvironmentVariable("FREESTREAM_SCREENSHOT_DIR") is { Length: > 0 } shots)
        {
            Directory.CreateDirectory(shots);
            await page.ScreenshotAsync(Path.Combine(shots, $"{report}-{width}.png"), new ScreenshotOptions { FullPage = true });
        }
    }

    /// <summary>The plane report opens on a point, and clicking another row redraws the detail plots for it.</summary>
    private static async Task DetailFollowsTheClickedRow(IPage page)
    {
        string before = await page.EvaluateExpressionAsync<string>("document.getElementById('detail-spectrum').innerHTML + document.getElementById('detail-label').textContent");
        Assert.Contains("polyline", before); // the page opens on a point
        int rows = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#points tbody tr').length");
        if (rows > 1)
        {
            string selected = await page.EvaluateExpressionAsync<string>("document.querySelector('#points tr.selected').dataset.index");
            string other = await page.EvaluateExpressionAsync<string>(
                "Array.from(document.querySelectorAll('#points tbody tr')).map(r => r.dataset.index).find(i => i !== '" + selected + "' && JSON.parse(document.getElementById('scan-data').textContent).points[i])");
            await page.ClickAsync($"#points tr[data-index=\"{other}\"] td");
            string after = await page.EvaluateExpressionAsync<string>("document.getElementById('detail-spectrum').innerHTML + document.getElementById('detail-label').textContent");
            Assert.NotEqual(before, after);
            Assert.Equal(other, await page.EvaluateExpressionAsync<string>("document.querySelector('#points tr.selected').dataset.index"));
        }
    }

    /// <summary>
    /// For every SVG figure: the bounding boxes of its drawn elements (text, paths, lines, rectangles, polylines)
    /// must lie inside the SVG's rendered box, and that box inside the window width. Returns one entry per figure
    /// with the first element found outside (empty when all fit).
    /// </summary>
    private const string FigureBoxesScript = """
        () => Array.from(document.querySelectorAll('.figure svg')).map((svg, n) => {
          const box = svg.getBoundingClientRect();
          const window = document.documentElement.clientWidth;
          let overflow = '';
          if (box.width < 200 || box.height < 100) overflow = 'rendered only ' + box.width + ' × ' + box.height + ' px';
          if (box.left < -0.5 || box.right > window + 0.5) overflow = 'box ' + box.left + '–' + box.right + ' outside the window (0–' + window + ')';
          for (const e of svg.querySelectorAll('text, path, line, polyline, rect')) {
            if (overflow) break;
            const r = e.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
              overflow = e.tagName + ' "' + (e.textContent || '').slice(0, 40) + '" at ' + [r.left, r.top, r.right, r.bottom].map(Math.round).join(',') +
                ' outside ' + [box.left, box.top, box.right, box.bottom].map(Math.round).join(',');
          }
          return { id: svg.id || ('figure ' + n), overflow };
        })
        """;

    private string ReportPath(string report)
    {
        if (Environment.GetEnvironmentVariable("FREESTREAM_QUICKSTART_DIR") is { Length: > 0 } real)
        {
            return Path.GetFullPath(Path.Combine(real, report, ScanReport.FileName));
        }

        using var stream = typeof(RunCommand).Assembly.GetManifestResourceStream("Freestream.Cli.Examples.quickstart.toml")
            ?? throw new InvalidOperationException("embedded quick-start run file missing");
        using var reader = new StreamReader(stream);
        var job = RunJob.From(ScanFile.ParseToml(reader.ReadToEnd(), "quickstart.toml"), "quickstart.toml");
        var specification = report == "plane" ? job.Plane! : job.Benchmark!;
        string directory = folder.Sub(report);
        using var store = ScanStore.Open(directory, specification, fresh: false);
        ScanEngine.Run(store, new AnalyticScanEvaluator(specification), new ScanRunOptions(2, ScanShard.All), null, CancellationToken.None);
        if (report == "plane")
        {
            ScanOutputs.Write(store, directory);
        }
        else
        {
            BenchmarkPointFiles.Write(specification, store.ReadAll(withTables: true).Single(), store.ReadReferences(), directory);
        }

        return Path.Combine(directory, ScanReport.FileName);
    }
}
