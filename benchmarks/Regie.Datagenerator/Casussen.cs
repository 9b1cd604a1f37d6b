using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;

namespace Regie.Datagenerator;

public sealed record CasusRij(Guid Id, string Code, string Gezinsnaam, Guid GemeenteId, string[] Indicaties, Maatregel Maatregel, string Hulpvraag,
    CasusStatus Status, DateOnly Startdatum, DateOnly? Afsluitdatum, string? AfsluitReden, string? LaatsteEvaluatie, DateOnly? VolgendeEvaluatie,
    Guid SjabloonId, int SjabloonVersie, bool Herbeoordelen);

public sealed record StapRij(Guid Id, Guid CasusId, int Nummer, string Titel, string[] Hulpvragen, string? Afspraken, StapStatus Status,
    DateTimeOffset? GewijzigdOp, string? GewijzigdDoor, StapSoort Soort);

/// <summary>Casussen and their seven samenwerkingsstappen (CasusStappen), as <c>Casus.Open</c> and <c>WijzigStap</c> leave them.</summary>
public static class Casussen
{
    public static readonly Tabel<CasusRij> Tabel = new("Casussen",
        "\"Id\", \"Code\", \"Gezinsnaam\", \"GemeenteId\", \"Indicaties\", \"Maatregel\", \"Hulpvraag\", \"Status\", \"Startdatum\", \"Afsluitdatum\", "
        + "\"AfsluitReden\", \"LaatsteEvaluatie\", \"VolgendeEvaluatie\", \"SjabloonId\", \"SjabloonVersie\", \"Herbeoordelen\"", (k, c) =>
        {
            k.Id(c.Id); k.Tekst(c.Code); k.Tekst(c.Gezinsnaam); k.Id(c.GemeenteId); k.Write(c.Indicaties, NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text);
            k.Soort(c.Maatregel); k.Tekst(c.Hulpvraag); k.Soort(c.Status); k.Datum(c.Startdatum); k.Datum(c.Afsluitdatum);
            k.Tekst(c.AfsluitReden); k.Tekst(c.LaatsteEvaluatie); k.Datum(c.VolgendeEvaluatie); k.Id(c.SjabloonId); k.Getal(c.SjabloonVersie); k.Waar(c.Herbeoordelen);
        });

    public static readonly Tabel<StapRij> Stappen = new("CasusStappen",
        "\"Id\", \"CasusId\", \"Nummer\", \"Titel\", \"Hulpvragen\", \"Afspraken\", \"Status\", \"GewijzigdOp\", \"GewijzigdDoor\", \"Soort\"", (k, s) =>
        {
            k.Id(s.Id); k.Id(s.CasusId); k.Getal(s.Nummer); k.Tekst(s.Titel); k.Write(s.Hulpvragen, NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text);
            k.Tekst(s.Afspraken); k.Soort(s.Status); k.Tijd(s.GewijzigdOp); k.Tekst(s.GewijzigdDoor); k.Soort(s.Soort);
        });

    /// <summary>The Twents Model indicaties, most families one, some two.</summary>
    public static readonly string[] Indicaties = ["OB3B", "OB3C", "OB4A", "OB4B", "OB4C", "OB4E"];
}
