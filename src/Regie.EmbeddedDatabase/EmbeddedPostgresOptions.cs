namespace Regie.EmbeddedDatabase;

/// <summary>Settings for <see cref="EmbeddedPostgres"/>.</summary>
public sealed record EmbeddedPostgresOptions
{
    /// <summary>Folder of the local cluster (PG_VERSION lives directly in it).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>true: keep the data between runs (development); false: delete the folder on dispose (tests).</summary>
    public bool Persistent { get; init; }

    public string DatabaseName { get; init; } = "regie";

    /// <summary>Optional folder with initdb/pg_ctl. When set, no other location is tried.</summary>
    public string? BinDirectory { get; init; }
}
