using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Signalen;
using Regie.Web.Afdrukken;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Signalen;

using static Regie.Web.Afdrukken.AlleGegevens;

namespace Regie.Web.Pages.Ouders;

/// <summary>"Alles wat Regie over ons bewaart" (AVG artikel 15) for one ouder: the casus, who takes part, the afspraken, the
/// taken, the vastgestelde versies, this ouder's own signalen and the logboek as the portal shows it. What belongs to a
/// jeugdige of 16 or older or to the other ouder is left out (AVG 15(4), Jeugdwet), and the file says so in "weggelaten".</summary>
public static class Gegevensexport
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Dutch letters as they are: the file is read by people too.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static string? _aanvulling;

    /// <summary>The ouder's own casus with their signalen and the whole logboek, read in the casus' statement (no Bekeken line:
    /// the caller logs the export). Null when the ouder has no casus.</summary>
    public static async Task<(Guid CasusId, AlleGegevens Export)?> LeesAsync(Casuslader lader, RegieDbContext db, ClaimsPrincipal user,
        DateTimeOffset nu, CancellationToken ct)
    {
        _aanvulling ??= $"json_build_object('Signalen', {Signaallezer.Aanvulling(db.Model, Signaalfilter.EigenVanIndiener)}, 'Logboek', {Inzageregels.Aanvulling})";
        if (await lader.LeesEigenCasusAsync(ct, _aanvulling, Inzageregels.Waarden(0, int.MaxValue)) is not { } geladen) return null;
        if (RegieClaims.BetrokkeneIdVan(user) is not { } ouderId) return null;
        using var delen = JsonDocument.Parse(geladen.Aanvulling!);
        var signalen = Signaallezer.Lees(db.Model, delen.RootElement.GetProperty("Signalen").GetRawText()).Select(s => s.Signaal);
        var regels = Inzageregels.Lees(delen.RootElement.GetProperty("Logboek").GetRawText(), geladen.Casus);
        return (geladen.Casus.Id, Maak(geladen.Casus, geladen.Gemeente, ouderId, signalen, regels, nu));
    }

    public static AlleGegevens Maak(Casus casus, string gemeente, Guid ouderId, IEnumerable<Signaal> signalen,
        IReadOnlyList<Inzageregel> logboek, DateTimeOffset nu)
    {
        var vandaag = Weergave.Dag(nu);
        var ik = casus.Betrokkenen.Single(b => b.Id == ouderId);
        // A jeugdige from 16 has their own rights over what concerns them; the other ouder over their own contact details.
        var zestienPlus = casus.Betrokkenen.Where(b => b.IsJeugdige && b.LeeftijdOp(vandaag) >= Casus.BeslisLeeftijd).Select(b => b.Id).ToHashSet();
        var anderOuder = casus.Betrokkenen.Where(b => b.IsOuder && b.Id != ouderId).Select(b => b.Id).ToHashSet();
        var namen = casus.Betrokkenen.ToDictionary(b => b.Id, b => b.Naam);

        var weggelaten = new List<string>();
        if (anderOuder.Count > 0)
        {
            weggelaten.Add("De telefoon, het e-mailadres en de bereikbaarheid van de andere ouder. Die gegevens zijn van die ouder zelf "
                + "(AVG artikel 15 lid 4). Naam en rol staan er wel in.");
            weggelaten.Add("De signalen van de andere ouder. Iedere ouder krijgt zijn eigen signalen.");
        }
        if (zestienPlus.Count > 0)
            weggelaten.Add("De contactgegevens, de geboortedatum en de taken van een jeugdige van 16 jaar of ouder. Vanaf 16 jaar "
                + "beslist de jeugdige zelf over die gegevens (Jeugdwet, AVG artikel 15 lid 4). Naam en rol staan er wel in.");

        Persoon Persoon(Betrokkene b)
        {
            var zonderContact = anderOuder.Contains(b.Id) || zestienPlus.Contains(b.Id);
            return new(b.Naam, b.RolOfRelatie, Weergave.Soort(b.Soort), b.OrganisatieNaam,
                zonderContact ? null : b.Telefoon, zonderContact ? null : b.Email, zonderContact ? null : b.Bereikbaarheid,
                zestienPlus.Contains(b.Id) ? null : b.Geboortedatum, b.BetrokkenVan, b.BetrokkenTot);
        }

        return new AlleGegevens(nu, ik.Naam,
            new Casusgegevens(casus.Code, casus.Gezinsnaam, gemeente, Weergave.Status(casus.Status), casus.Hulpvraag, casus.Startdatum,
                casus.Afsluitdatum, casus.VolgendeEvaluatie),
            [.. casus.Betrokkenen.OrderBy(b => b.Soort).ThenBy(b => b.Naam, StringComparer.Create(Weergave.Nl, true)).Select(Persoon)],
            [.. casus.Stappen.OrderBy(s => s.Nummer).Select(s => new Stapafspraken(s.Nummer, s.Titel, Weergave.Status(s.Status), s.Afspraken, s.GewijzigdOp))],
            [.. casus.Taken.Where(t => !zestienPlus.Contains(t.BetrokkeneId)).OrderBy(t => t.Termijn ?? DateOnly.MaxValue)
                .Select(t => new Taakgegevens(t.Omschrijving, namen.GetValueOrDefault(t.BetrokkeneId, "onbekend"), t.Resultaat, t.Termijn,
                    Weergave.Status(t.Status)))],
            [.. casus.Versies.OrderBy(v => v.Volgnummer).Select(v => new Versiegegevens(v.Volgnummer, v.VastgesteldOp, v.Status == VersieStatus.Geldend))],
            [.. signalen.OrderBy(s => s.IngediendOp).Select(s => new Signaalgegevens(SignaalWeergave.Soort(s.Soort), s.Toelichting, s.IngediendOp,
                SignaalWeergave.Status(s.Status), [.. s.Berichten.OrderBy(b => b.Op).Select(b => new Bericht(b.Door, b.Tekst, b.Op))]))],
            [.. logboek.Select(r => new Logboekregel(r.Tijdstip, r.Wie, r.Organisatie, r.Wat))],
            weggelaten);
    }
}
