using Npgsql;
using NpgsqlTypes;

namespace Regie.Datagenerator;

/// <summary>One table as the generator writes it: the column list of its COPY and how one row goes in, in that order.
/// A later table (signalen, vragenlijsten, toestemmingen) is one more of these plus the rows that fill it.</summary>
public sealed record Tabel<T>(string Naam, string Kolommen, Action<NpgsqlBinaryImporter, T> Schrijf)
{
    /// <summary>Binary COPY of <paramref name="rijen"/>; reports each row to <paramref name="teller"/>.</summary>
    public async Task KopieerAsync(NpgsqlConnection verbinding, IEnumerable<T> rijen, Teller teller, CancellationToken ct)
    {
        await using var import = await verbinding.BeginBinaryImportAsync($"COPY \"{Naam}\" ({Kolommen}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var rij in rijen)
        {
            await import.StartRowAsync(ct);
            Schrijf(import, rij);
            teller.Tel();
        }
        await import.CompleteAsync(ct);
    }
}

/// <summary>Short writers for nullable values: COPY needs an explicit NULL.</summary>
public static class Kolom
{
    public static void Tekst(this NpgsqlBinaryImporter import, string? waarde)
    {
        if (waarde is null) import.WriteNull();
        else import.Write(waarde, NpgsqlDbType.Varchar);
    }

    public static void Id(this NpgsqlBinaryImporter import, Guid? waarde)
    {
        if (waarde is null) import.WriteNull();
        else import.Write(waarde.Value, NpgsqlDbType.Uuid);
    }

    public static void Datum(this NpgsqlBinaryImporter import, DateOnly? waarde)
    {
        if (waarde is null) import.WriteNull();
        else import.Write(waarde.Value, NpgsqlDbType.Date);
    }

    public static void Tijd(this NpgsqlBinaryImporter import, DateTimeOffset? waarde)
    {
        if (waarde is null) import.WriteNull();
        else import.Write(waarde.Value.UtcDateTime, NpgsqlDbType.TimestampTz);
    }

    public static void Getal(this NpgsqlBinaryImporter import, int waarde) => import.Write(waarde, NpgsqlDbType.Integer);

    public static void Waar(this NpgsqlBinaryImporter import, bool waarde) => import.Write(waarde, NpgsqlDbType.Boolean);

    /// <summary>An enum as the app stores it: its name as text.</summary>
    public static void Soort<TEnum>(this NpgsqlBinaryImporter import, TEnum? waarde) where TEnum : struct, Enum
    {
        if (waarde is null) import.WriteNull();
        else import.Write(waarde.Value.ToString(), NpgsqlDbType.Varchar);
    }

    public static void Soort<TEnum>(this NpgsqlBinaryImporter import, TEnum waarde) where TEnum : struct, Enum =>
        import.Write(waarde.ToString(), NpgsqlDbType.Varchar);
}
