using Regie.Domain.Logboek;

namespace Regie.Datagenerator;

/// <summary>What the logboek needs to know of one casus: when it ran and which professionals worked on it.</summary>
public sealed record LogboekBron(Guid CasusId, DateOnly Start, DateOnly Eind, MedewerkerRij[] Professionals, int Versies);

public sealed record LogboekRij(DateTimeOffset Tijdstip, Guid? GebruikerId, string Gebruiker, Guid? CasusId, string Entiteit, LogboekActie Actie, string? Omschrijving, string? IpAdres);

/// <summary>The append-only logboek: mostly views of casus pages by its professionals, some changes and exports, and the
/// "Mijn casussen" list. Lines as the pages write them (entiteit, actie, omschrijving); the Id comes from the identity column.</summary>
public static class Logboek
{
    public static readonly Tabel<LogboekRij> Tabel = new("Logboek",
        "\"Tijdstip\", \"GebruikerId\", \"Gebruiker\", \"CasusId\", \"Entiteit\", \"Actie\", \"Omschrijving\", \"IpAdres\"", (k, l) =>
        {
            k.Tijd(l.Tijdstip); k.Id(l.GebruikerId); k.Tekst(l.Gebruiker); k.Id(l.CasusId); k.Tekst(l.Entiteit); k.Soort(l.Actie); k.Tekst(l.Omschrijving); k.Tekst(l.IpAdres);
        });

    private static readonly (int Gewicht, string Entiteit, LogboekActie Actie, Func<Random, LogboekBron, string?> Omschrijving)[] Soorten =
    [
        (34, "Casus", LogboekActie.Bekeken, (_, _) => null),
        (15, "MDO-modus", LogboekActie.Bekeken, (_, _) => null),
        (9, "Betrokkene", LogboekActie.Bekeken, (_, _) => "Betrokkenen bekeken"),
        (9, "Taak", LogboekActie.Bekeken, (_, _) => "Wie doet wat bekeken"),
        (5, "Regie", LogboekActie.Bekeken, (_, _) => null),
        (4, "Versies", LogboekActie.Bekeken, (_, _) => null),
        (4, "Handreikingversie", LogboekActie.Bekeken, (r, b) => $"Versie {r.Next(1, b.Versies + 1)}"),
        (9, "Stap", LogboekActie.Gewijzigd, (r, _) => $"Stap {r.Next(1, 8)}: {(r.Next(3) == 0 ? "in bespreking" : "afgesproken")}"),
        (4, "Taak", LogboekActie.Gewijzigd, (_, _) => $"Status van taak {Guid.NewGuid()}: open → bezig"),
        (3, "Betrokkene", LogboekActie.Gewijzigd, (_, _) => "Gewijzigd: Telefoon, Bereikbaarheid"),
        (2, "Handreikingversie", LogboekActie.Geexporteerd, (r, b) => $"Versie {r.Next(1, b.Versies + 1)} als PDF"),
        (2, "Logboek", LogboekActie.Bekeken, (_, _) => null),
    ];

    private static readonly int TotaalGewicht = Soorten.Sum(s => s.Gewicht);

    /// <summary><paramref name="totaal"/> lines: 97 % spread evenly over the casussen, 3 % "Casuslijst" views.</summary>
    public static IEnumerable<LogboekRij> Regels(IReadOnlyList<LogboekBron> bronnen, long totaal, int zaad, DateTimeOffset nu)
    {
        var rnd = new Random(zaad);
        var perCasus = totaal * 97 / 100 / bronnen.Count;
        var rest = totaal - perCasus * bronnen.Count;
        foreach (var bron in bronnen)
        {
            var dagen = Math.Max(1, bron.Eind.DayNumber - bron.Start.DayNumber + 1);
            for (var i = 0; i < perCasus; i++)
            {
                var wie = bron.Professionals[rnd.Next(bron.Professionals.Length)];
                var soort = Kies(rnd);
                yield return new LogboekRij(Moment(rnd, bron.Start, dagen, nu), wie.AccountId, wie.Naam, bron.CasusId, soort.Entiteit, soort.Actie,
                    soort.Omschrijving(rnd, bron), Ip(rnd, wie));
                if (rest > 0 && rnd.Next(32) == 0)
                {
                    rest--;
                    yield return new LogboekRij(Moment(rnd, bron.Start, dagen, nu), wie.AccountId, wie.Naam, null, "Casuslijst", LogboekActie.Bekeken,
                        $"{rnd.Next(5, 60)} casussen getoond", Ip(rnd, wie));
                }
            }
        }
        for (; rest > 0; rest--)
        {
            var wie = bronnen[rnd.Next(bronnen.Count)].Professionals[0];
            yield return new LogboekRij(nu.AddMinutes(-rnd.Next(1, 60 * 24 * 365)), wie.AccountId, wie.Naam, null, "Casuslijst", LogboekActie.Bekeken,
                $"{rnd.Next(5, 60)} casussen getoond", Ip(rnd, wie));
        }
    }

    private static (int Gewicht, string Entiteit, LogboekActie Actie, Func<Random, LogboekBron, string?> Omschrijving) Kies(Random rnd)
    {
        var r = rnd.Next(TotaalGewicht);
        foreach (var soort in Soorten)
        {
            if (r < soort.Gewicht) return soort;
            r -= soort.Gewicht;
        }
        return Soorten[0];
    }

    // Working hours on a day in the casus' life, never after now.
    private static DateTimeOffset Moment(Random rnd, DateOnly start, int dagen, DateTimeOffset nu)
    {
        var moment = new DateTimeOffset(start.AddDays(rnd.Next(dagen)).ToDateTime(new TimeOnly(7 + rnd.Next(10), rnd.Next(60), rnd.Next(60))), TimeSpan.Zero);
        return moment < nu ? moment : nu.AddSeconds(-rnd.Next(60, 36_000));
    }

    // Each professional works from a few addresses of their organisation's network.
    private static string Ip(Random rnd, MedewerkerRij wie) =>
        $"10.{wie.Organisatie.Id.GetHashCode() & 0x7f}.{wie.Id.GetHashCode() & 0xff}.{10 + rnd.Next(3)}";
}
