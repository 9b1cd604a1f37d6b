using Regie.Domain.Casussen;

namespace Regie.Datagenerator;

public sealed record TaakRij(Guid Id, Guid CasusId, string Omschrijving, Guid BetrokkeneId, string? Resultaat, DateOnly? Termijn, TaakStatus Status);

/// <summary>"Wie doet wat": the afspraken per betrokkene.</summary>
public static class Taken
{
    public static readonly Tabel<TaakRij> Tabel = new("Taken",
        "\"Id\", \"CasusId\", \"Omschrijving\", \"BetrokkeneId\", \"Resultaat\", \"Termijn\", \"Status\"", (k, t) =>
        {
            k.Id(t.Id); k.Id(t.CasusId); k.Tekst(t.Omschrijving); k.Id(t.BetrokkeneId); k.Tekst(t.Resultaat); k.Datum(t.Termijn); k.Soort(t.Status);
        });
}
