using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Regie.Web.Data.Configurations;

/// <summary>Stores a value object as jsonb through System.Text.Json, compared by its JSON text.</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T> AlsJsonb<T>(this PropertyBuilder<T> property) where T : class =>
        property.HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Opties),
            s => JsonSerializer.Deserialize<T>(s, Opties)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Opties) == JsonSerializer.Serialize(b, Opties),
                v => JsonSerializer.Serialize(v, Opties).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Opties), Opties)!));
}

internal static class Concurrency
{
    /// <summary>PostgreSQL's xmin system column as optimistic concurrency token: two people editing the same row
    /// never silently overwrite each other.</summary>
    public const string Versie = "Versie";

    public static void HeeftXminVersie<T>(this EntityTypeBuilder<T> builder) where T : class =>
        builder.Property<uint>(Versie).IsRowVersion();
}
