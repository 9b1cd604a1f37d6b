using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Npgsql;
using Regie.Domain.Casussen;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Logboek;

namespace Regie.Web.Pages.Ouders;

/// <summary>One logboek line as the ouder reads it: when, who, from which organisation, and what in plain words.</summary>
public sealed record Inzageregel(DateTimeOffset Tijdstip, string Wie, string? Organisatie, string Wat);

/// <summary>The logboek of the ouder's own casus for "Wie heeft ons dossier bekeken?" and the download: read as the loader's
/// aanvulling (the casus <c>c</c> is the ouder's own, so no other family's line can come along), each line in B1 words.</summary>
public static partial class Inzageregels
{
    public const string Van = "van";
    public const string Aantal = "aantal";
    public const string Automatisch = "Regie (automatisch)";

    // Newest first. The name is today's account name: the logboek keeps ids only. An ouder's account is named only when it
    // belongs to this casus; a professional's organisation is the one of their account.
    public static readonly string Aanvulling = $$"""
        (select coalesce(json_agg(json_build_object('Tijdstip', l."Tijdstip", 'Gebruiker', l."Gebruiker", 'Naam', u."Naam",
            'Organisatie', o."Naam", 'Entiteit', l."Entiteit", 'Actie', l."Actie", 'Omschrijving', l."Omschrijving")
            order by l."Tijdstip" desc, l."Id" desc), '[]'::json)
         from (select * from "Logboek" x where x."CasusId" = c."Id" order by x."Tijdstip" desc, x."Id" desc
           offset @{{Van}} limit @{{Aantal}}) l
         left join "AspNetUsers" u on u."Id" = l."GebruikerId" and (l."Gebruiker" not in ('{{Rollen.Ouder}}', '{{Rollen.Jeugdige}}')
           or u."BetrokkeneId" in (select b."Id" from "Betrokkenen" b where b."CasusId" = c."Id"))
         left join "Medewerkers" m on m."Id" = u."MedewerkerId"
         left join "Organisaties" o on o."Id" = m."OrganisatieId")
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private sealed record Gelezen(DateTimeOffset Tijdstip, string Gebruiker, string? Naam, string? Organisatie, string Entiteit,
        LogboekActie Actie, string? Omschrijving);

    public static NpgsqlParameter[] Waarden(int van, int aantal) => [new(Van, van), new(Aantal, aantal)];

    public static IReadOnlyList<Inzageregel> Lees(string? json, Casus casus)
    {
        if (string.IsNullOrEmpty(json)) return [];
        var stappen = casus.Stappen.ToDictionary(s => s.Nummer, s => s.Titel);
        return [.. JsonSerializer.Deserialize<List<Gelezen>>(json, Json)!.Select(r =>
            new Inzageregel(r.Tijdstip, Wie(r), r.Gebruiker switch { Rollen.Ouder => "ouder", Rollen.Jeugdige => "jongere", _ => r.Organisatie }, Wat(r.Actie, r.Entiteit, r.Omschrijving, stappen)))];
    }

    private static string Wie(Gelezen r) => r.Gebruiker switch
    {
        Logboekschrijver.Systeem => Automatisch,
        Rollen.Ouder => r.Naam ?? "Een ouder",
        Rollen.Jeugdige => r.Naam ?? "Een jongere uit het gezin",
        "anoniem" => "Iemand die niet was ingelogd",
        // An account that is gone keeps the name the line was written with.
        _ => r.Naam ?? r.Gebruiker,
    };

    /// <summary>The action in the words of the portal: what someone did with which part of the dossier.</summary>
    public static string Wat(LogboekActie actie, string entiteit, string? omschrijving, IReadOnlyDictionary<int, string> stappen) => actie switch
    {
        LogboekActie.Bekeken => entiteit switch
        {
            "Casus" => "bekeek het overzicht",
            "Betrokkene" => "bekeek wie er meedoen",
            "Taak" => "bekeek wie wat doet",
            "Regie" or "Overdracht" => "bekeek wie de regie heeft",
            "Signaal" => "las een signaal",
            "Versies" or "Handreikingversie" or "Vaststellen" => "bekeek de afspraken",
            "MDO-modus" => "bekeek de afspraken tijdens een overleg",
            "Ouderportaal" => "bekeek het ouderportaal",
            "Akkoord" => "las de afspraken om akkoord te geven",
            "Logboek" or "Inzage" => "bekeek wie het dossier heeft bekeken",
            "Ouderaccount" => "bekeek de accounts van de ouders",
            "Escalatie" => "bekeek een signaal dat naar de gemeente ging",
            "Correctieverzoek" => "las een vraag om iets te verbeteren",
            _ => "bekeek het dossier",
        },
        LogboekActie.Gewijzigd => entiteit switch
        {
            "Stap" => StapNummer(omschrijving) is { } n && stappen.TryGetValue(n, out var titel)
                ? $"wijzigde de afspraken over '{titel}'" : "wijzigde de afspraken",
            "Casus" => "wijzigde de gegevens van het dossier",
            "Hulpvraag" => "wijzigde de hulpvraag",
            "Betrokkene" => "wijzigde de gegevens van iemand die meedoet",
            "Taak" => "wijzigde wie wat doet",
            "Regie" or "Overdracht" => "wijzigde wie de regie heeft",
            "Evaluatie" => "schreef op hoe het gaat (evaluatie)",
            "Signaal" => "werkte aan een signaal",
            "Akkoordreactie" => "gaf een nieuw antwoord op de afspraken",
            "Ouderaccount" => "wijzigde een account van een ouder",
            "Vragenlijst" => "vulde een vragenlijst in",
            "Toestemming" => "trok een toestemming in",
            "Kopietoestemming" => "veranderde wie de eigen gegevens in de kopie van het gezin mag zien",
            "Correctieverzoek" => "gaf antwoord op een vraag om iets te verbeteren",
            _ => "wijzigde iets in het dossier",
        },
        LogboekActie.Aangemaakt => entiteit switch
        {
            "Casus" => "opende het dossier",
            "Betrokkene" => "voegde iemand toe die meedoet",
            "Taak" => "maakte een nieuwe taak",
            "Regie" => "gaf iemand de regie",
            "Overdracht" => "vroeg om de regie over te dragen",
            "Overleg" => "schreef een overleg op",
            "Handreikingversie" => "stelde de afspraken vast",
            "Signaal" => "gaf een signaal",
            "Escalatie" => "vroeg de gemeente om hulp bij een signaal",
            "Akkoordreactie" => "gaf antwoord op de afspraken",
            "Ouderaccount" => "nodigde een ouder uit voor het ouderportaal",
            "Jeugdigeaccount" => "nodigde een jongere uit voor het portaal",
            "Vragenlijst" or "Vragenlijstaanbod" => "stuurde een vragenlijst",
            "Correctieverzoek" => "vroeg om iets te verbeteren",
            _ => "zette iets nieuws in het dossier",
        },
        LogboekActie.Geexporteerd => entiteit switch
        {
            "Inzage" => "downloadde alles wat Regie over het gezin bewaart",
            "Handreikingversie" => "maakte een PDF van de afspraken",
            "Ouderportaal" => "downloadde een PDF uit het ouderportaal",
            _ => "maakte een kopie van gegevens uit het dossier",
        },
        LogboekActie.Geanonimiseerd => "haalde alle namen en teksten uit het dossier",
        _ => "probeerde iets te openen, maar mocht dat niet",
    };

    private static int? StapNummer(string? omschrijving) =>
        omschrijving is not null && Stap().Match(omschrijving) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^Stap (\d{1,3})\b")]
    private static partial Regex Stap();
}
