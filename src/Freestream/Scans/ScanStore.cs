using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Freestream.Structure;

namespace Freestream.Scans;

/// <summary>
/// The results store of a scan: a SQLite database <c>scan.db</c> in the output folder (WAL journal,
/// one transaction per finished point, so that killing the process loses no finished point). It
/// holds the scan specification and its hash, one row per point, the f(q) and T²(k) tables of each
/// point, and the reference curves. Thread-safe: commits are serialised.
/// </summary>
/// <remarks>
/// A store opened for writing holds the folder's <see cref="ScanFolderLock"/>, so two processes never
/// write one store. The write-ahead log is checkpointed into <c>scan.db</c> after every commit (passive:
/// it never waits for readers), when an existing store is opened (the log a killed run left behind) and
/// at every clean stop, so that <c>scan.db</c> on its own holds every finished point — a copy of the
/// file alone, made after a SIGKILL, misses at most a point whose checkpoint the kill interrupted. An
/// existing file is checked (<c>PRAGMA quick_check</c>) before use: a damaged or foreign file is
/// refused with a message naming it and <c>--fresh</c>, before any point is computed.
/// </remarks>
public sealed class ScanStore : IDisposable
{
    /// <summary>File name of the database inside the scan folder.</summary>
    public const string FileName = "scan.db";

    private const int SchemaVersion = 4;

    /// <summary>Separator of the warnings of one point in the <c>warnings</c> column.</summary>
    public const string WarningSeparator = " | ";

    private static readonly string[] ValueColumns =
    [
        "point_index", "x_index", "y_index", "x", "y", "status", "error",
        "regime", "sterile_mass_kev", "omega_h2", "mean_q", "lepton_asymmetry_l6", "peak_count", "peaks_q", "component_fractions", "component_mean_q",
        "delta_neff_bbn", "delta_neff_recombination", "free_streaming_mpc",
        "half_mode_k_hmpc", "lyman_alpha_delta_a", "subhalo_count", "z6_density_mpc3", "x_ray_lifetime_s",
        "verdict_half_mode", "verdict_free_streaming", "verdict_lyman_alpha", "verdict_satellites", "verdict_lensing", "verdict_combined_bounds", "verdict_high_redshift", "verdict_x_ray", "verdict_dark_radiation",
        "warnings", "seconds", "production_seconds", "boltzmann_seconds", "verdict_seconds", "finished_utc",
    ];

    private readonly SqliteConnection connection;
    private readonly Lock gate = new();
    private readonly ScanFolderLock? ownedLock;
    private bool disposed;

    private ScanStore(SqliteConnection connection, ScanSpecification specification, string path, ScanFolderLock? ownedLock = null)
    {
        this.connection = connection;
        Specification = specification;
        Path = path;
        this.ownedLock = ownedLock;
    }

    /// <summary>The specification stored in the database.</summary>
    public ScanSpecification Specification { get; }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Column names of the points table, in order (points.csv names x and y after the model's axes).</summary>
    public static IReadOnlyList<string> Columns => ValueColumns;

    /// <summary>
    /// Opens the store of <paramref name="specification"/> in <paramref name="directory"/> (created if
    /// missing), claiming the folder with a <see cref="ScanFolderLock"/> held until the store is disposed.
    /// An existing store is resumed when its specification hash matches; with <paramref name="fresh"/> it
    /// is deleted first.
    /// </summary>
    /// <exception cref="InvalidDataException">The folder is held by another scan, cannot be written, or
    /// holds a store of a different specification or schema, or a damaged file.</exception>
    public static ScanStore Open(string directory, ScanSpecification specification, bool fresh)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(specification);
        var folderLock = ScanFolderLock.Acquire(directory);
        try
        {
            return Open(folderLock, specification, fresh, ownsLock: true);
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// As <see cref="Open(string, ScanSpecification, bool)"/> in the folder of a claim the caller already
    /// holds (and releases after disposing the store), e.g. taken before any set-up work.
    /// </summary>
    /// <exception cref="InvalidDataException">The folder holds a store of a different specification or schema, or a damaged file.</exception>
    public static ScanStore Open(ScanFolderLock folderLock, ScanSpecification specification, bool fresh)
    {
        ArgumentNullException.ThrowIfNull(folderLock);
        ArgumentNullException.ThrowIfNull(specification);
        return Open(folderLock, specification, fresh, ownsLock: false);
    }

    private static ScanStore Open(ScanFolderLock folderLock, ScanSpecification specification, bool fresh, bool ownsLock)
    {
        string path = System.IO.Path.Combine(folderLock.Directory, FileName);
        if (fresh)
        {
            foreach (string suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }

        bool existed = File.Exists(path);
        return DisposeOnFailure(path, Connect(path, checkExisting: existed), connection =>
        {
            if (existed)
            {
                CheckSchema(connection, path);
                string storedJson = Meta(connection, "spec_json")
                    ?? throw NotAStore(path, "no specification");
                CheckSameSpecification(path, ScanSpecification.FromJson(storedJson), specification);
                Checkpoint(connection, "TRUNCATE");
            }
            else
            {
                CreateSchema(connection, specification);
            }

            return new ScanStore(connection, specification, path, ownsLock ? folderLock : null);
        });
    }

    /// <summary>
    /// Throws unless <paramref name="directory"/> has no store or one of <paramref name="specification"/>,
    /// without creating anything (so a refused resume costs no set-up work).
    /// </summary>
    /// <exception cref="InvalidDataException">The folder holds a store of a different specification.</exception>
    public static void EnsureResumable(string directory, ScanSpecification specification)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(specification);
        if (!File.Exists(System.IO.Path.Combine(directory, FileName)))
        {
            return;
        }

        using var existing = OpenExisting(directory);
        CheckSameSpecification(existing.Path, existing.Specification, specification);
    }

    /// <summary>
    /// Refuses to resume a store of another specification; a different Boltzmann preset is named, since mixing
    /// presets in one plane would mix accuracies.
    /// </summary>
    private static void CheckSameSpecification(string path, ScanSpecification stored, ScanSpecification specification)
    {
        if (stored.Hash == specification.Hash)
        {
            return;
        }

        string preset = stored.BoltzmannPreset == specification.BoltzmannPreset
            ? string.Empty
            : $"computed at --preset {stored.BoltzmannPreset}, this run asks for --preset {specification.BoltzmannPreset}; ";
        throw new InvalidDataException(
            $"{path} holds a different scan specification ({preset}hash {stored.Hash[..12]}, this scan {specification.Hash[..12]}): " +
            (preset.Length > 0 ? $"resume with --preset {stored.BoltzmannPreset}, " : string.Empty) +
            "use --fresh to start over or choose another --out folder");
    }

    /// <summary>
    /// Opens an existing store with the specification it holds (for merging and exporting), without
    /// claiming the folder: it may be read while its scan runs.
    /// </summary>
    /// <exception cref="FileNotFoundException">No store in the folder.</exception>
    /// <exception cref="InvalidDataException">Not a Freestream scan store, or a damaged file.</exception>
    public static ScanStore OpenExisting(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string path = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, FileName));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{directory}: no scan store ({FileName}) found", path);
        }

        return DisposeOnFailure(path, Connect(path, checkExisting: true), connection =>
        {
            string json = Meta(connection, "spec_json") ?? throw NotAStore(path, "no specification");
            CheckSchema(connection, path);
            return new ScanStore(connection, ScanSpecification.FromJson(json), path);
        });
    }

    /// <summary>Indices of every recorded point (ok or failed).</summary>
    public HashSet<int> FinishedIndices() => [.. Rows("SELECT point_index FROM points", reader => reader.GetInt32(0))];

    /// <summary>Records a finished point in one transaction (its row, spectrum and transfer table).</summary>
    /// <exception cref="InvalidOperationException">The point is already recorded.</exception>
    public void Commit(ScanPointResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = $"INSERT INTO points ({string.Join(", ", ValueColumns)}) VALUES ({string.Join(", ", ValueColumns.Select(c => "$" + c))})";
                foreach (var (column, value) in RowValues(result))
                {
                    command.Parameters.AddWithValue("$" + column, value ?? DBNull.Value);
                }

                try
                {
                    command.ExecuteNonQuery();
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
                {
                    throw new InvalidOperationException($"point {result.Point.Index} is already recorded in {Path}", ex);
                }
            }

            WriteCurve(transaction, "spectra", result.Point.Index, result.Spectrum);
            WriteCurve(transaction, "transfers", result.Point.Index, result.Transfer);
            transaction.Commit();
            Checkpoint(connection, "PASSIVE");
        }
    }

    /// <summary>Replaces the reference curves (thermal T²(k)) stored with the scan.</summary>
    public void WriteReferences(IReadOnlyList<ScanCurve> curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            using (var delete = connection.CreateCommand())
            {
                delete.Transaction = transaction;
                delete.CommandText = "DELETE FROM reference_curves";
                delete.ExecuteNonQuery();
            }

            for (int i = 0; i < curves.Count; i++)
            {
                var curve = curves[i].Validated();
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "INSERT INTO reference_curves (position, name, x, y) VALUES ($p, $n, $x, $y)";
                command.Parameters.AddWithValue("$p", i);
                command.Parameters.AddWithValue("$n", curve.Name);
                command.Parameters.AddWithValue("$x", ToBytes(curve.X));
                command.Parameters.AddWithValue("$y", ToBytes(curve.Y));
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <summary>The reference curves stored with the scan, in the order written.</summary>
    public IReadOnlyList<ScanCurve> ReadReferences() => Rows(
        "SELECT name, x, y FROM reference_curves ORDER BY position",
        reader => new ScanCurve(reader.GetString(0), FromBytes((byte[])reader[1]), FromBytes((byte[])reader[2])));

    /// <summary>Every row of a query without parameters, read under the store's lock.</summary>
    private List<T> Rows<T>(string sql, Func<SqliteDataReader, T> row)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(row(reader));
            }

            return rows;
        }
    }

    /// <summary>Every recorded point in index order; with <paramref name="withTables"/> also f(q) and T²(k).</summary>
    public IReadOnlyList<ScanPointResult> ReadAll(bool withTables)
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", ValueColumns)} FROM points ORDER BY point_index";
            var results = new List<ScanPointResult>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    results.Add(ReadRow(reader));
                }
            }

            if (!withTables)
            {
                return results;
            }

            var spectra = ReadCurves("spectra", "f(q)");
            var transfers = ReadCurves("transfers", "T²(k)");
            return [.. results.Select(r => r with
            {
                Spectrum = spectra.GetValueOrDefault(r.Point.Index),
                Transfer = transfers.GetValueOrDefault(r.Point.Index),
            })];
        }
    }

    /// <summary>Checkpoints the write-ahead log into <c>scan.db</c>, closes the database and releases the folder.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            try
            {
                Checkpoint(connection, "TRUNCATE");
            }
            catch (SqliteException)
            {
                // Another process still reads the store: SQLite checkpoints it when the last connection closes.
            }

            connection.Dispose();
            ownedLock?.Dispose();
        }
    }

    /// <summary>Copies the committed pages of the write-ahead log into the database file (mode PASSIVE or TRUNCATE).</summary>
    private static void Checkpoint(SqliteConnection connection, string mode) =>
        Execute(connection, $"PRAGMA wal_checkpoint({mode});");

    private static InvalidDataException NotAStore(string path, string reason) =>
        new($"{path} is not a Freestream scan store ({reason}): use --fresh to start over or choose another --out folder");

    private static InvalidDataException Damaged(string path, SqliteException ex) =>
        new($"{path} is damaged or not a scan store (SQLite: {ex.Message.ReplaceLineEndings(" ")}): use --fresh to start over (its points are lost) or choose another --out folder", ex);

    /// <summary>Opens the database; an existing file must be a readable SQLite database that passes <c>PRAGMA quick_check</c>.</summary>
    /// <exception cref="InvalidDataException">The file is damaged or not a database.</exception>
    private static SqliteConnection Connect(string path, bool checkExisting)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        };
        return DisposeOnFailure(path, new SqliteConnection(builder.ToString()), connection =>
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=60000;");
            if (checkExisting)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA quick_check;";
                string verdict = command.ExecuteScalar() as string ?? "no answer";
                if (verdict != "ok")
                {
                    throw new InvalidDataException($"{path} is damaged (SQLite quick_check: {verdict}): use --fresh to start over (its points are lost) or choose another --out folder");
                }
            }

            return connection;
        });
    }

    /// <summary>Runs <paramref name="use"/>; on any failure disposes the connection, reporting SQLite errors as a damaged store.</summary>
    private static T DisposeOnFailure<T>(string path, SqliteConnection connection, Func<SqliteConnection, T> use)
    {
        try
        {
            return use(connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw Damaged(path, ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void CreateSchema(SqliteConnection connection, ScanSpecification specification)
    {
        using var transaction = connection.BeginTransaction();
        var columns = ValueColumns.Select(c => c switch
        {
            "point_index" => "point_index INTEGER PRIMARY KEY",
            "x_index" or "y_index" or "peak_count" => c + " INTEGER NOT NULL",
            "status" => "status TEXT NOT NULL",
            "error" or "regime" or "peaks_q" or "component_fractions" or "component_mean_q" or "warnings" or "finished_utc" => c + " TEXT",
            _ when c.StartsWith("verdict_", StringComparison.Ordinal) && c != "verdict_seconds" => c + " TEXT",
            _ => c + " REAL",
        });
        Execute(connection, $"""
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE points ({string.Join(", ", columns)});
            CREATE TABLE spectra (point_index INTEGER PRIMARY KEY, x BLOB NOT NULL, y BLOB NOT NULL);
            CREATE TABLE transfers (point_index INTEGER PRIMARY KEY, x BLOB NOT NULL, y BLOB NOT NULL);
            CREATE TABLE reference_curves (position INTEGER PRIMARY KEY, name TEXT NOT NULL, x BLOB NOT NULL, y BLOB NOT NULL);
            """, transaction);
        foreach (var (key, value) in new[]
        {
            ("schema_version", SchemaVersion.ToString(CultureInfo.InvariantCulture)),
            ("spec_hash", specification.Hash),
            ("spec_json", specification.ToJson().ToJsonString()),
            ("created_utc", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
        })
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO meta (key, value) VALUES ($k, $v)";
            insert.Parameters.AddWithValue("$k", key);
            insert.Parameters.AddWithValue("$v", value);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Refuses a store written with another layout of the points table.</summary>
    private static void CheckSchema(SqliteConnection connection, string path)
    {
        string expected = SchemaVersion.ToString(CultureInfo.InvariantCulture);
        if (Meta(connection, "schema_version") is { } version && version != expected)
        {
            throw new InvalidDataException($"{path} was written by another Freestream version (store schema {version}, this build {expected}): use --fresh to start over or choose another --out folder");
        }
    }

    private static string? Meta(SqliteConnection connection, string key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $k";
        command.Parameters.AddWithValue("$k", key);
        try
        {
            return command.ExecuteScalar() as string;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1)
        {
            return null;
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static IEnumerable<(string Column, object? Value)> RowValues(ScanPointResult r)
    {
        var p = r.Point;
        yield return ("point_index", p.Index);
        yield return ("x_index", p.XIndex);
        yield return ("y_index", p.YIndex);
        yield return ("x", p.X);
        yield return ("y", p.Y);
        yield return ("status", ScanPointStatusNames.Name(r.Status));
        yield return ("error", r.Error);
        yield return ("regime", r.Regime);
        yield return ("sterile_mass_kev", Real(r.SterileMassKeV));
        yield return ("omega_h2", Real(r.OmegaH2));
        yield return ("mean_q", Real(r.MeanQ));
        yield return ("lepton_asymmetry_l6", Real(r.LeptonAsymmetryL6));
        yield return ("peak_count", r.PeaksQ.Count);
        yield return ("peaks_q", List(r.PeaksQ));
        yield return ("component_fractions", List(r.ComponentFractions));
        yield return ("component_mean_q", List(r.ComponentMeanQ));
        yield return ("delta_neff_bbn", Real(r.DeltaNeffBbn));
        yield return ("delta_neff_recombination", Real(r.DeltaNeffRecombination));
        yield return ("free_streaming_mpc", Real(r.FreeStreamingLengthMpc));
        yield return ("half_mode_k_hmpc", Real(r.HalfModeKHMpc));
        yield return ("lyman_alpha_delta_a", Real(r.LymanAlphaDeltaA));
        yield return ("subhalo_count", Real(r.SubhaloCount));
        yield return ("z6_density_mpc3", Real(r.HighRedshiftDensityMpc3));
        yield return ("x_ray_lifetime_s", Real(r.XRayLifetimeSeconds));
        foreach (string criterion in ScanCriteria.All)
        {
            yield return (ScanCriteria.Column(criterion), r.Verdicts.TryGetValue(criterion, out var v) ? ScanCriteria.Name(v) : null);
        }

        yield return ("warnings", string.Join(WarningSeparator, r.Warnings));
        yield return ("seconds", r.Timings.TotalSeconds);
        yield return ("production_seconds", r.Timings.ProductionSeconds);
        yield return ("boltzmann_seconds", r.Timings.BoltzmannSeconds);
        yield return ("verdict_seconds", r.Timings.VerdictSeconds);
        yield return ("finished_utc", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
    }

    private static object? Real(double value) => double.IsNaN(value) ? null : value;

    private static string List(IEnumerable<double> values) => string.Join(";", values.Select(q => q.ToString("R", CultureInfo.InvariantCulture)));

    private static double[] ParseList(string? text) =>
        [.. (text ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries).Select(t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture))];

    private static ScanPointResult ReadRow(SqliteDataReader reader)
    {
        double D(string column)
        {
            int ordinal = reader.GetOrdinal(column);
            return reader.IsDBNull(ordinal) ? double.NaN : reader.GetDouble(ordinal);
        }

        string? S(string column)
        {
            int ordinal = reader.GetOrdinal(column);
            return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
        }

        var point = new ScanPoint(
            reader.GetInt32(reader.GetOrdinal("point_index")),
            reader.GetInt32(reader.GetOrdinal("x_index")),
            reader.GetInt32(reader.GetOrdinal("y_index")),
            D("x"),
            D("y"));
        var verdicts = new Dictionary<string, ScanVerdict>();
        foreach (string criterion in ScanCriteria.All)
        {
            if (ScanCriteria.Parse(S(ScanCriteria.Column(criterion))) is { } verdict)
            {
                verdicts[criterion] = verdict;
            }
        }

        return new ScanPointResult(point)
        {
            Status = ScanPointStatusNames.Parse(S("status")),
            Error = S("error"),
            Regime = S("regime") ?? string.Empty,
            SterileMassKeV = D("sterile_mass_kev"),
            OmegaH2 = D("omega_h2"),
            MeanQ = D("mean_q"),
            LeptonAsymmetryL6 = D("lepton_asymmetry_l6"),
            PeaksQ = ParseList(S("peaks_q")),
            ComponentFractions = ParseList(S("component_fractions")),
            ComponentMeanQ = ParseList(S("component_mean_q")),
            DeltaNeffBbn = D("delta_neff_bbn"),
            DeltaNeffRecombination = D("delta_neff_recombination"),
            Warnings = (S("warnings") ?? string.Empty).Split(WarningSeparator, StringSplitOptions.RemoveEmptyEntries),
            FreeStreamingLengthMpc = D("free_streaming_mpc"),
            HalfModeKHMpc = D("half_mode_k_hmpc"),
            LymanAlphaDeltaA = D("lyman_alpha_delta_a"),
            SubhaloCount = D("subhalo_count"),
            HighRedshiftDensityMpc3 = D("z6_density_mpc3"),
            XRayLifetimeSeconds = D("x_ray_lifetime_s"),
            Verdicts = verdicts,
            Timings = new ScanTimings(D("seconds"), D("production_seconds"), D("boltzmann_seconds"), D("verdict_seconds")),
        };
    }

    private void WriteCurve(SqliteTransaction transaction, string table, int index, ScanCurve? curve)
    {
        if (curve is null)
        {
            return;
        }

        curve.Validated();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} (point_index, x, y) VALUES ($i, $x, $y)";
        command.Parameters.AddWithValue("$i", index);
        command.Parameters.AddWithValue("$x", ToBytes(curve.X));
        command.Parameters.AddWithValue("$y", ToBytes(curve.Y));
        command.ExecuteNonQuery();
    }

    private Dictionary<int, ScanCurve> ReadCurves(string table, string name) =>
        Rows($"SELECT point_index, x, y FROM {table}", reader => (Index: reader.GetInt32(0), Curve: new ScanCurve(name, FromBytes((byte[])reader[1]), FromBytes((byte[])reader[2]))))
            .ToDictionary(row => row.Index, row => row.Curve);

    /// <summary>Doubles as raw little-endian bytes (every platform .NET 10 runs on is little-endian).</summary>
    private static byte[] ToBytes(double[] values) => MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    private static double[] FromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, double>(bytes).ToArray();
}
