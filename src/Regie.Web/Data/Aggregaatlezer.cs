using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Regie.Web.Data;

/// <summary>Reads an aggregate root with all its collections in one SQL expression: PostgreSQL builds each collection as a
/// json array, so there is neither a cartesian product of joins nor a round trip per collection (EF's split queries).
/// The rows become domain objects through EF's own mapping (columns, backing fields, converters), so nothing is mapped
/// twice; each entity's row version (xmin) comes along.</summary>
public sealed class Aggregaatlezer
{
    private readonly Rijvorm _root;
    private readonly IReadOnlyList<(INavigation Navigatie, Rijvorm Vorm)> _collecties;

    public Aggregaatlezer(IModel model, Type root)
    {
        var type = model.FindEntityType(root) ?? throw new InvalidOperationException($"{root.Name} is geen entiteit.");
        _root = new Rijvorm(type);
        _collecties = [.. type.GetNavigations().Where(n => n.IsCollection).Select(n => (n, new Rijvorm(n.TargetEntityType)))];
    }

    /// <summary>A json expression for the root row aliased <paramref name="alias"/>, its collections included.</summary>
    public string Json(string alias)
    {
        var delen = new List<string> { _root.Rij(alias) };
        foreach (var (navigatie, vorm) in _collecties)
        {
            var fk = navigatie.ForeignKey;
            var kind = Rijvorm.Kolom(fk.Properties[0]);
            var ouder = Rijvorm.Kolom(fk.PrincipalKey.Properties[0]);
            delen.Add($"coalesce((select json_agg({vorm.Rij("x")}) from {vorm.Tabel} x where x.{kind} = {alias}.{ouder}), '[]'::json)");
        }
        return $"json_build_array({string.Join(", ", delen)})";
    }

    /// <summary>The root as the domain object, its collections filled; row versions by entity.</summary>
    public (T Root, Dictionary<object, uint> Versies) Lees<T>(string json) where T : class
    {
        using var document = JsonDocument.Parse(json);
        var delen = document.RootElement;
        var versies = new Dictionary<object, uint>(ReferenceEqualityComparer.Instance);
        var root = (T)_root.Maak(delen[0], versies);
        var i = 1;
        foreach (var (navigatie, vorm) in _collecties)
        {
            var accessor = navigatie.GetCollectionAccessor()!;
            foreach (var rij in delen[i].EnumerateArray()) accessor.Add(root, vorm.Maak(rij, versies), forMaterialization: true);
            i++;
        }
        return (root, versies);
    }

    /// <summary>One entity type: its table and its columns in a fixed order, each with how to set it from json.</summary>
    private sealed class Rijvorm
    {
        private readonly Type _clrType;
        private readonly IReadOnlyList<Kolomvorm> _kolommen;

        public Rijvorm(IEntityType type)
        {
            _clrType = type.ClrType;
            Tabel = type.GetSchema() is { } schema ? $"\"{schema}\".\"{type.GetTableName()}\"" : $"\"{type.GetTableName()}\"";
            _kolommen = [.. type.GetProperties().Select(p => new Kolomvorm(p))];
        }

        public string Tabel { get; }

        public static string Kolom(IProperty p) => $"\"{p.GetColumnName()}\"";

        public string Rij(string alias) => $"json_build_array({string.Join(", ", _kolommen.Select(k => k.Sql(alias)))})";

        public object Maak(JsonElement rij, Dictionary<object, uint> versies)
        {
            var entiteit = Activator.CreateInstance(_clrType, nonPublic: true)!;
            var i = 0;
            foreach (var kolom in _kolommen) kolom.Zet(entiteit, rij[i++], versies);
            return entiteit;
        }
    }

    private sealed class Kolomvorm(IProperty property)
    {
        private readonly string _kolom = Rijvorm.Kolom(property);
        private readonly string? _kolomtype = property.GetColumnType();
        private readonly ValueConverter? _converter = property.GetTypeMapping().Converter;
        private readonly Type _opslagtype = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
        private readonly FieldInfo? _veld = property.FieldInfo;
        private readonly PropertyInfo? _eigenschap = property.PropertyInfo;
        private readonly bool _isRijversie = property.IsConcurrencyToken && property.ValueGenerated == ValueGenerated.OnAddOrUpdate;

        // xid has no json form and jsonb would arrive parsed while EF's converter expects its text.
        public string Sql(string alias) => _kolomtype switch
        {
            "xid" => $"{alias}.{_kolom}::text::bigint",
            "jsonb" or "json" => $"{alias}.{_kolom}::text",
            _ => $"{alias}.{_kolom}",
        };

        public void Zet(object entiteit, JsonElement element, Dictionary<object, uint> versies)
        {
            var waarde = element.ValueKind == JsonValueKind.Null ? null : element.Deserialize(_opslagtype);
            // PostgreSQL writes timestamptz in the session's zone; EF hands out UTC.
            if (waarde is DateTimeOffset tijd) waarde = tijd.ToUniversalTime();
            if (waarde is not null && _converter is not null) waarde = _converter.ConvertFromProvider(waarde);
            if (_isRijversie)
            {
                versies[entiteit] = (uint)waarde!;
                return;
            }
            if (_veld is not null) _veld.SetValue(entiteit, waarde);
            else _eigenschap?.SetValue(entiteit, waarde);
        }
    }
}
