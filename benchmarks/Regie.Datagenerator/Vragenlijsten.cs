using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Vragenlijsten;
using Regie.Web.Data;

namespace Regie.Datagenerator;

/// <summary>One filled-in questionnaire in the shape the app stores it: a random key, the version, the month and what the
/// region's figures filter on. Nothing that leads back to a casus, a betrokkene or an account.</summary>
public sealed record InvullingRij(Guid Id, Doelgroep Doelgroep, Guid VragenlijstversieId, DateOnly Maand, Guid? GemeenteId, string[] Indicaties,
    Maatregel? Maatregel, string Antwoorden, double?[] Scores);

/// <summary>The questionnaires' answers: the ouders' list for about 45% of the closed casussen (one or two ouders) and now and
/// then after a vaststelling; the professionals' list at two meetmomenten. Each gemeente has its own level on each theme,
/// so the region's figures differ per gemeente; open answers are rare and come from a short neutral list without names.</summary>
public sealed class Vragenlijstmaker
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly Tabel<InvullingRij> Tabel = new("VragenlijstInvullingen",
        "\"Id\", \"Doelgroep\", \"VragenlijstversieId\", \"Maand\", \"GemeenteId\", \"Indicaties\", \"Maatregel\", \"Antwoorden\"", (k, i) =>
        {
            k.Id(i.Id); k.Soort(i.Doelgroep); k.Id(i.VragenlijstversieId); k.Datum(i.Maand); k.Id(i.GemeenteId);
            k.Write(i.Indicaties, NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text); k.Soort(i.Maatregel);
            k.Write(i.Antwoorden, NpgsqlTypes.NpgsqlDbType.Jsonb);
            foreach (var score in i.Scores)
            {
                if (score is { } waarde) k.Write(waarde, NpgsqlTypes.NpgsqlDbType.Double); else k.WriteNull();
            }
        });

    private static readonly string[] OpenOuders =
    [
        "We weten nu wie we kunnen bellen.", "Het ging beter toen er één vast aanspreekpunt was.", "Soms duurde het lang voor er iemand terugbelde.",
        "Minder afspraken tegelijk zou fijn zijn.", "Ik had graag eerder geweten wat de afspraken waren.", "Fijn dat we niet steeds alles opnieuw hoefden te vertellen.",
    ];

    private static readonly string[] OpenProfessionals =
    [
        "Eén regievoerder maakt het overleg korter.", "Bij een wisseling van collega gaat er nog informatie verloren.",
        "De afspraken bijwerken na een verandering schiet er soms bij in.", "Het helpt dat de ouders dezelfde versie zien.",
        "Opschalen naar de gemeente is nog onbekend bij collega's.",
    ];

    private readonly double[][] _niveau; // per gemeente (index in Regio.Gemeenten), per theme: the mean score of the ouders

    public Vragenlijstmaker(Vragenlijstversie ouders, Vragenlijstversie professionals, int zaad)
    {
        Ouders = ouders;
        Professionals = professionals;
        var rnd = new Random(zaad + 14);
        _niveau = [.. Regio.Gemeenten.Select(_ =>
        {
            var basis = 3.1 + rnd.NextDouble() * 1.1;
            return Enum.GetValues<Thema>().Select(_ => basis + (rnd.NextDouble() - 0.5) * 0.8).ToArray();
        })];
    }

    public Vragenlijstversie Ouders { get; }
    public Vragenlijstversie Professionals { get; }

    /// <summary>Version 1 of each list (the app would store it on first use), made long before the oldest generated casus.</summary>
    public static async Task<Vragenlijstmaker> MaakAsync(RegieDbContext db, DateTimeOffset nu, int zaad, CancellationToken ct)
    {
        async Task<Vragenlijstversie> Eerste(Doelgroep doelgroep)
        {
            var bestaand = await db.Vragenlijstversies.AsNoTracking().Where(v => v.Doelgroep == doelgroep).OrderBy(v => v.Volgnummer).FirstOrDefaultAsync(ct);
            if (bestaand is not null) return bestaand;
            var eerste = Vragenlijstversie.Eerste(doelgroep, nu.AddYears(-5));
            db.Vragenlijstversies.Add(eerste);
            return eerste;
        }
        var ouders = await Eerste(Doelgroep.Ouders);
        var professionals = await Eerste(Doelgroep.Professionals);
        await db.SaveChangesAsync(ct);
        return new Vragenlijstmaker(ouders, professionals, zaad);
    }

    /// <summary>The ouders' answers of one casus: after closing (when they said yes), and now and then after a vaststelling.</summary>
    public void VoorOuders(Random rnd, Gezin gezin, int gemeente, DateOnly vandaag)
    {
        var c = gezin.Casus;
        var ouders = gezin.Betrokkenen.Count(b => b.IsOuder);
        if (c.Afsluitdatum is { } eind && rnd.NextDouble() < 0.45)
        {
            for (var n = Math.Min(ouders, rnd.NextDouble() < 0.7 ? 1 : 2); n > 0; n--)
                gezin.Invullingen.Add(Ouder(rnd, c, gemeente, Maand(eind.AddDays(rnd.Next(0, 40)), vandaag)));
        }
        foreach (var versie in gezin.Versies)
        {
            if (rnd.NextDouble() < 0.06)
                gezin.Invullingen.Add(Ouder(rnd, c, gemeente, Maand(DateOnly.FromDateTime(versie.VastgesteldOp.UtcDateTime).AddDays(rnd.Next(0, 20)), vandaag)));
        }
    }

    /// <summary>Two meetmomenten (a baseline a year ago, one over the last half year), each sent to every generated professional
    /// betrokken in a casus that ran in its months; about 40% answer. The meetmomenten go in with <paramref name="db"/>.</summary>
    public List<InvullingRij> VoorProfessionals(RegieDbContext db, IReadOnlyList<LogboekBron> casussen, DateTimeOffset nu, int zaad)
    {
        var rnd = new Random(zaad + 15);
        var vandaag = DateOnly.FromDateTime(nu.UtcDateTime);
        var dezeMaand = new DateOnly(vandaag.Year, vandaag.Month, 1);
        var rijen = new List<InvullingRij>();
        foreach (var (naam, van, tot, kans) in new[]
                 {
                     ($"Nulmeting {dezeMaand.AddMonths(-12).Year}", dezeMaand.AddMonths(-18), dezeMaand.AddMonths(-13), 0.45),
                     ($"Tussenmeting {dezeMaand.AddMonths(-1).Year}", dezeMaand.AddMonths(-6), dezeMaand.AddMonths(-1), 0.35),
                 })
        {
            var verstuurd = new DateTimeOffset(tot.AddMonths(1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            var meetmoment = Meetmoment.Maak(naam, Professionals, van, tot, "Ingrid Bos", verstuurd).Waarde!;
            var laatste = tot.AddMonths(1).AddDays(-1);
            var aangeboden = casussen.Where(c => c.Start <= laatste && c.Eind >= van).SelectMany(c => c.Professionals).Select(m => m.Id).Distinct().Count();
            meetmoment.Aangeboden(aangeboden);
            db.Meetmomenten.Add(meetmoment);
            for (var i = 0; i < aangeboden; i++)
            {
                if (rnd.NextDouble() >= kans) continue;
                var maand = Maand(DateOnly.FromDateTime(verstuurd.UtcDateTime).AddDays(rnd.Next(0, 45)), vandaag);
                var (antwoorden, scores) = Antwoorden(rnd, Professionals, _ => 3.5, OpenProfessionals);
                rijen.Add(new InvullingRij(Guid.NewGuid(), Doelgroep.Professionals, Professionals.Id, maand, null, [], null, antwoorden, scores));
            }
        }
        return rijen;
    }

    private InvullingRij Ouder(Random rnd, CasusRij c, int gemeente, DateOnly maand)
    {
        // A maatregel weighs on how much rust a family feels.
        var last = c.Maatregel == Maatregel.Geen ? 0 : 0.35;
        var (antwoorden, scores) = Antwoorden(rnd, Ouders, thema => _niveau[gemeente][(int)thema] - last, OpenOuders);
        return new InvullingRij(Guid.NewGuid(), Doelgroep.Ouders, Ouders.Id, maand, c.GemeenteId, c.Indicaties, c.Maatregel, antwoorden, scores);
    }

    /// <summary>The answers as the app stores them, and the average per theme as VragenlijstInvulling.Score gives it.</summary>
    private static (string Json, double?[] Scores) Antwoorden(Random rnd, Vragenlijstversie versie, Func<Thema, double> gemiddelde, string[] open)
    {
        var antwoorden = new List<VragenlijstAntwoord>();
        foreach (var item in versie.Items)
        {
            if (item.Open)
            {
                if (rnd.NextDouble() < 0.08) antwoorden.Add(new(item.Code, null, open[rnd.Next(open.Length)]));
            }
            else if (rnd.NextDouble() < 0.95)
            {
                // Box–Muller: a normal spread of 0.9 around the gemeente's level, rounded to the 1–5 scale.
                var z = Math.Sqrt(-2 * Math.Log(1 - rnd.NextDouble())) * Math.Cos(2 * Math.PI * rnd.NextDouble());
                antwoorden.Add(new(item.Code, Math.Clamp((int)Math.Round(gemiddelde(item.Thema) + 0.9 * z), 1, 5), null));
            }
        }
        if (antwoorden.Count == 0) antwoorden.Add(new(versie.Items.First(i => !i.Open).Code, 3, null));
        double?[] scores = [.. Enum.GetValues<Thema>().Select(thema =>
        {
            var codes = versie.Items.Where(i => i.Thema == thema && !i.Open).Select(i => i.Code).ToHashSet();
            var waarden = antwoorden.Where(a => codes.Contains(a.ItemCode) && a.Score is not null).Select(a => (double)a.Score!.Value).ToList();
            return waarden.Count == 0 ? (double?)null : waarden.Average();
        })];
        return (JsonSerializer.Serialize(antwoorden, Json), scores);
    }

    /// <summary>The first of the month, never after this month.</summary>
    private static DateOnly Maand(DateOnly dag, DateOnly vandaag)
    {
        var d = dag > vandaag ? vandaag : dag;
        return new DateOnly(d.Year, d.Month, 1);
    }
}
